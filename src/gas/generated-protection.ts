/**
 * The warning-only protection of a generated sheet («Сводная», «Рекомендации»): anyone may edit it after
 * confirming, so a curator's stray edit is not made unawares, yet the coordinator's own edits (kept by
 * regeneration, docs/domain.md#regeneration) need no rights. Set when the sheet is generated and again by
 * «Настроить доступ кураторов»; a sheet that already has it is not written to.
 */
import { ACCESS_DESCRIPTION, ACCESS_MARK } from './access-messages';

/** False, and nothing changed, when someone protected the sheet by hand. */
export function warnBeforeEdits(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  const [existing] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing !== undefined && !existing.getDescription().startsWith(ACCESS_MARK)) return false;
  const protection = existing ?? sheet.protect();
  try {
    if (protection.getDescription() !== ACCESS_DESCRIPTION.generated)
      protection.setDescription(ACCESS_DESCRIPTION.generated);
    if (!protection.isWarningOnly()) protection.setWarningOnly(true);
  } catch (error) {
    // A new protection without our description would pass for one set by hand from then on.
    if (existing === undefined) protection.remove();
    throw error;
  }
  return true;
}
