/**
 * The add-on menu «Наставничество». Items are data so the bundle test can check that every
 * item's function is a global of dist/Code.js.
 */
import { SHEET_KINDS } from '../app/sheet-kinds/registry';
import { ACCESS_MENU_CAPTION } from './access-messages';
import { APP_TITLE } from './messages';
import { SELF_TEST_ITEMS } from './self-test-menu';

export interface MenuItem {
  readonly caption: string;
  /** Name of a top-level function of the bundle (an export of src/gas/index.ts). */
  readonly functionName: string;
}

/** One item per kind of sheet that has a template, in the order of the registry. */
const TEMPLATE_ITEMS: readonly MenuItem[] = SHEET_KINDS.flatMap(({ template }) =>
  template ? [template] : [],
);

/** `null` stands for a separator. */
export const MENU_ITEMS: readonly (MenuItem | null)[] = [
  { caption: 'Проверить текущий лист', functionName: 'menuCheckActiveSheet' },
  { caption: 'Проверить всю таблицу', functionName: 'menuCheckWorkbook' },
  { caption: 'Открыть панель проверки', functionName: 'menuOpenSidebar' },
  null,
  { caption: 'Сформировать сводную', functionName: 'menuGenerateSummary' },
  { caption: 'Сформировать рекомендации', functionName: 'menuGenerateRecommendations' },
  { caption: 'Создать справку и письма', functionName: 'menuCreateDocuments' },
  null,
  ...TEMPLATE_ITEMS,
  null,
  { caption: ACCESS_MENU_CAPTION, functionName: 'menuConfigureCuratorAccess' },
  null,
  { caption: 'Справка', functionName: 'menuHelp' },
  ...SELF_TEST_ITEMS,
];

export const MENU_TITLE = APP_TITLE;

/**
 * Builds the menu. In AuthMode.NONE (add-on not yet used in this document) Apps Script allows
 * only adding the menu, which is all this does; createAddonMenu puts it under «Расширения».
 */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.caption, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}
