import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against its mutants (`npm run mutate`): the unit tests of the engine, the
 * use cases and the atomic writes. The browser, LibreOffice and end-to-end tests run the dist/
 * bundles, which a mutant in src/ never reaches, so they would only cost time.
 */
export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/app/**/*.test.ts', 'test/cli/files/**/*.test.ts'],
    exclude: ['**/*.e2e.test.ts', '**/*.browser.test.ts'],
    testTimeout: 30_000,
  },
});
