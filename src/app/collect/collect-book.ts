/**
 * The municipal workbook made from the schools' own files (docs/domain.md#command-line, `collect`), for any
 * adapter that can open a file and copy a sheet between books (the command line over files on disk, the page
 * over dropped files). Each file is opened in turn, what the collection needs is taken from it (its tabs read,
 * each school tab copied aside into a holding book), and it is let go before the next: memory holds the
 * largest file and the tabs taken, never every file at once. A file that cannot be read is one skipped entry
 * with its reason, never the end of the run.
 */
import { analyse } from '../analyse';
import { createTemplate } from '../templates';
import type { Workbook } from '../workbook';
import { mergedBaseSheet } from './base-sheet';
import {
  isMunicipalBook,
  planReadings,
  readCollectFile,
  type CarriedSettings,
  type CollectionPlan,
  type CollectReading,
  type SavedAt,
} from './collect-plan';
import type { Catalogue } from '../../core/catalogue/catalogue';
import type { SummaryResult } from '../../core/findings/analysis-result';
import { ROSTER_SHEET_NAME, rosterTemplate, type RosterEntry } from '../../core/roster';
import { BASE_SHEET_NAME } from '../../core/templates/messages';

/** A book sheets can be copied into and out of: the .xlsx room's workbook. */
export interface CopyingBook extends Workbook {
  copySheetFrom(source: CopyingBook, name: string, as: string): void;
  /** When the opened file was last saved, by its own properties; null when it does not say. */
  readonly savedAt: Date | null;
}

/** What the adapter does with files: opens one (throwing when it cannot), says why not, dates it, makes a book. */
export interface CollectFiles<B extends CopyingBook> {
  open(file: string): Promise<B>;
  reasonOf(error: unknown): string;
  savedAt(file: string, book: B): Promise<SavedAt | null>;
  newBook(): B;
}

/** A file to collect, or one already refused (by its name or size) with the reason. */
export interface CollectFile {
  readonly file: string;
  readonly reason?: string;
}

/** The roster and the municipal book it came from, when the roster is a workbook with settings sheets. */
export interface CollectRoster<B extends CopyingBook> {
  readonly lines: readonly RosterEntry[] | null;
  readonly municipal: { readonly workbook: B; readonly settings: CarriedSettings } | null;
}

export interface CollectedBook<B extends CopyingBook> {
  readonly plan: CollectionPlan;
  /** Null when no school was taken: a book of nothing would look like a municipality with no data. */
  readonly book: B | null;
  readonly result: Omit<SummaryResult, 'recommendations'> | null;
}

interface Held<B extends CopyingBook> {
  readonly holding: B;
  readonly names: Map<string, string>;
  municipal: string | null;
}

const heldKey = (file: string, sheet: string) => `${file}\u0000${sheet}`;

/** Copies `sheet` of `workbook` into the holding book under a name of its own. */
function hold<B extends CopyingBook>(
  held: Held<B>,
  file: string,
  source: { workbook: B; sheet: string },
): void {
  // The holding book's own names: unique, and far within the 31 characters of a sheet name.
  const name = `~${held.names.size + 1}`;
  held.holding.copySheetFrom(source.workbook, source.sheet, name);
  held.names.set(heldKey(file, source.sheet), name);
}

async function readAll<B extends CopyingBook>(
  files: readonly CollectFile[],
  catalogue: Catalogue,
  { io, settingsGiven }: { io: CollectFiles<B>; settingsGiven: boolean },
): Promise<{ readings: CollectReading[]; held: Held<B> }> {
  const readings: CollectReading[] = [];
  const held: Held<B> = { holding: io.newBook(), names: new Map(), municipal: null };
  for (const { file, reason } of files) {
    if (reason !== undefined) {
      readings.push({ file, reason });
      continue;
    }
    let workbook: B;
    try {
      workbook = await io.open(file);
    } catch (error) {
      readings.push({ file, reason: io.reasonOf(error) });
      continue;
    }
    const reading = readCollectFile(file, workbook, catalogue, await io.savedAt(file, workbook));
    for (const { tab } of reading.candidates) hold(held, file, { workbook, sheet: tab.sheet });
    // The plan takes the settings of the first municipal book (collect-plan.ts, settingsSource).
    if (!settingsGiven && held.municipal === null && isMunicipalBook(reading)) {
      held.municipal = file;
      for (const { sheet } of reading.settings) hold(held, file, { workbook, sheet });
    }
    readings.push(reading);
  }
  return { readings, held };
}

export async function collectBook<B extends CopyingBook>(
  files: readonly CollectFile[],
  catalogue: Catalogue,
  { io, roster }: { io: CollectFiles<B>; roster: CollectRoster<B> },
): Promise<CollectedBook<B>> {
  const { municipal } = roster;
  const { readings, held } = await readAll(files, catalogue, { io, settingsGiven: municipal !== null });
  const plan = planReadings(readings, roster.lines, municipal?.settings ?? null);
  if (plan.tabs.length === 0) return { plan, book: null, result: null };

  const book = io.newBook();
  const carried = (kind: string) => plan.settings?.sheets.find((each) => each.kind === kind) ?? null;
  const carry = (kind: string) => {
    const sheet = carried(kind)?.sheet as string;
    if (municipal !== null) book.copySheetFrom(municipal.workbook, sheet, sheet);
    else
      book.copySheetFrom(
        held.holding,
        held.names.get(heldKey(plan.settings?.file as string, sheet)) as string,
        sheet,
      );
  };
  if (carried('parameters') !== null) carry('parameters');
  if (carried('catalogue') !== null) carry('catalogue');
  else createTemplate(book, 'catalogue', { catalogue });
  if (carried('templates') !== null) carry('templates');
  book.createSheet(BASE_SHEET_NAME, mergedBaseSheet(plan.base));
  // The municipality's list with «Лист» set to each school's tab in this book.
  if (plan.roster !== null) book.createSheet(ROSTER_SHEET_NAME, rosterTemplate(plan.roster));
  for (const tab of plan.tabs)
    book.copySheetFrom(held.holding, held.names.get(heldKey(tab.file, tab.sheet)) as string, tab.name);
  return { plan, book, result: analyse(book).result };
}
