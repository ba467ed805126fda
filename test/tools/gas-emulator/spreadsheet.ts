/**
 * Spreadsheet: the tabs, the selection, developer metadata, protections and toasts.
 * Sheet names are unique ignoring case, and getSheetByName ignores case, as in Google.
 * insertSheet without an index puts the new sheet right after the active one and activates it.
 */
import {
  DeveloperMetadataLocationType,
  addMetadata,
  newMetadataFinder,
  type DeveloperMetadata,
  type DeveloperMetadataFinder,
} from './developer-metadata';
import { checkSpreadsheetCells } from './cell-limit';
import { fail, service, type Env } from './env';
import { ProtectionType, type Protection } from './protection';
import { newRange, type Area, type Range } from './range';
import { newUser, type User } from './session';
import { newSheet, type Sheet } from './sheet';
import type { UiRecord } from './ui';

export class Spreadsheet {
  private readonly _sheets: Sheet[] = [];
  private _active: Sheet | null = null;
  private _activeArea: Area = { row: 1, column: 1, rows: 1, columns: 1 };
  private _idCounter = 0;
  private _sheetIdCounter = 0;
  private _timeZone: string;
  readonly _metadata: DeveloperMetadata[] = [];
  readonly _protections: Protection[] = [];

  constructor(
    private readonly _env: Env,
    private _name: string,
    private readonly _ui: UiRecord,
  ) {
    this._timeZone = _env.spreadsheetTimeZone;
  }

  /** The owner's address (Spreadsheet.getOwner()), read without counting a call. */
  _owner(): string {
    return this._env.sharing?.owner ?? this._env.userEmail;
  }

  /** Editors other than the owner, as the spreadsheet is shared. */
  _editorEmails(): string[] {
    const owner = this._owner().toLowerCase();
    const editors = [...(this._env.sharing?.editors ?? []), this._env.userEmail];
    return editors.filter(
      (email, i) =>
        email.toLowerCase() !== owner &&
        editors.findIndex((e) => e.toLowerCase() === email.toLowerCase()) === i,
    );
  }

  _domainEdit(): boolean {
    return this._env.sharing?.domainEdit ?? false;
  }

  /** The owner of the document (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getOwner()). */
  getOwner(): User {
    return newUser(this._env, this._owner());
  }

  /** The owner and the editors of the spreadsheet. */
  getEditors(): User[] {
    return [this._owner(), ...this._editorEmails()].map((email) => newUser(this._env, email));
  }

  /** The spreadsheet's time zone, read without counting a service call. */
  _timeZoneNow(): string {
    return this._timeZone;
  }

  _nextId(): number {
    return ++this._idCounter;
  }
  _indexOf(sheet: Sheet): number {
    return this._sheets.indexOf(sheet);
  }

  _find(name: string): Sheet | null {
    const key = name.toLowerCase();
    return this._sheets.find((s) => s.getName().toLowerCase() === key) ?? null;
  }

  private _defaultSheetName(): string {
    const base = this._env.locale.toLowerCase().startsWith('ru') ? 'Лист' : 'Sheet';
    let n = this._sheets.length + 1;
    while (this._find(`${base}${n}`)) n++;
    return `${base}${n}`;
  }

