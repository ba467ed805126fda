/**
 * How a rerun of «Настроить доступ кураторов» proves, without the full analysis, that it has nothing to
 * change (docs/decisions.md#access-on-an-unchanged-roster, #access-and-onedit-third-round). A run that set
 * every protection stores a fingerprint of what the plan was made from and what it left, and the next run by
 * the same person reads only that: the roster, the sheet list once, all sheet protections in one call with
 * each one's editors once, the school cells of the tabs a cell may still give to a school, and the
 * protections' descriptions only when one of them may still decide whose a tab is. When all of it is the same, it writes nothing.
 * A tab given by «Лист» or by the binding its protection's description keeps is not given by its school cell
 * (src/app/curator-access.ts): that cell is not read. When «Лист» gave every roster school its tab, no
 * description gives a tab either, and none is read: who may edit is the editors', whose number is compared.
 * An editor added or taken off by hand changes a count, a warning-only protection reads no editors, a
 * protection removed or added changes the list: any of it sends the run through the full check, which reads
 * every editor's address and puts them right. What is not compared (one address swapped for another, the
 * domain let in, a description rewritten where it decides nothing, a school cell of a tab given by «Лист» or
 * its protection) the full check finds at the latest a week after the last one.
 */
import { cellText } from '../core/text/normalise';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** A school tab's school cell: the sheet's place in the spreadsheet, its row and column. */
export type SchoolCell = readonly [sheet: number, row: number, column: number];

/** What the last full run found, to compare with. */
export interface AccessFingerprint {
  /** A hash of the roster's cells. */
  readonly roster: string;
  readonly sheets: number;
  /** The school cells of the tabs that are not given by «Лист» or by their protection's description. */
  readonly cells: readonly SchoolCell[];
  /** A hash of the school cells' texts, in the order of `cells`. */
  readonly names: string;
  /**
   * Whether `protections` holds the descriptions: false when «Лист» gave every roster school its tab.
   * Absent in a fingerprint kept by an earlier version, which held them.
   */
  readonly descriptions?: boolean;
  /** A hash of the sheet protections' editor counts (-1: not readable), with descriptions if kept, sorted. */
  readonly protections: string;
  /** When the full check was made (ms). */
  readonly at: number;
}

/** A full check at least once a week: what counts cannot show is found within it. */
const FULL_CHECK_EVERY_MS = 7 * 24 * 60 * 60 * 1000;

/** FNV-1a, 32 bits: a property value holds at most 9 KB, a roster of 300 schools does not fit as it is. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(36);
}

/** The roster's cells as a hash; null when the sheet is gone. */
export function rosterHash(spreadsheet: Spreadsheet, roster: string): string | null {
  const sheet = spreadsheet.getSheetByName(roster);
  return sheet === null ? null : hash(JSON.stringify(sheet.getDataRange().getValues()));
}

export function namesHash(texts: readonly string[]): string {
  return hash(JSON.stringify(texts));
}

/** How many editors a protection has; -1 when the runner may not read them. */
export function editorCount(protection: Protection): number {
  try {
    return protection.getEditors().length;
  } catch {
    return -1;
  }
}

/** One protection as the fingerprint keeps it: its description and its number of editors. */
export type ProtectionMark = readonly [description: string, editors: number];

export function protectionsHash(marks: readonly ProtectionMark[], descriptions: boolean): string {
  const kept = marks.map(([description, editors]) =>
    descriptions ? JSON.stringify([description, editors]) : String(editors),
  );
  return hash(JSON.stringify(kept.sort()));
}

/**
 * True when `last` was stored less than a week ago and the roster, the number of sheets, the school cells it
 * kept and every sheet protection's editor count (and description, when kept) are as it left them.
 */
export function provesUnchanged(
  spreadsheet: Spreadsheet,
  last: AccessFingerprint | undefined,
  rosterSheet: string | undefined,
): boolean {
  if (last === undefined || rosterSheet === undefined) return false;
  if (!(Date.now() - last.at < FULL_CHECK_EVERY_MS)) return false;
  const sheets = spreadsheet.getSheets();
  if (sheets.length !== last.sheets) return false;
  if (rosterHash(spreadsheet, rosterSheet) !== last.roster) return false;
  // Sheet.getSheetValues reads a cell in one call, where getRange(…).getValue() takes two
  // (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)).
  const texts = last.cells.map(([sheet, row, column]) =>
    cellText(sheets[sheet].getSheetValues(row, column, 1, 1)[0][0]),
  );
  if (namesHash(texts) !== last.names) return false;
  const descriptions = last.descriptions !== false;
  const protections = spreadsheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  const marks = protections.map((protection): ProtectionMark => [
    descriptions ? protection.getDescription() : '',
    editorCount(protection),
  ]);
  return protectionsHash(marks, descriptions) === last.protections;
}
