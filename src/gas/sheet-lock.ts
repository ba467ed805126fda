/**
 * Whether a sheet is protected against the person running the script («Настроить доступ
 * кураторов» gives each school's tab to its curators and the coordinator's sheets to the
 * coordinator): their check still reads it, but may not write marks on it. A protection set by
 * hand may cover a range only, so both kinds are asked. Asked only after Google refused a write,
 * so the usual run costs no call.
 */
export function lockedForUser(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  const { SHEET, RANGE } = SpreadsheetApp.ProtectionType;
  return [SHEET, RANGE].some((type) =>
    sheet.getProtections(type).some((protection) => !protection.canEdit()),
  );
}