  private _checkNewName(name: string, except: Sheet | null): void {
    const existing = this._find(name);
    if (existing && existing !== except)
      fail(this._env, `A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  /** Cells of every sheet's grid, as Google counts them against its limit (cell-limit.ts). */
  _cellCount(): number {
    return this._sheets.reduce((sum, sheet) => sum + sheet._maxRows * sheet._maxColumns, 0);
  }

  /** Refuses an edit that grows the spreadsheet's grids by `added` cells past Google's limit. */
  _checkGrowth(added: number): void {
    checkSpreadsheetCells(this._env, this._cellCount(), added);
  }

  /**
   * Adds a sheet without counting or activating it (first sheet, test seeding); `cells` is the
   * new sheet's grid (1 000 × 26 unless it copies a template).
   */
  _addSheet(name: string, index = this._sheets.length, cells = 1000 * 26): Sheet {
    this._checkNewName(name, null);
    this._checkGrowth(cells);
    const id = this._sheetIdCounter === 0 ? 0 : 1_000_000 + this._sheetIdCounter * 7919;
    this._sheetIdCounter++;
    const sheet = newSheet(this._env, this, name, id);
    this._sheets.splice(Math.max(0, Math.min(index, this._sheets.length)), 0, sheet);
    if (!this._active) this._active = sheet;
    return sheet;
  }

  _renameSheet(sheet: Sheet, name: string): void {
    if (typeof name !== 'string' || name.trim() === '') fail(this._env, 'Invalid argument: name');
    this._checkNewName(name, sheet);
    sheet._rename(name);
  }

  _activate(sheet: Sheet, area: Area): void {
    this._active = sheet;
    this._activeArea = { ...area };
    if (sheet.isSheetHidden()) sheet.showSheet();
  }

  _hideSheet(sheet: Sheet): void {
    if (this._sheets.filter((s) => s !== sheet && !s.isSheetHidden()).length === 0)
      fail(this._env, "You can't hide all the sheets in a document.");
  }

  _toasts(): UiRecord['toasts'] {
    return this._ui.toasts;
  }

  getName(): string {
    return this._name;
  }

  rename(name: string): void {
    this._name = name;
  }

  getId(): string {
    return 'emulated-spreadsheet-0000000000000000000000000';
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.getId()}/edit`;
  }

  getSheets(): Sheet[] {
    return [...this._sheets];
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    return this._find(String(name));
  }
  getSheetById(id: number): Sheet | null {
    return this._sheets.find((s) => s.getSheetId() === id) ?? null;
  }

  /**
   * insertSheet(), (name), (index), (name, index), each with an options object last. Options:
   * `template` — «All data from the template sheet object is copied to the new sheet. The sheet
   * template must be one of the sheets of the Spreadsheet object» (Spreadsheet.insertSheet).
   */
  insertSheet(...args: unknown[]): Sheet {
    const options = args.find(
      (arg): arg is { template?: unknown } => typeof arg === 'object' && arg !== null,
    );
    const [nameOrIndex, index] = args.filter((arg) => typeof arg !== 'object' || arg === null);
    const template = options?.template;
    if (template !== undefined && !this._sheets.includes(template as Sheet))
      fail(this._env, 'The sheet template must be one of the sheets of the spreadsheet.');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this._defaultSheetName();
    const position =
      typeof nameOrIndex === 'number'
        ? nameOrIndex
        : typeof index === 'number'
          ? index
          : this._indexOf(this.getActiveSheet()) + 1;
    const copied = template as Sheet | undefined;
    const cells = copied ? copied._maxRows * copied._maxColumns : undefined;
    const sheet = this._addSheet(name, position, cells);
    if (copied !== undefined) sheet._copyFrom(copied);
    this._activate(sheet, { row: 1, column: 1, rows: 1, columns: 1 });
    return sheet;
  }

  deleteSheet(sheet: Sheet): void {
    const index = this._sheets.indexOf(sheet);
    if (index < 0) fail(this._env, 'Sheet not found');
    if (this._sheets.length === 1) fail(this._env, "You can't remove all the sheets in a document.");
    sheet._assertEditable();
    this._sheets.splice(index, 1);
    for (let i = this._metadata.length - 1; i >= 0; i--)
      if (this._metadata[i]._location.sheet === sheet) this._metadata.splice(i, 1);
    for (let i = this._protections.length - 1; i >= 0; i--)
      if (this._protections[i]._sheet === sheet) this._protections.splice(i, 1);
    if (this._active === sheet)
      this._activate(this._sheets[Math.max(0, index - 1)], { row: 1, column: 1, rows: 1, columns: 1 });
  }

  deleteActiveSheet(): Sheet {
    const next = this.getActiveSheet();
    this.deleteSheet(next);
    return this.getActiveSheet();
  }

  moveActiveSheet(position: number): void {
    const sheet = this.getActiveSheet();
    this._sheets.splice(this._sheets.indexOf(sheet), 1);
    this._sheets.splice(position - 1, 0, sheet);
  }

  getActiveSheet(): Sheet {
    return this._active ?? this._sheets[0];
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this._activate(sheet, { row: 1, column: 1, rows: 1, columns: 1 });
    return sheet;
  }

  getActiveRange(): Range {
    const a = this._activeArea;
    return newRange(this._env, this.getActiveSheet(), a.row, a.column, a.rows, a.columns);
  }

  getActiveCell(): Range {
    return newRange(this._env, this.getActiveSheet(), this._activeArea.row, this._activeArea.column, 1, 1);
  }

  getCurrentCell(): Range {
    return this.getActiveCell();
  }

  setActiveRange(range: Range): Range {
    range.activate();
    return range;
  }

  setActiveSelection(rangeOrA1: Range | string): Range {
    const range = typeof rangeOrA1 === 'string' ? this.getRange(rangeOrA1) : rangeOrA1;
    range.activate();
    return range;
  }

  /** 'Лист1!A1:B2', "'Мой лист'!A1", or 'A1' on the active sheet. */
  getRange(a1: string): Range {
    const match = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(a1.trim());
    const sheet = match ? this._find((match[1] ?? match[2]).replace(/''/g, "'")) : this.getActiveSheet();
    if (!sheet) fail(this._env, 'Range not found');
    return sheet.getRange(match ? match[3] : a1);
  }

  getRangeByName(_name: string): Range | null {
    return null;
  }

  toast(message: unknown, title?: unknown, timeoutSeconds?: number): void {
    this._ui.toasts.push({
      message: String(message),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this._timeZone = timeZone;
  }
  getSpreadsheetLocale(): string {
    return this._env.locale;
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: string, visibility?: string): this {
    addMetadata(
      this._env,
      this,
      { type: DeveloperMetadataLocationType.SPREADSHEET, sheet: null },
      key,
      valueOrVisibility,
      visibility,
    );
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    return this._metadata.filter((m) => m._location.type === DeveloperMetadataLocationType.SPREADSHEET);
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return newMetadataFinder(this._env, () => [...this._metadata]);
  }

  getProtections(type: string): Protection[] {
    return this._protections.filter((p) => p.getProtectionType() === (type ?? ProtectionType.SHEET));
  }
}

export function newSpreadsheet(env: Env, name: string, ui: UiRecord): Spreadsheet {
  return service(env, 'Spreadsheet', new Spreadsheet(env, name, ui));
}
