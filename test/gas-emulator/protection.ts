/**
 * Protection of a sheet or a range. Like Google, a new protection lists the current user as its
 * editor; the emulator does not enforce protections on writes (the script's user may edit).
 */
import { service, type Env } from './env';
import type { Range } from './range';
import { newUser, type User } from './session';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export class Protection {
  private _description = '';
  private _warningOnly = false;
  private _editors: string[];
  private _unprotected: Range[] = [];

  constructor(
    private readonly _env: Env,
    private readonly _spreadsheet: Spreadsheet,
    readonly _sheet: Sheet,
    private readonly _range: Range | null,
  ) {
    this._editors = [_env.userEmail];
  }

  getProtectionType(): string { return this._range ? ProtectionType.RANGE : ProtectionType.SHEET; }
  getRange(): Range { return this._range ?? this._sheet.getRange(1, 1, this._sheet.getMaxRows(), this._sheet.getMaxColumns()); }

  setDescription(description: string): this {
    this._description = description;
    return this;
  }

  getDescription(): string { return this._description; }

  setWarningOnly(warningOnly: boolean): this {
    this._warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean { return this._warningOnly; }

  addEditor(emailOrUser: string | User): this {
    const email = typeof emailOrUser === 'string' ? emailOrUser : emailOrUser.getEmail();
    if (!this._editors.includes(email)) this._editors.push(email);
    return this;
  }

  addEditors(emails: string[]): this {
    for (const email of emails) this.addEditor(email);
    return this;
  }

  removeEditor(emailOrUser: string | User): this {
    const email = typeof emailOrUser === 'string' ? emailOrUser : emailOrUser.getEmail();
    this._editors = this._editors.filter((e) => e !== email);
    return this;
  }

  removeEditors(emailsOrUsers: (string | User)[]): this {
    for (const item of emailsOrUsers) this.removeEditor(item);
    return this;
  }

  getEditors(): User[] { return this._editors.map((email) => newUser(this._env, email)); }
  canEdit(): boolean { return true; }
  canDomainEdit(): boolean { return false; }

  setUnprotectedRanges(ranges: Range[]): this {
    this._unprotected = [...ranges];
    return this;
  }

  getUnprotectedRanges(): Range[] { return [...this._unprotected]; }

  remove(): void {
    const list = this._spreadsheet._protections;
    const index = list.indexOf(this);
    if (index >= 0) list.splice(index, 1);
  }
}

export function newProtection(env: Env, spreadsheet: Spreadsheet, sheet: Sheet, range: Range | null): Protection {
  const protection = service(env, 'Protection', new Protection(env, spreadsheet, sheet, range));
  spreadsheet._protections.push(protection);
  return protection;
}
