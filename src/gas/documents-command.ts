/**
 * «Создать справку и письма»: three new Google Docs on the coordinator's Drive — the analytical
 * report, its version for publication, and every letter of адресные рекомендации in one document
 * (a page per school) — named with the municipality and the period, then a dialog with the links.
 * One run creates exactly three documents (the daily quota of created documents is counted per
 * document, not per letter); progress is shown in toasts every few dozen letters.
 */
import { makeDocuments } from '../app/documents';
import { summarise } from '../app/summarise';
import { lettersBookName } from '../core/documents/documents';
import { drawBlocks, drawDocument, finishDocument, setUpPage } from './draw-document';
import { MESSAGES } from './messages';
import { alert, toast } from './run-command';
import { spreadsheetWorkbook } from './spreadsheet-workbook';
import { PAGE_BREAK } from '../core/documents/doc-model';
import type { SchoolLetter } from '../core/documents/documents';

/** Letters between two progress toasts. */
const LETTERS_PER_TOAST = 50;

interface Link {
  readonly name: string;
  readonly url: string;
}

function drawLetters(name: string, letters: readonly SchoolLetter[]): Link {
  const document = DocumentApp.create(name);
  const body = document.getBody();
  setUpPage(body);
  letters.forEach((letter, i) => {
    if (i > 0) drawBlocks(body, [PAGE_BREAK]);
    drawBlocks(body, letter.model.blocks);
    if ((i + 1) % LETTERS_PER_TOAST === 0 && i + 1 < letters.length)
      toast(MESSAGES.writingLetters(i + 1, letters.length));
  });
  finishDocument(body);
  const url = document.getUrl();
  document.saveAndClose();
  return { name, url };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function showLinks(intro: string, links: readonly Link[], note: string | null): void {
  const items = links
    .map(
      (link) =>
        `<li><a href="${escapeHtml(link.url)}" target="_blank" rel="noopener">${escapeHtml(link.name)}</a></li>`,
    )
    .join('');
  const html =
    '<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">' +
    `<p>${escapeHtml(intro)}</p><ul>${items}</ul>` +
    (note === null ? '' : `<p style="color:#8a4b00">${escapeHtml(note)}</p>`) +
    '</div>';
  const output = HtmlService.createHtmlOutput(html)
    .setWidth(560)
    .setHeight(note === null ? 240 : 300);
  SpreadsheetApp.getUi().showModalDialog(output, MESSAGES.documentsTitle);
}

export function createDocuments(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  toast(MESSAGES.readingSheets);
  const workbook = spreadsheetWorkbook(spreadsheet);
  const summarised = summarise(workbook);
  if (summarised.analysis.schoolSheets.length === 0) {
    alert(MESSAGES.noSchoolTabs);
    return;
  }
  const generatedAt = Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'dd.MM.yyyy');
  const {
    input,
    documents,
    missingParameters: missing,
  } = makeDocuments(workbook, summarised, { generatedAt });
  const bookName = lettersBookName(input);
  const links: Link[] = [];
  try {
    for (const model of [documents.report, documents.publicReport]) {
      toast(MESSAGES.writingDocument(model.name));
      links.push(drawDocument(model));
    }
    toast(MESSAGES.writingDocument(bookName));
    links.push(drawLetters(bookName, documents.letters));
  } catch (error) {
    console.error(error);
    alert(MESSAGES.documentsFailed(error instanceof Error ? error.message : String(error)));
    return;
  }
  showLinks(
    MESSAGES.documentsDone(documents.letters.length),
    links,
    missing.length === 0 ? null : MESSAGES.documentsPlaceholders(missing),
  );
}
