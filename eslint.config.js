import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const appsScriptGlobals = [
  'SpreadsheetApp',
  'HtmlService',
  'LockService',
  'PropertiesService',
  'CacheService',
  'Session',
  'Utilities',
  'Logger',
  'ScriptApp',
  'Browser',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'demo-output/', 'coverage/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: it runs unchanged in Apps Script and in Node.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'exceljs', '**/gas/**', '**/cli/**', '**/app/**'] },
      ],
      'no-restricted-globals': ['error', ...appsScriptGlobals, 'process', 'require', 'Buffer'],
    },
  },
  {
    // Apps Script code: no Node, no browser timers or URL/TextEncoder (absent in Apps Script).
    files: ['src/gas/**/*.ts', 'src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'exceljs', '**/cli/**'] }],
      'no-restricted-globals': [
        'error',
        'setTimeout',
        'setInterval',
        'URL',
        'TextEncoder',
        'TextDecoder',
        'atob',
        'btoa',
        'fetch',
        'crypto',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  {
    // No import cycles between modules. import-x follows value imports only: a cycle made of
    // `import type` alone is not reported. Relative imports name .ts files without an extension;
    // these settings let import-x resolve and parse them.
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.d.ts', '.js', '.mjs'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // At most four parameters in the engine, the use cases and the add-on: more go in an options object.
    files: ['src/core/**/*.ts', 'src/app/**/*.ts', 'src/gas/**/*.ts'],
    rules: { 'max-params': ['error', 4] },
  },
);
