/**
 * The generated-sheet marker: sheet-level developer metadata. It survives renaming and moving the
 * tab, is invisible to users, and a user's own sheet can never carry it by accident.
 */
import { asGeneratedKind, type GeneratedKind } from '../core/sheet-model';

export const GENERATED_KEY = 'cmn-generated';

/**
 * Marked tabs by name, found with one metadata search for the whole spreadsheet (a few calls per
 * marked tab, none per unmarked tab).
 */
export function generatedSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Map<string, GeneratedKind> {
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(GENERATED_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const out = new Map<string, GeneratedKind>();
  for (const metadata of found) {
    const kind = asGeneratedKind(metadata.getValue());
    const sheet = metadata.getLocation().getSheet();
    if (kind && sheet) out.set(sheet.getName(), kind);
  }
  return out;
}

/** Marks the tab unless it already carries the marker of this kind. */
export function markGenerated(sheet: GoogleAppsScript.Spreadsheet.Sheet, kind: GeneratedKind): void {
  const existing = sheet.getDeveloperMetadata();
  for (const metadata of existing) {
    if (metadata.getKey() === GENERATED_KEY) {
      if (metadata.getValue() !== kind) metadata.setValue(kind);
      return;
    }
  }
  sheet.addDeveloperMetadata(GENERATED_KEY, kind);
}
