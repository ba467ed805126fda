/**
 * Writing a generated sheet so that a failure at any call loses nothing (docs/domain.md#regeneration). Google
 * can fail any call, so every step leaves a state the next run recognises:
 * - a regenerated sheet is redrawn in place (it keeps its identity, so references to it keep
 *   working) after its previous content was saved to a hidden backup sheet; while it is drawn its
 *   marker says `drawing`, and only a completely drawn sheet has its backup removed. A run that
 *   finds a sheet still `drawing` takes the previous content from the backup;
 * - the sheet gets its warning-only protection last (generated-protection.ts), so a failure there
 *   costs no content;
 * - a new sheet (the sheet itself, or a backup) is announced in the document's properties before
 *   it is inserted and marked right after, so a failure between the two calls leaves a sheet the
 *   next run knows for its own (recoverInterruptedInsert), never a «user's» sheet that pushes
 *   the next one to «Сводная (2)».
 */
import * as z from 'zod/mini';
import { GENERATED_KINDS, type GeneratedKind, type SheetModel } from '../core/sheet/sheet-model';
import {
  clearSheet,
  drawSheetModel,
  ensureSize,
  fitSheet,
  modelSize,
  newSheetSize,
} from './draw-sheet-model';
import { fingerprint } from './fingerprint';
import { GENERATED_KEY, setMarker, type Marker } from './generated-marker';
import { warnBeforeEdits } from './generated-protection';
import { MESSAGES } from './messages';
import type { SheetDates } from './sheet-dates';
import { usedRows } from './used-rows';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet changed between the run's read and its write: writing would lose what was typed. */
export class SheetChangedError extends Error {}

/** Document property naming the sheet a run is about to insert (see recoverInterruptedInsert). */
export const INSERTING_KEY = 'cmn.inserting';

/** What the property holds; anything else (edited by hand, another version) is ignored. */
const INSERTING = z.object({
  name: z.string(),
  kind: z.enum(GENERATED_KINDS),
  backup: z.boolean(),
});

export interface GeneratedWrite {
  readonly name: string;
  readonly kind: GeneratedKind;
  readonly model: SheetModel;
  /** The sheet's values as this run read them (to merge from), or null when it did not read them. */
  readonly read: readonly (readonly unknown[])[] | null;
  /** Markers of the spreadsheet's sheets, by name. */
  readonly markers: ReadonlyMap<string, Marker>;
  readonly dates: SheetDates;
}

function freeName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? MESSAGES.backupName(base) : `${MESSAGES.backupName(base)} ${n}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * Inserts a sheet at the end, marked. It is announced first and taken out again if marking fails,
 * so no failure leaves an unmarked sheet the next run would not know for its own.
 */
function insertMarked(spreadsheet: Spreadsheet, name: string, marker: Marker): Sheet {
  const announced: z.infer<typeof INSERTING> = {
    name,
    kind: marker.kind,
    backup: marker.state === 'backup-pending',
  };
  PropertiesService.getDocumentProperties().setProperty(INSERTING_KEY, JSON.stringify(announced));
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  try {
    setMarker(sheet, marker, false);
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
  return sheet;
}

/** Saves `values` to a new hidden sheet, marked complete only once every value is in. */
function writeBackup(
  spreadsheet: Spreadsheet,
  name: string,
  kind: GeneratedKind,
  values: unknown[][],
): Sheet {
  const backup = insertMarked(spreadsheet, name, { kind, state: 'backup-pending' });
  // Exactly the values' size: a backup holds only them, and may be longer than a new sheet.
  const size = { rows: Math.max(1, values.length), columns: Math.max(1, values[0]?.length ?? 1) };
  fitSheet(backup, size);
  if (values.length > 0) backup.getRange(1, 1, values.length, values[0].length).setValues(values);
  backup.hideSheet();
  setMarker(backup, { kind, state: 'backup' }, true);
  return backup;
}

export function writeGeneratedSheet(spreadsheet: Spreadsheet, write: GeneratedWrite): Sheet {
  const { name, kind, model, markers } = write;
  const size = modelSize(model);
  const own = [...markers].filter(([, marker]) => marker.kind === kind);
  const backups = own.filter(([, marker]) => marker.state === 'backup').map(([backupName]) => backupName);
  const leftovers = own
    .filter(([, marker]) => marker.state === 'backup-pending')
    .map(([backupName]) => backupName);
  let sheet = spreadsheet.getSheetByName(name);
  if (sheet) {
    const current = sheet.getDataRange().getValues();
    const stamp = (values: readonly (readonly unknown[])[]) => fingerprint(name, usedRows(values));
    if (write.read !== null && stamp(write.dates.readRows(current)) !== stamp(write.read)) {
      throw new SheetChangedError(MESSAGES.sheetChanged(name));
    }
    // A sheet left half-drawn keeps the backup it had; a complete one is saved afresh.
    if (markers.get(name)?.state !== 'drawing') {
      leftovers.push(...backups.splice(0));
      const taken = spreadsheet.getSheets().map((other) => other.getName());
      backups.push(writeBackup(spreadsheet, freeName(name, taken), kind, current).getName());
      setMarker(sheet, { kind, state: 'drawing' }, true);
    }
    ensureSize(sheet, size, clearSheet(sheet));
  } else {
    sheet = insertMarked(spreadsheet, name, { kind, state: 'drawing' });
    fitSheet(sheet, newSheetSize(model));
  }
  drawSheetModel(sheet, model, write.dates);
  setMarker(sheet, { kind, state: 'done' }, true);
  for (const backupName of [...backups, ...leftovers]) {
    const backup = spreadsheet.getSheetByName(backupName);
    if (backup) spreadsheet.deleteSheet(backup);
  }
  PropertiesService.getDocumentProperties().deleteProperty(INSERTING_KEY);
  // Last: the sheet is complete whatever happens here, and the next generation sets it again.
  warnBeforeEdits(sheet);
  return sheet;
}

/**
 * A run that failed between inserting a sheet and marking it left an unmarked sheet under the
 * name it announced: mark it as a half-drawn sheet of ours, or drop a backup that holds nothing
 * yet, so the next generation neither takes it for a user's sheet nor leaves it behind.
 */
export function recoverInterruptedInsert(spreadsheet: Spreadsheet): void {
  const properties = PropertiesService.getDocumentProperties();
  const text = properties.getProperty(INSERTING_KEY);
  if (text === null) return;
  const announced = INSERTING.safeParse(jsonOrUndefined(text));
  const sheet = announced.success ? spreadsheet.getSheetByName(announced.data.name) : null;
  if (announced.success && sheet && !sheet.getDeveloperMetadata().some((m) => m.getKey() === GENERATED_KEY)) {
    if (announced.data.backup) spreadsheet.deleteSheet(sheet);
    else setMarker(sheet, { kind: announced.data.kind, state: 'drawing' }, false);
  }
  properties.deleteProperty(INSERTING_KEY);
}

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
