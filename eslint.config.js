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

/** Packages of one room each (src/xlsx, src/docx): imported nowhere else. */
const OTHER_ROOMS_PACKAGES = ['exceljs', 'docx'];

/** The lint block of a format room (src/xlsx, src/docx): what it must not import. */
function formatRoom(folder, otherRoomsPackages) {
  return {
    files: [`${folder}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fs', 'path', 'node:fs', 'node:fs/*', 'node:path'],
              message: 'A format room reads no file.',
            },
            { group: otherRoomsPackages, message: 'The other format room’s package.' },
            {
              group: ['**/cli/**', '**/gas/**', '**/client/**', '**/demo/**'],
              message: 'A format room imports no adapter.',
            },
            {
              group: ['**/app/**'],
              allowTypeImports: true,
              message: 'Only the types of the Workbook port from src/app.',
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'demo-output/',
      'coverage/',
      'test-output/',
      'reports/',
      '.stryker-tmp*/',
    ],
  },
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
    // At most four parameters anywhere in src: more go in an options object.
    files: ['src/**/*.ts'],
    rules: { 'max-params': ['error', 4] },
  },
  // --- Rooms of the adapters: who may import whom, and how many parameters a function takes. ---
  // One rule (the typescript-eslint twin of no-restricted-imports, so the engine's blocks above
  // stay as they are), one block per room: a file gets exactly one of these lists.
  {
    // exceljs draws .xlsx in src/xlsx alone, docx draws .docx in src/docx alone.
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: OTHER_ROOMS_PACKAGES, patterns: [{ group: ['exceljs/*'] }] },
      ],
    },
  },
  {
    // The command line reads and writes files; it never reaches into the add-on or the sidebar.
    files: ['src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: OTHER_ROOMS_PACKAGES,
          patterns: [
            { group: ['exceljs/*', '**/gas/**', '**/client/**'], message: 'Not the command line’s room.' },
          ],
        },
      ],
    },
  },
  {
    // The sidebar runs in the browser: what it takes from the add-on is types only.
    files: ['src/client/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: OTHER_ROOMS_PACKAGES,
          patterns: [
            { group: ['exceljs/*'] },
            { group: ['**/gas/**'], allowTypeImports: true, message: 'Only `import type` from src/gas.' },
          ],
        },
      ],
    },
  },
  {
    // The page in the browser: the engine, the use cases and the two format rooms, nothing of the other
    // adapters and nothing of Node (build.mjs gives exceljs the few Node modules it needs, src/web/node/).
    files: ['src/web/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: OTHER_ROOMS_PACKAGES,
          patterns: [
            {
              group: ['**/cli/**', '**/gas/**', '**/client/**', '**/demo/**'],
              message: 'Not the page’s room.',
            },
            {
              group: ['node:*', 'fs', 'path', 'exceljs/*'],
              message: 'No Node and no exceljs outside src/xlsx.',
            },
          ],
        },
      ],
    },
  },
  // The format rooms work on bytes, for the command line and the page in the browser: no adapter, no
  // file system, not the other room's package; they implement the Workbook port of src/app (its types
  // only). Node's zlib, Buffer and stream in zip-entries.ts and xlsx-book-model.ts are given to the
  // browser by build.mjs (src/web/node/).
  formatRoom('src/xlsx', ['docx']),
  formatRoom('src/docx', ['exceljs', 'exceljs/*']),
  {
    // Tests that craft files the Workbook port cannot (pictures, dropdowns, a coordinator's edits
    // in Excel) or look below it at what exceljs wrote (cell types, styles, protections).
    files: [
      'test/xlsx/**/*.ts',
      'test/cli/cli.e2e.test.ts',
      'test/cli/collect.e2e.test.ts',
      'test/cli/report.e2e.test.ts',
      'test/cli/roster.e2e.test.ts',
      'test/cli/school-file.ts',
      'test/cli/template.e2e.test.ts',
      'test/web/**/*.ts',
    ],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: ['docx'] }] },
  },
  // --- end of the adapters' rooms ---
);
