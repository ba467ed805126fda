/**
 * The generated-sheet marker: sheet-level developer metadata. It survives renaming and moving the
 * tab, is invisible to users, and a user's own sheet can never carry it by accident. Its value
 * also says how far a write got (generated-write.ts), so a failed run is recognised as such:
 *   `<kind>`                  a generated sheet, completely drawn;
 *   `drawing:<kind>`          a generated sheet being drawn, or left half-drawn by a failure;
 *   `backup-pending:<kind>`   the hidden backup of a sheet's previous content, being written;
 *   `backup:<kind>`           that backup, holding the whole previous content.
 */
import { asGeneratedKind, type GeneratedKind } from '../core/sheet/sheet-model';

export const GENERATED_KEY = 'cmn-generated';

export type MarkerState = 'done' | 'drawing' | 'backup-pending' | 'backup';

export interface Marker {
  readonly kind: GeneratedKind;
  readonly state: MarkerState;
}

const PREFIXES: readonly [string, MarkerState][] = [
  ['drawing:', 'drawing'],
  ['backup-pending:', 'backup-pending'],
  ['backup:', 'backup'],
];

export function markerValue(marker: Marker): string {
  return marker.state === 'done' ? marker.kind : `${marker.state}:${marker.kind}`;
}

export function parseMarker(value: string | null): Marker | null {
  const text = value ?? '';
  const done = asGeneratedKind(text);
  if (done) return { kind: done, state: 'done' };
  for (const [prefix, state] of PREFIXES) {
    const kind = text.startsWith(prefix) ? asGeneratedKind(text.slice(prefix.length)) : null;
    if (kind) return { kind, state };
  }
  return null;
}

/**
 * Marked tabs by name, found with one metadata search for the whole spreadsheet (a few calls per
 * marked tab, none per unmarked tab).
 */
export function markedSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Map<string, Marker> {
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(GENERATED_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const out = new Map<string, Marker>();
  for (const metadata of found) {
    const marker = parseMarker(metadata.getValue());
    const sheet = metadata.getLocation().getSheet();
    if (marker && sheet) out.set(sheet.getName(), marker);
  }
  return out;
}

/** Sets the sheet's marker (one call to add it; two to change it: its metadata, then the value). */
export function setMarker(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  marker: Marker,
  existing: boolean,
): void {
  const value = markerValue(marker);
  if (!existing) {
    sheet.addDeveloperMetadata(GENERATED_KEY, value);
    return;
  }
  const [metadata] = sheet.getDeveloperMetadata().filter((m) => m.getKey() === GENERATED_KEY);
  if (metadata) metadata.setValue(value);
  else sheet.addDeveloperMetadata(GENERATED_KEY, value);
}
