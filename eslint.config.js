import js from '@eslint/js';
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
);
