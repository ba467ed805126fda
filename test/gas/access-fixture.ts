/**
 * A shared municipality for the tests of «Настроить доступ кураторов»: four school tabs, a roster
 * (with or without «Лист»), the coordinator as owner, the curators as editors of the spreadsheet.
 */
import type { Emulator, EmulatorOptions } from '../tools/gas-emulator';
import { schoolName, seedMunicipality, start, tabName } from './municipality';

export const COORDINATOR = 'koordinator@edu.example.ru';
export const K1 = 'kurator1@school1.ru';
export const K2 = 'kurator2@school2.ru';
export const K3 = 'kurator3@school3.ru';
export const K4 = 'kurator4@school4.ru';

/** The roster's rows: school i with curator `emails[i - 1]`; with `sheetColumn` its «Лист» names tab i. */
export function rosterRows(emails: readonly string[], sheetColumn: boolean): unknown[][] {
  const header = sheetColumn ? ['ОО', 'Лист', 'E-mail куратора'] : ['ОО', 'E-mail куратора'];
  return [
    header,
    ...emails.map((email, index) =>
      sheetColumn ? [schoolName(index + 1), tabName(index + 1), email] : [schoolName(index + 1), email],
    ),
  ];
}

/** `options` add to the emulator's (e.g. a latency that moves the script's clock on). */
export function municipality(
  sheetColumn = false,
  emails: readonly string[] = [K1, K2, K3, K4],
  options: EmulatorOptions = {},
) {
  const started = start({ userEmail: COORDINATOR, sharing: { editors: [K1, K2, K3, K4] }, ...options });
  seedMunicipality(started.emulator, 4);
  started.emulator.seedSheet('Список ОО', rosterRows(emails, sheetColumn));
  return started;
}

/** Who may edit the sheet by its protections (everyone when it has none), as Google would let them. */
export function mayEdit(emulator: Emulator, sheet: string, email: string): boolean {
  return emulator.uncounted(() =>
    emulator.spreadsheet
      .getSheetByName(sheet)!
      .getProtections('SHEET')
      .every((protection) => protection._canEdit(email)),
  );
}

/** Editors of the sheet's protection, as the coordinator reads them. */
export function editorsOf(emulator: Emulator, sheet: string): string[] {
  return emulator.uncounted(() =>
    emulator.spreadsheet
      .getSheetByName(sheet)!
      .getProtections('SHEET')[0]
      .getEditors()
      .map((user) => user.getEmail()),
  );
}

/**
 * Each run's alert — its last call, after any fingerprint is kept — moves the script's clock on `days` days
 * (latency.ts): a run a week after the last full check checks in full again (access-unchanged.ts).
 */
export function daysBetweenRuns(days: number): EmulatorOptions {
  return { latency: { methodMs: { 'Ui.alert': days * 24 * 60 * 60 * 1000 } } };
}

export function lastAlert(emulator: Emulator): string {
  return emulator.ui.alerts.at(-1)!.prompt;
}

/**
 * Calls of `run` that change the spreadsheet: its cells, sheets, protections and metadata. The call
 * counter takes every call but get…, is…, has… and find… for a write; canEdit(), a finder's withKey()
 * and the alert and toast change nothing here.
 */
export function spreadsheetWrites(emulator: Emulator, run: () => void): Record<string, number> {
  emulator.resetCalls();
  run();
  const changes = /\.(set|add|remove|insert|delete|clear|protect|append|merge|hide|show|move|rename)/;
  return Object.fromEntries(Object.entries(emulator.calls()).filter(([name]) => changes.test(name)));
}
