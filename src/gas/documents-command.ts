/**
 * «Создать справку и письма»: the analytical report, its version for publication, and the letters
 * of адресные рекомендации (a page per school, LETTERS_PER_DOCUMENT schools a document) as Google
 * Docs on the coordinator's Drive, named with the municipality and the period, then a dialog with
 * the links (docs/decisions.md#documents-through-drive).
 *
 * Each document is the .docx the command line writes (src/docx), page numbers in the footer and
 * all, converted by Drive in one call: a run costs a few calls a document whatever its size, and
 * needs only the permission to the add-on's own files on Drive (drive-scope.ts).
 *
 * A run keeps within Google's limits and stops cleanly at them: it starts no document once most of
 * the six minutes Google gives a run are spent, and stops at Google's daily limit of documents; the
 * alert lists what is ready with links, and the next run leaves those as they are and makes the
 * rest (document-slot.ts).
 */
import { makeDocuments } from '../app/documents';
import { summarise } from '../app/summarise';
import { lettersBookName } from '../core/documents/documents';
import { municipalityOf, periodOf } from '../core/documents/document-input';
import type { DocModel } from '../core/documents/doc-model';
import { docxPackage } from '../docx/docx-package';
import { DOCUMENT_MESSAGES, type Link, type StopReason } from './document-messages';
import { lettersParts, partModel } from './document-parts';
import { documentsRun, putDocument, type DocumentsRun, type PlannedDocument } from './document-slot';
import { driveGranted } from './drive-scope';
import { isQuotaExceeded } from './drive-files';
import { MESSAGES } from './messages';
import { alert, toast } from './run-command';
import { spreadsheetWorkbook } from './spreadsheet-workbook';

/**
 * No document is begun after this much of a run: Google stops a script at six minutes ("Script
 * runtime: 6 min / execution", https://developers.google.com/apps-script/guides/services/quotas),
 * and one document — its .docx built (about 9 s for fifty letters in Node; Apps Script is slower)
 * and converted — takes well under the two minutes left.
 */
export const DOCUMENTS_TIME_BUDGET_MS = 4 * 60 * 1000;

interface Planned extends PlannedDocument {
  /** Letters made once this document is: for the progress toast. */
  readonly lettersAfter: number | null;
}

function planned(kind: string, model: DocModel, lettersAfter: number | null): Planned {
  return { kind, model, docx: () => docxPackage(model), lettersAfter };
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

/** Makes the documents in order until all are made or a limit stops the run; false when it stopped. */
function putAll(run: DocumentsRun, documents: readonly Planned[], started: number, total: number): boolean {
  for (let i = 0; i < documents.length; i++) {
    const document = documents[i];
    if (Date.now() - started > DOCUMENTS_TIME_BUDGET_MS) {
      alert(DOCUMENT_MESSAGES.stopped({ kind: 'time' }, run.made, documents.length - i));
      return false;
    }
    toast(MESSAGES.writingDocument(document.model.name));
    try {
      putDocument(run, document);
    } catch (error) {
      console.error(error);
      const message = error instanceof Error ? error.message : String(error);
      const reason: StopReason = isQuotaExceeded(error)
        ? { kind: 'quota', error: message }
        : { kind: 'service', error: message };
      alert(DOCUMENT_MESSAGES.stopped(reason, run.made, documents.length - i));
      return false;
    }
    if (document.lettersAfter !== null && document.lettersAfter < total)
      toast(MESSAGES.writingLetters(document.lettersAfter, total));
  }
  return true;
}

export function createDocuments(): void {
  const started = Date.now();
  if (!driveGranted()) return;
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
  let letters = 0;
  const plan = [
    planned('report', documents.report, null),
    planned('public-report', documents.publicReport, null),
    ...lettersParts(lettersBookName(input), documents.letters).map((part) => {
      letters += part.letters.length;
      return planned(part.kind, partModel(part), letters);
    }),
  ];
  if (!putAll(run, plan, started, total)) return;
  const intro = DOCUMENT_MESSAGES.ready(total, run);
  const note = missing.length === 0 ? null : MESSAGES.documentsPlaceholders(missing);
  try {
    showLinks(intro, run.made, note);
  } catch (error) {
    // The documents are ready: their links go into an alert instead of the dialog Google failed to show.
    console.error(error);
    alert(DOCUMENT_MESSAGES.readyAsText(intro, run.made, note));
  }
}
