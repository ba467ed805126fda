/** «Открыть панель проверки»: the sidebar built from dist/sidebar.html (the project file «sidebar»). */
import { SIDEBAR_TITLE } from './messages';

/** Google draws sidebars 300 px wide; the width is set for the record. */
export const SIDEBAR_WIDTH = 300;

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar')
    .setTitle(SIDEBAR_TITLE)
    .setWidth(SIDEBAR_WIDTH);
  SpreadsheetApp.getUi().showSidebar(html);
}
