/**
 * «Сформировать сводную» and «Сформировать рекомендации». A document lock keeps two coordinators
 * from writing the same sheet at once: the second one is told to come back in a minute and
 * nothing is written for them.
 */
import type { CalendarDay } from '../core/recommendations/deadline';
import { generateRecommendations, generateSummary } from '../app/generate';
import { summarise } from '../app/summarise';
import { RECOMMENDATIONS_SHEET_NAME } from '../core/recommendations/messages';
import { SUMMARY_SHEET_NAME } from '../core/summary-sheet/messages';
import { ACCESS_MESSAGES } from './access-messages';
import { recoverInterruptedInsert, SheetChangedError } from './generated-write';
import { MESSAGES } from './messages';
import { alert, toast } from './run-command';
import { lockedForUser } from './sheet-lock';
import { spreadsheetWorkbook, type SpreadsheetWorkbook } from './spreadsheet-workbook';
import type { Summarised } from '../app/summarise';

/** How long to wait for another run to finish before giving up with a message. */
export const LOCK_WAIT_MS = 5000;

/**
 * Runs `run` holding the document lock. getDocumentLock() is null outside a document (Apps Script
 * reference, LockService): that is said as such, not as someone else's run.
 */
function withDocumentLock(busyMessage: string, run: () => void): void {
  const lock = LockService.getDocumentLock();
  if (!lock) {
    alert(MESSAGES.noDocumentLock);
    return;
  }
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    alert(busyMessage);
    return;
  }
  try {
    run();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Writes one generated sheet; a failure of Sheets on the way (a time-out, a limit) is told with
 * what it means for the coordinator's edits, which the transactional write keeps. A sheet someone
 * protected against the person running the command is said to be so: running again would not help.
 */
function writing<T>(sheet: string, write: () => T): T | null {
  try {
    return write();
  } catch (error) {
    if (error instanceof SheetChangedError) {
      alert(error.message);
      return null;
    }
    // Asked only after a failure, so the usual run costs no call.
    const target = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
    if (target !== null && lockedForUser(target)) {
      alert(ACCESS_MESSAGES.generatedLocked(sheet));
      return null;
    }
    console.error(error);
    alert(MESSAGES.generationFailed(sheet, error instanceof Error ? error.message : String(error)));
    return null;
  }
}

/** The result message, and how many texts were cut to the cell limit when some were. */
function withCapped(message: string, outcome: { readonly issues: readonly unknown[] }): string {
  return outcome.issues.length === 0
    ? message
    : `${message}\n\n${MESSAGES.textsCapped(outcome.issues.length)}`;
}

function generatedAt(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'dd.MM.yyyy HH:mm');
}

/** Today in the spreadsheet's time zone: the day the drafts' terms are counted from. */
function today(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): CalendarDay {
  const [year, month, day] = Utilities.formatDate(
    new Date(),
    spreadsheet.getSpreadsheetTimeZone(),
    'yyyy-MM-dd',
  )
    .split('-')
    .map(Number);
  return { year, month, day };
}

/** The workbook read and summed up, or null (after telling the user) when there is nothing to sum up. */
function summarised(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): { workbook: SpreadsheetWorkbook; summary: Summarised } | null {
  toast(MESSAGES.readingSheets);
  recoverInterruptedInsert(spreadsheet);
  const workbook = spreadsheetWorkbook(spreadsheet);
  const summary = summarise(workbook, { today: today(spreadsheet) });
  if (summary.analysis.schoolSheets.length === 0) {
    alert(MESSAGES.noSchoolTabs);
    return null;
  }
  return { workbook, summary };
}

export function generateSummarySheet(): void {
  withDocumentLock(MESSAGES.lockBusySummary, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const ready = summarised(spreadsheet);
    if (!ready) return;
    const { result } = ready.summary;
    // Earlier generated sheets are skipped too, but they are not what the coordinator must fix.
    const generated = new Set(
      ready.workbook
        .listSheets()
        .filter((info) => info.generated)
        .map((info) => info.name),
    );
    const skipped = result.skipped.filter((entry) => !generated.has(entry.sheet)).length;
    toast(MESSAGES.writingSheet(SUMMARY_SHEET_NAME));
    const meta = { generatedAt: generatedAt(spreadsheet) };
    const written = writing(SUMMARY_SHEET_NAME, () => generateSummary(ready.workbook, result, meta));
    const missing = result.notSubmitted.length;
    const told = missing > 0 ? MESSAGES.notSubmitted(missing, MESSAGES.notSubmittedOnSheet) : '';
    const previous = ready.summary.previous;
    const compared =
      previous === null
        ? ''
        : previous.found
          ? MESSAGES.previousCompared(previous.figures.period)
          : MESSAGES.previousUnmatched(previous.municipalities);
    if (written)
      alert(
        withCapped(
          MESSAGES.summaryDone(written.sheet, result.organizations.length, skipped) + told + compared,
          written,
        ),
      );
  });
}

export function generateRecommendationsSheet(): void {
  withDocumentLock(MESSAGES.lockBusyRecommendations, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const ready = summarised(spreadsheet);
    if (!ready) return;
    toast(MESSAGES.writingSheet(RECOMMENDATIONS_SHEET_NAME));
    const meta = { generatedAt: generatedAt(spreadsheet) };
    const outcome = writing(RECOMMENDATIONS_SHEET_NAME, () =>
      generateRecommendations(ready.workbook, ready.summary.result, meta),
    );
    if (outcome) {
      const done = MESSAGES.recommendationsDone(outcome.sheet, outcome.added, outcome.kept, outcome.resolved);
      alert(withCapped(done, outcome));
    }
  });
}
