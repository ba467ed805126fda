/**
 * The warning-only protection of a generated sheet («Сводная», «Рекомендации»): anyone may edit it after
 * confirming, so a curator's stray edit is not made unawares, yet the coordinator's own edits (kept by
 * regeneration, docs/domain.md#regeneration) need no rights. Set when the sheet is generated and again by
 * «Настроить доступ кураторов»; a sheet that already has it is not written to.
 */
import { ACCESS_DESCRIPTION, ACCESS_MARK } from './access-messages';

/** The sheet's protection (null: none) and its description, when the caller has read them already. */
export interface KnownProtection {
  readonly protection: GoogleAppsScript.Spreadsheet.Protection | null;
  readonly description: string;
}

function readProtection(sheet: GoogleAppsScript.Spreadsheet.Sheet): KnownProtection {
  const [protection] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  return protection === undefined
    ? { protection: null, description: '' }
    : { protection, description: protection.getDescription() };
}

/** False, and nothing changed, when someone protected the sheet by hand. `known` saves reading it again. */
export function warnBeforeEdits(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  known: KnownProtection = readProtection(sheet),
): boolean {
  const existing = known.protection;
  if (existing !== null && !known.description.startsWith(ACCESS_MARK)) return false;
  const protection = existing ?? sheet.protect();
  try {
    if (known.description !== ACCESS_DESCRIPTION.generated)
      protection.setDescription(ACCESS_DESCRIPTION.generated);
    if (!protection.isWarningOnly()) protection.setWarningOnly(true);
  } catch (error) {
    // A new protection without our description would pass for one set by hand from then on.
    if (existing === null) protection.remove();
    throw error;
  }
  return true;
}
