/** «Открыть панель проверки»: the sidebar built from dist/sidebar.html (the project file «sidebar»). */
import { loadLiveContext } from './live-context';
import { SIDEBAR_TITLE } from './messages';

/** Google draws sidebars 300 px wide; the width is set for the record. */
export const SIDEBAR_WIDTH = 300;

/** The empty context element of sidebar.html, filled with the saved school list when there is one. */
const CONTEXT_ELEMENT = '<script type="application/json" id="cmn-context">null</script>';

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar')
    .setTitle(SIDEBAR_TITLE)
    .setWidth(SIDEBAR_WIDTH);
  const saved = loadLiveContext().knownOrganisations;
  if (saved) {
    // JSON inside <script>: «<» escaped, so no school name can close the element or open a tag.
    const json = JSON.stringify({ organisations: saved }).replace(/</g, '\\u003c');
    html.setContent(html.getContent().replace(CONTEXT_ELEMENT, () => CONTEXT_ELEMENT.replace('null', json)));
  }
  SpreadsheetApp.getUi().showSidebar(html);
}
