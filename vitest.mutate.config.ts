import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against its mutants (`npm run mutate`): the unit tests of the engine, the
 * use cases and the atomic writes. The browser, LibreOffice and end-to-end tests run the dist/
 * bundles, which a mutant in src/ never reaches, so they would only cost time.
 *
 * `CMN_MUTATE_TESTS` (globs separated by commas) narrows them to a folder's own tests, for code that
 * every analysis runs through: its mutants would otherwise each load a hundred test files. The score
 * so measured is a lower bound — the tests left out can only kill more (docs/mutation.md).
 */
const ALL = ['test/core/**/*.test.ts', 'test/app/**/*.test.ts', 'test/cli/files/**/*.test.ts'];

export default defineConfig({
  test: {
    include: process.env.CMN_MUTATE_TESTS?.split(',') ?? ALL,
    exclude: ['**/*.e2e.test.ts', '**/*.browser.test.ts'],
    testTimeout: 30_000,
  },
});
