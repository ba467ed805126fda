/**
 * Protection of a sheet or a range, with the semantics Google documents
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection and Sheet.protect()):
 * - a new protection mirrors the spreadsheet's permissions (its editors are the spreadsheet's
 *   owner and editors) until the script changes its editors or domain edit;
 * - Sheet.protect() on a protected sheet returns the existing protection, never a second one;
 * - neither the spreadsheet's owner nor the current user can be removed from the editors;
 * - a warning-only protection lets everyone edit after a warning, and has no editors of its own
 *   (Sheets API ProtectedRange.warningOnly: «if this field is true, then editors are ignored»);
 *   turning it off gives the editors of the document back;
 * - getEditors() and canDomainEdit() throw for a user who may not edit the protected area, and
 *   so does every change of the protection (description, warning, unprotected ranges, removal):
 *   only its editors may change it;
 * - a script runs as the user at the keyboard
 *   (https://developers.google.com/apps-script/guides/services/authorization, «Permissions and
 *   types of scripts»), so its edits of the area are refused for a user who is not an editor
 *   (Sheet._assertEditable asks `_covers` and `_canEdit`).
 */
import { fail, service, type Env } from './env';
import { contains, overlaps, type Area, type Range } from './range';
import { newUser, type User } from './session';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

const emailOf = (emailOrUser: string | User): string =>
  (typeof emailOrUser === 'string' ? emailOrUser : emailOrUser.getEmail()).trim();

export class Protection {
  private _description = '';
  private _warningOnly = false;
  /** null: the spreadsheet's permissions are mirrored (no editor changed yet). */
  private _editors: string[] | null = null;
  private _domainEdit: boolean | null = null;
  private _unprotected: Range[] = [];

  constructor(
    private readonly _env: Env,
    private readonly _spreadsheet: Spreadsheet,
    readonly _sheet: Sheet,
    private readonly _range: Range | null,
  ) {}

  /** The editors in force, owner first. */
  private _list(): string[] {
    const owner = this._spreadsheet._owner();
    const listed = this._editors ?? this._spreadsheet._editorEmails();
    return [owner, ...listed.filter((email) => email.toLowerCase() !== owner.toLowerCase())];
  }

  private _keeps(email: string): boolean {
    const key = email.toLowerCase();
    return key === this._spreadsheet._owner().toLowerCase() || key === this._env.userEmail.toLowerCase();
  }

  private _requireEditor(): void {
    if (!this._canEdit(this._env.userEmail))
      fail(this._env, 'You do not have permission to edit this protected range.');
  }

  private _changeEditors(change: (editors: string[]) => string[]): void {
    if (this._warningOnly)
      fail(this._env, 'A warning-only protection has no editors. Turn the warning off first.');
    this._requireEditor();
    const current = this._editors ?? this._list();
    this._editors = change(current);
    if (this._domainEdit === null) this._domainEdit = false;
  }

  /** Whether `email` may edit the protected area (a warning-only protection lets everyone, after a warning). */
  _canEdit(email: string): boolean {
    if (this._warningOnly) return true;
    if (this._domainEdit === true) return true;
    const key = email.toLowerCase();
    return this._list().some((editor) => editor.toLowerCase() === key);
  }

  /**
   * Whether an edit of `area` (undefined: of the sheet itself — its name, its rows and columns as
   * such) falls under this protection: a sheet protection covers all but its unprotected ranges, a
   * range protection its range only.
   */
  _covers(area?: Area): boolean {
    if (this._range !== null) return area !== undefined && overlaps(this._range._area(), area);
    if (area === undefined) return true;
    return !this._unprotected.some((range) => contains(range._area(), area));
  }

  getProtectionType(): string {
    return this._range ? ProtectionType.RANGE : ProtectionType.SHEET;
  }
  getRange(): Range {
    return this._range ?? this._sheet.getRange(1, 1, this._sheet.getMaxRows(), this._sheet.getMaxColumns());
  }

  setDescription(description: string): this {
    this._requireEditor();
    this._description = description;
    return this;
  }

  getDescription(): string {
    return this._description;
  }

  setWarningOnly(warningOnly: boolean): this {
    this._requireEditor();
    if (this._warningOnly && !warningOnly) this._editors = null;
    this._warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this._warningOnly;
  }

  addEditor(emailOrUser: string | User): this {
    const email = emailOf(emailOrUser);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail(this._env, `Invalid email: ${email}`);
    this._changeEditors((editors) =>
      editors.some((e) => e.toLowerCase() === email.toLowerCase()) ? editors : [...editors, email],
    );
    return this;
  }

  addEditors(emailAddresses: string[]): this {
    for (const email of emailAddresses) this.addEditor(email);
    return this;
  }

  removeEditor(emailOrUser: string | User): this {
    const email = emailOf(emailOrUser);
    this._changeEditors((editors) =>
      this._keeps(email) ? editors : editors.filter((e) => e.toLowerCase() !== email.toLowerCase()),
    );
    return this;
  }

  removeEditors(emailsOrUsers: (string | User)[]): this {
    for (const item of emailsOrUsers) this.removeEditor(item);
    return this;
  }

  getEditors(): User[] {
    if (!this._canEdit(this._env.userEmail))
      fail(this._env, 'You do not have permission to access the editors of this protected range.');
    return this._warningOnly ? [] : this._list().map((email) => newUser(this._env, email));
  }

  canEdit(): boolean {
    return this._canEdit(this._env.userEmail);
  }

  canDomainEdit(): boolean {
    if (!this._canEdit(this._env.userEmail))
      fail(this._env, 'You do not have permission to access this protected range.');
    return this._domainEdit ?? this._spreadsheet._domainEdit();
  }

  setDomainEdit(editable: boolean): this {
    this._changeEditors((editors) => editors);
    this._domainEdit = editable;
    return this;
  }

  setUnprotectedRanges(ranges: Range[]): this {
    this._requireEditor();
    this._unprotected = [...ranges];
    return this;
  }

  getUnprotectedRanges(): Range[] {
    return [...this._unprotected];
  }

  remove(): void {
    this._requireEditor();
    const list = this._spreadsheet._protections;
    const index = list.indexOf(this);
    if (index >= 0) list.splice(index, 1);
  }
}

export function newProtection(
  env: Env,
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  range: Range | null,
): Protection {
  if (range === null) {
    const existing = spreadsheet._protections.find(
      (p) => p._sheet === sheet && p.getProtectionType() === ProtectionType.SHEET,
    );
    if (existing) return existing;
  }
  const protection = service(env, 'Protection', new Protection(env, spreadsheet, sheet, range));
  spreadsheet._protections.push(protection);
  return protection;
}
