/**
 * The commands that change other people's sheets («Настроить доступ кураторов», «Сформировать сводную»,
 * «Сформировать рекомендации», «Создать листы ОО по списку», «Создать справку и письма») are the municipal
 * coordinator's. A curator — an address in «E-mail куратора» on «Список ОО» — is told so and nothing changes.
 * Everyone else is the coordinator's side (docs/decisions.md#access-within-googles-limits): the spreadsheet's
 * owner and the person who last set access always, even when their address is also a curator's, and anyone
 * the roster does not name. When Google gives no address (Session.getActiveUser() «returns a blank string if
 * security policies do not allow access»: https://developers.google.com/apps-script/reference/base/user#getEmail())
 * the command runs: a coordinator is never locked out, and the protections still stop a curator's edits.
 */
import { parseRosterSheet, ROSTER_SHEET_NAME } from '../core/roster';
import { ACCESS_MESSAGES as M } from './access-messages';
import { readAccessStore } from './access-store';
import { alert } from './run-command';

const key = (email: string): string => email.trim().toLowerCase();

/** The school whose curator `email` is by the roster, when the person is not the coordinator; null otherwise. */
function curatorSchool(email: string): string | null {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const store = readAccessStore();
  if (store.coordinator !== undefined && key(store.coordinator) === email) return null;
  if (key(spreadsheet.getOwner()?.getEmail() ?? '') === email) return null;
  const name = store.roster ?? ROSTER_SHEET_NAME;
  const sheet = spreadsheet.getSheetByName(name);
  if (sheet === null) return null;
  const roster = parseRosterSheet({ name, values: sheet.getDataRange().getValues() });
  const entry = roster.entries.find((candidate) =>
    candidate.curatorEmails.some((address) => key(address) === email),
  );
  return entry?.name ?? null;
}

/** The school of the person at the keyboard when a curator; null when not, or when Google would not tell. */
function refusedSchool(): { email: string; school: string } | null {
  try {
    const email = key(Session.getActiveUser().getEmail());
    const school = email === '' ? null : curatorSchool(email);
    return school === null ? null : { email, school };
  } catch {
    // What cannot be read locks nobody out: the command runs, and its own errors are reported by it.
    return null;
  }
}

/** `command`, refused with a Russian message to a curator of a school. */
export function coordinatorOnly(command: () => void): () => void {
  return () => {
    const refused = refusedSchool();
    if (refused === null) command();
    else alert(M.forCoordinator(refused.email, refused.school));
  };
}
