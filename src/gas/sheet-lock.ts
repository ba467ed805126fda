/**
 * Whether a sheet is protected against the person running the script («Настроить доступ
 * кураторов» gives each school's tab to its curators): their check still reads it, but may not
 * write marks on it. Asked only after Google refused a write, so the usual run costs no call.
 */
export function lockedForUser(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return sheet
    .getProtections(SpreadsheetApp.ProtectionType.SHEET)
    .some((protection) => !protection.canEdit());
}
