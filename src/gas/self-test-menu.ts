/**
 * The developer's menu item of the test deployment. `node build.mjs --self-test` defines
 * CMN_SELF_TEST and builds from self-test-index.ts; the production build has neither the item nor
 * the function (docs/google-sheets.md#self-test).
 */
import type { MenuItem } from './menu';

declare const CMN_SELF_TEST: boolean | undefined;

export const SELF_TEST_ITEMS: readonly MenuItem[] =
  typeof CMN_SELF_TEST !== 'undefined' && CMN_SELF_TEST
    ? [{ caption: 'Самопроверка: время вызовов (для разработчика)', functionName: 'menuSelfTest' }]
    : [];
