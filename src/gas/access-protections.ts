/**
 * The sheet protections of «Настроить доступ кураторов», read once a run and changed only where they differ
 * from what the roster wants (docs/decisions.md#access-within-googles-limits). Every call to Google costs
 * time: a run reads whether the spreadsheet has any sheet protection at all (none before the first run), then
 * each sheet's protection and its description — the description is where a school tab's school is kept — and
 * the editors only of the protections it sets.
 */
import { ACCESS_MARK } from './access-messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** A sheet as this run found it: its protection (null: none) and that protection's description. */
export interface SheetState {
  readonly sheet: Sheet;
  readonly protection: Protection | null;
  readonly description: string;
}

const key = (email: string): string => email.trim().toLowerCase();

/** Sheets by name, each with its protection; a sheet that is not there is left out. */
export function readSheetStates(
  spreadsheet: Spreadsheet,
  names: readonly string[],
  sheetNamed: (name: string) => Sheet | null,
): Map<string, SheetState> {
  const none = spreadsheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0;
  const states = new Map<string, SheetState>();
  for (const name of names) {
    const sheet = sheetNamed(name);
    if (sheet === null) continue;
    const [protection] = none ? [] : sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    states.set(
      name,
      protection === undefined
        ? { sheet, protection: null, description: '' }
        : { sheet, protection, description: protection.getDescription() },
    );
  }
  return states;
}

/** Whether the add-on set the sheet's protection (or there is none yet). */
export function isOwn(state: SheetState): boolean {
  return state.protection === null || state.description.startsWith(ACCESS_MARK);
}

/** Who a run keeps as editors, and the spreadsheet's own editors, which a new protection starts with. */
export interface People {
  /** The person running the command. */
  readonly user: string;
  /** The spreadsheet's owner ('' when Google gives none). */
  readonly owner: string;
  /** The spreadsheet's editors, read once a run and only when a protection is created. */
  readonly sharedWith: () => readonly string[];
  /** Whether a new protection lets the owner's domain edit (it mirrors the spreadsheet), read once. */
  readonly domainShared: (protection: Protection) => boolean;
}

/** What setting a protection changed: the editors it had (null for a new one) and the addresses Google refused. */
export interface Settled {
  readonly before: readonly string[] | null;
  readonly rejected: readonly string[];
}

function editorEmails(protection: Protection): string[] {
  return protection.getEditors().map((editor) => editor.getEmail());
}

/**
 * Makes `wanted` (and the owner, whom Google never removes) the only editors of the sheet's protection, under
 * `description`, creating it when there is none. A new protection starts with the spreadsheet's editors
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection); an existing one's editors are
 * read. Only what differs is written: the wanted first, then everyone else is taken off — Google's own sample
 * adds the current user before removing the others, so an edit right that came from a group is not lost. A
 * protection this run created is removed again when setting it fails, so it never stays without our
 * description and passes for one set by hand.
 */
export function settleEditors(
  state: SheetState,
  description: string,
  wanted: readonly string[],
  people: People,
): Settled {
  const created = state.protection === null;
  const protection = state.protection ?? state.sheet.protect();
  try {
    return created
      ? settleNew(protection, description, wanted, people)
      : settleExisting(protection, state.description, { description, wanted, owner: people.owner });
  } catch (error) {
    if (created) protection.remove();
    throw error;
  }
}

function settleNew(
  protection: Protection,
  description: string,
  wanted: readonly string[],
  people: People,
): Settled {
  const domain = people.domainShared(protection);
  protection.setDescription(description);
  const rejected = change(protection, [people.owner, ...people.sharedWith()], wanted, people.owner);
  if (domain) protection.setDomainEdit(false);
  return { before: null, rejected };
}

function settleExisting(
  protection: Protection,
  current: string,
  target: { description: string; wanted: readonly string[]; owner: string },
): Settled {
  if (current !== target.description) protection.setDescription(target.description);
  const before = editorEmails(protection);
  let editors = before;
  // A warning-only protection has no editors of its own (Sheets API ProtectedRange.warningOnly: «editors are
  // ignored»); turning the warning off gives it the document's editors, which are then set like any others.
  if (!sameSet(editors, [...target.wanted, target.owner]) && protection.isWarningOnly()) {
    protection.setWarningOnly(false);
    editors = editorEmails(protection);
  }
  const rejected = change(protection, editors, target.wanted, target.owner);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return { before, rejected };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.filter((email) => email !== '').map(key));
  const right = new Set(b.filter((email) => email !== '').map(key));
  return left.size === right.size && [...left].every((email) => right.has(email));
}

/** Adds the wanted missing from `current`, then removes the others; returns the addresses Google refused. */
function change(
  protection: Protection,
  current: readonly string[],
  wanted: readonly string[],
  owner: string,
): string[] {
  const has = new Set(current.map(key));
  const missing = wanted.filter(
    (email, i) => !has.has(key(email)) && wanted.findIndex((e) => key(e) === key(email)) === i,
  );
  const rejected = add(protection, missing);
  const keep = new Set([...wanted, owner].map(key));
  const others = current.filter((email) => email !== '' && !keep.has(key(email)));
  if (others.length > 0) protection.removeEditors(others);
  return rejected;
}

/**
 * One call an address: Google refuses a whole call for one address it does not take («Invalid email»), and
 * a school rarely has more than one curator to add.
 */
function add(protection: Protection, emails: readonly string[]): string[] {
  const rejected: string[] = [];
  for (const email of emails) {
    try {
      protection.addEditor(email);
    } catch (error) {
      if (!isRefusedAddress(error)) throw error;
      rejected.push(email);
    }
  }
  return rejected;
}

function isRefusedAddress(error: unknown): boolean {
  return /invalid/i.test(error instanceof Error ? error.message : String(error));
}
