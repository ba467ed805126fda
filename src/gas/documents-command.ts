/**
 * «Создать справку и письма»: the analytical report, its version for publication, and every letter
 * of адресные рекомендации in one document (a page per school; several documents, «часть 1 из 2»,
 * when they would pass Google's size of a document) on the coordinator's Drive, named with the
 * municipality and the period, then a dialog with the links. A second run for the same period
 * rewrites the same documents (document-slot.ts); a run that stops part-way says in Russian which
 * documents are ready and which one is unfinished. Progress is shown in toasts every few dozen
 * letters.
 */
import { makeDocuments } from '../app/documents';
import { summarise } from '../app/summarise';
import { lettersBookName } from '../core/documents/documents';
import { municipalityOf, periodOf } from '../core/documents/document-input';
import { PAGE_BREAK, type DocModel } from '../core/documents/doc-model';
import { lettersParts, type LettersPart } from './document-parts';
import { closeDocument, documentsRun, openDocument, type DocumentsRun, type Link } from './document-slot';
import { drawBlocks, finishDocument, setUpPage } from './draw-document';
import { DOCUMENT_MESSAGES, MESSAGES } from './messages';
import { alert, toast } from './run-command';
import { spreadsheetWorkbook } from './spreadsheet-workbook';

/** Letters between two progress toasts. */
const LETTERS_PER_TOAST = 50;

/** Letters drawn before this part, and the letters of every part: for the progress toasts. */
interface LetterCount {
  readonly before: number;
  readonly total: number;
}

function writeModel(run: DocumentsRun, kind: string, model: DocModel): void {
  toast(MESSAGES.writingDocument(model.name));
  const open = openDocument(run, kind, model.name);
  setUpPage(open.body);
  drawBlocks(open.body, model.blocks);
  finishDocument(open.body);
  closeDocument(run, open);
}

function writeLetters(run: DocumentsRun, part: LettersPart, count: LetterCount): void {
  toast(MESSAGES.writingDocument(part.name));
  const open = openDocument(run, part.kind, part.name);
  setUpPage(open.body);
  part.letters.forEach((letter, i) => {
    if (i > 0) drawBlocks(open.body, [PAGE_BREAK]);
    drawBlocks(open.body, letter.model.blocks);
    const done = count.before + i + 1;
    if (done % LETTERS_PER_TOAST === 0 && done < count.total)
      toast(MESSAGES.writingLetters(done, count.total));
  });
  finishDocument(open.body);
  closeDocument(run, open);
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
    .setHeight(note === null ? 260 : 320);
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
  const user = Session.getEffectiveUser().getEmail();
  const run = documentsRun(user, municipalityOf(input), periodOf(input));
  const total = documents.letters.length;
  try {
    writeModel(run, 'report', documents.report);
    writeModel(run, 'public-report', documents.publicReport);
    let before = 0;
    for (const part of lettersParts(lettersBookName(input), documents.letters)) {
      writeLetters(run, part, { before, total });
      before += part.letters.length;
    }
  } catch (error) {
    console.error(error);
    alert(
      DOCUMENT_MESSAGES.interrupted(
        error instanceof Error ? error.message : String(error),
        run.made,
        run.unfinished,
      ),
    );
    return;
  }
  const intro = DOCUMENT_MESSAGES.ready(total, run.created, run.rewritten);
  const note = missing.length === 0 ? null : MESSAGES.documentsPlaceholders(missing);
  try {
    showLinks(intro, run.made, note);
  } catch (error) {
    // The documents are ready: their links go into an alert instead of the dialog Google failed to show.
    console.error(error);
    alert(DOCUMENT_MESSAGES.readyAsText(intro, run.made, note));
  }
}
