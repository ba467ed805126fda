/**
 * DocumentApp as the add-on uses it, with Google's semantics (every fact cited in
 * document-app.test.ts with the page it comes from):
 *
 * - DocumentApp.create(name) makes a new Google Doc, one against the day's quota of created
 *   documents it shares with Drive's conversions (drive.ts); its Body starts with one empty paragraph;
 * - Body.appendParagraph(text): a "\n" in the text becomes a line break "\r" inside the paragraph;
 *   appendListItem, appendTable(cells: string[][]) with one TableCell per string, appendPageBreak
 *   (a page break inside a new paragraph);
 * - Paragraph.setHeading / setAlignment / setAttributes with DocumentApp.Attribute keys;
 *   Text.setBold / setItalic / setFontSize / setFontFamily over the whole text or an inclusive
 *   offset range (out of range throws);
 * - the body's last paragraph cannot be removed; a page break sits inside a paragraph;
 *   Body.clear() empties the body down to that one empty paragraph;
 * - a Google Doc holds at most 1 020 000 characters: an edit that would pass it throws;
 * - Document.getId / getUrl / getName / setName, saveAndClose, after which the document cannot be
 *   edited; DocumentApp.openById reopens a document by id and throws for one deleted for good
 *   (a document in the Trash still opens, see drive.ts).
 *
 * Every call is counted like the spreadsheet's (Class.method); helpers starting with `_` are not.
 */
import { fail, requireScope, service, type Env } from './env';

/** https://developers.google.com/apps-script/reference/document/document-app#create(String): «Authorization … documents». */
const DOCUMENTS_SCOPE = 'https://www.googleapis.com/auth/documents';

export const ParagraphHeading = {
  NORMAL: 'NORMAL',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
  HEADING4: 'HEADING4',
  HEADING5: 'HEADING5',
  HEADING6: 'HEADING6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
} as const;

export const HorizontalAlignment = {
  LEFT: 'LEFT',
  CENTER: 'CENTER',
  RIGHT: 'RIGHT',
  JUSTIFY: 'JUSTIFY',
} as const;

export const Attribute = {
  BOLD: 'BOLD',
  ITALIC: 'ITALIC',
  FONT_SIZE: 'FONT_SIZE',
  FONT_FAMILY: 'FONT_FAMILY',
  HEADING: 'HEADING',
  HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT',
  BACKGROUND_COLOR: 'BACKGROUND_COLOR',
  FOREGROUND_COLOR: 'FOREGROUND_COLOR',
} as const;

export const GlyphType = {
  BULLET: 'BULLET',
  NUMBER: 'NUMBER',
  HOLLOW_BULLET: 'HOLLOW_BULLET',
  SQUARE_BULLET: 'SQUARE_BULLET',
} as const;

export const ElementType = {
  PARAGRAPH: 'PARAGRAPH',
  LIST_ITEM: 'LIST_ITEM',
  TABLE: 'TABLE',
  TABLE_ROW: 'TABLE_ROW',
  TABLE_CELL: 'TABLE_CELL',
  PAGE_BREAK: 'PAGE_BREAK',
  BODY_SECTION: 'BODY_SECTION',
} as const;

/**
 * «Documents: up to 1.02 million characters» (Google Drive Help, «Files you can store in Google
 * Drive», https://support.google.com/drive/answer/37603). Google's reference gives no message for
 * an edit past it; the emulator's own wording is below.
 */
export const MAX_DOCUMENT_CHARACTERS = 1_020_000;

const HEADINGS = new Set<string>(Object.values(ParagraphHeading));
const ALIGNMENTS = new Set<string>(Object.values(HorizontalAlignment));
const ATTRIBUTES = new Set<string>(Object.values(Attribute));

/** Per-character looks of a run of text. */
interface CharStyle {
  bold: boolean;
  italic: boolean;
  fontSize: number | null;
  fontFamily: string | null;
}

/** The text of one paragraph or list item with its character styles. */
class TextStore {
  text = '';
  styles: CharStyle[] = [];

  constructor(text: string) {
    this.set(text);
  }

  set(text: string): void {
    this.text = text;
    this.styles = [...text].map(() => ({ bold: false, italic: false, fontSize: null, fontFamily: null }));
  }
}

interface DocState {
  readonly env: Env;
  readonly id: string;
  closed: boolean;
}

function assertOpen(state: DocState): void {
  if (state.closed) fail(state.env, 'Document is closed, its contents cannot be updated.');
}

function str(env: Env, value: unknown, what: string): string {
  if (typeof value !== 'string') fail(env, `Invalid argument: ${what}`);
  return value;
}

/**
 * The editable text of one or more stores (a paragraph, a table row, a whole body): offsets run
 * over the stores' texts joined by "\n", as Google's Text of a container reads.
 */
export class Text {
  constructor(
    private readonly _state: DocState,
    private readonly _stores: () => TextStore[],
  ) {}

  private _apply(args: unknown[], apply: (style: CharStyle, value: unknown) => void): this {
    assertOpen(this._state);
    const stores = this._stores();
    const length = stores.reduce((sum, store) => sum + store.text.length, 0) + Math.max(0, stores.length - 1);
    let start = 0;
    let end = length - 1;
    let value = args[0];
    if (args.length === 3) {
      [start, end] = [Number(args[0]), Number(args[1])];
      value = args[2];
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end >= length || start > end)
        fail(this._state.env, `Index (${end}) must be less than the content length (${length}).`);
    }
    let offset = 0;
    for (const store of stores) {
      store.styles.forEach((style, i) => {
        if (offset + i >= start && offset + i <= end) apply(style, value);
      });
      offset += store.text.length + 1;
    }
    return this;
  }

  getText(): string {
    return this._stores()
      .map((store) => store.text)
      .join('\n');
  }

  setBold(...args: unknown[]): this {
    return this._apply(args, (style, value) => (style.bold = value === true));
  }

  setItalic(...args: unknown[]): this {
    return this._apply(args, (style, value) => (style.italic = value === true));
  }

  setFontSize(...args: unknown[]): this {
    return this._apply(args, (style, value) => (style.fontSize = Number(value)));
  }

  setFontFamily(...args: unknown[]): this {
    return this._apply(args, (style, value) => (style.fontFamily = String(value)));
  }

  isBold(offset: number): boolean | null {
    return this._charStyle(offset)?.bold ?? null;
  }

  isItalic(offset: number): boolean | null {
    return this._charStyle(offset)?.italic ?? null;
  }

  getFontSize(offset: number): number | null {
    return this._charStyle(offset)?.fontSize ?? null;
  }

  getFontFamily(offset: number): string | null {
    return this._charStyle(offset)?.fontFamily ?? null;
  }

  private _charStyle(offset: number): CharStyle | undefined {
    let at = offset;
    for (const store of this._stores()) {
      if (at < store.text.length) return store.styles[at];
      at -= store.text.length + 1;
    }
    return undefined;
  }
}

type BodyChild = Paragraph | ListItem | Table;

/** A paragraph of the body, of a table cell, or one holding a page break. */
export class Paragraph {
  readonly _store: TextStore;
  _heading: string = ParagraphHeading.NORMAL;
  _alignment: string = HorizontalAlignment.LEFT;
  _attributes: Record<string, unknown> = {};
  /** The element itself, not the counting proxy its methods run on. */
  readonly _self: Paragraph = this;

  constructor(
    readonly _state: DocState,
    text: string,
    readonly _parent: {
      _remove(child: BodyChild): void;
      _isLast(child: BodyChild): boolean;
      _grow(characters: number): void;
    } | null,
    readonly _pageBreak = false,
  ) {
    // Google: "New-line characters ("\n") are converted to line-break characters ("\r")".
    this._store = new TextStore(text.replace(/\n/g, '\r'));
  }

  getType(): string {
    return ElementType.PARAGRAPH;
  }

  getText(): string {
    return this._store.text;
  }

  setText(text: string): this {
    assertOpen(this._state);
    const next = str(this._state.env, text, 'text').replace(/\n/g, '\r');
    this._parent?._grow(next.length - this._store.text.length);
    this._store.set(next);
    return this;
  }

  getHeading(): string {
    return this._heading;
  }

  setHeading(heading: string): this {
    assertOpen(this._state);
    if (!HEADINGS.has(String(heading))) fail(this._state.env, 'Invalid argument: heading');
    this._heading = String(heading);
    return this;
  }

  getAlignment(): string {
    return this._alignment;
  }

  setAlignment(alignment: string): this {
    assertOpen(this._state);
    if (!ALIGNMENTS.has(String(alignment))) fail(this._state.env, 'Invalid argument: alignment');
    this._alignment = String(alignment);
    return this;
  }

  getAttributes(): Record<string, unknown> {
    return { ...this._attributes, HEADING: this._heading, HORIZONTAL_ALIGNMENT: this._alignment };
  }

  /** Google: sets the attributes given (keys are DocumentApp.Attribute names); character looks apply to the whole text. */
  setAttributes(attributes: Record<string, unknown>): this {
    assertOpen(this._state);
    for (const [key, value] of Object.entries(attributes ?? {})) {
      if (!ATTRIBUTES.has(key))
        fail(this._state.env, `Invalid argument: attributes (unknown attribute ${key})`);
      if (key === Attribute.HEADING) this.setHeading(String(value));
      else if (key === Attribute.HORIZONTAL_ALIGNMENT) this.setAlignment(String(value));
      else if (key === Attribute.BOLD) this._store.styles.forEach((style) => (style.bold = value === true));
      else if (key === Attribute.ITALIC)
        this._store.styles.forEach((style) => (style.italic = value === true));
      else if (key === Attribute.FONT_SIZE)
        this._store.styles.forEach((style) => (style.fontSize = Number(value)));
      else if (key === Attribute.FONT_FAMILY)
        this._store.styles.forEach((style) => (style.fontFamily = String(value)));
      else this._attributes[key] = value;
    }
    return this;
  }

  editAsText(): Text {
    return service(this._state.env, 'Text', new Text(this._state, () => [this._store]));
  }

  getNumChildren(): number {
    return this._pageBreak ? 1 : this._store.text === '' ? 0 : 1;
  }

  getChild(index: number): { getType(): string } {
    if (index !== 0 || this.getNumChildren() === 0)
      fail(
        this._state.env,
        'Child index (' +
          index +
          ') must be less than the number of child elements (' +
          this.getNumChildren() +
          ').',
      );
    return { getType: () => (this._pageBreak ? ElementType.PAGE_BREAK : 'TEXT') };
  }

  removeFromParent(): this {
    assertOpen(this._state);
    if (this._parent?._isLast(this._self))
      fail(this._state.env, "Can't remove the last paragraph in a document section.");
    this._parent?._grow(-this._store.text.length - 1);
    this._parent?._remove(this._self);
    return this;
  }
}

export class ListItem extends Paragraph {
  _glyph: string = GlyphType.BULLET;

  override getType(): string {
    return ElementType.LIST_ITEM;
  }

  getGlyphType(): string {
    return this._glyph;
  }

  setGlyphType(glyph: string): this {
    assertOpen(this._state);
    if (!Object.values(GlyphType).includes(glyph as never))
      fail(this._state.env, 'Invalid argument: glyphType');
    this._glyph = glyph;
    return this;
  }
}

export class TableCell {
  readonly _store: TextStore;

  constructor(
    private readonly _state: DocState,
    text: string,
  ) {
    this._store = new TextStore(text.replace(/\n/g, '\r'));
  }

  getType(): string {
    return ElementType.TABLE_CELL;
  }

  getText(): string {
    return this._store.text;
  }

  editAsText(): Text {
    return service(this._state.env, 'Text', new Text(this._state, () => [this._store]));
  }
}

export class TableRow {
  constructor(
    private readonly _state: DocState,
    readonly _cells: TableCell[],
  ) {}

  getType(): string {
    return ElementType.TABLE_ROW;
  }

  getNumCells(): number {
    return this._cells.length;
  }

  getCell(index: number): TableCell {
    const cell = this._cells[index];
    if (!cell)
      fail(
        this._state.env,
        `Child index (${index}) must be less than the number of child elements (${this._cells.length}).`,
      );
    return service(this._state.env, 'TableCell', cell);
  }

  getText(): string {
    return this._cells.map((cell) => cell.getText()).join('\n');
  }

  editAsText(): Text {
    return service(
      this._state.env,
      'Text',
      new Text(this._state, () => this._cells.map((cell) => cell._store)),
    );
  }
}

export class Table {
  readonly _rows: TableRow[];
  readonly _widths: (number | null)[];
  _attributes: Record<string, unknown> = {};

  constructor(
    private readonly _state: DocState,
    cells: string[][],
  ) {
    this._rows = cells.map(
      (row) =>
        new TableRow(
          _state,
          row.map((text) => new TableCell(_state, text)),
        ),
    );
    this._widths = new Array<number | null>(cells[0]?.length ?? 0).fill(null);
  }

  getType(): string {
    return ElementType.TABLE;
  }

  getNumRows(): number {
    return this._rows.length;
  }

  getRow(index: number): TableRow {
    const row = this._rows[index];
    if (!row)
      fail(
        this._state.env,
        `Child index (${index}) must be less than the number of child elements (${this._rows.length}).`,
      );
    return service(this._state.env, 'TableRow', row);
  }

  getCell(row: number, column: number): TableCell {
    return this.getRow(row).getCell(column);
  }

  getColumnWidth(column: number): number | null {
    return this._widths[column] ?? null;
  }

  /** Google: the width in points; an index past the last column throws. */
  setColumnWidth(column: number, width: number): this {
    assertOpen(this._state);
    if (!Number.isInteger(column) || column < 0 || column >= this._widths.length)
      fail(
        this._state.env,
        `Column index (${column}) must be less than the number of columns (${this._widths.length}).`,
      );
    if (!(typeof width === 'number' && width > 0)) fail(this._state.env, 'Invalid argument: width');
    this._widths[column] = width;
    return this;
  }

  setAttributes(attributes: Record<string, unknown>): this {
    assertOpen(this._state);
    for (const key of Object.keys(attributes ?? {}))
      if (!ATTRIBUTES.has(key))
        fail(this._state.env, `Invalid argument: attributes (unknown attribute ${key})`);
    this._attributes = { ...this._attributes, ...attributes };
    return this;
  }

  getText(): string {
    return this._rows.map((row) => row.getText()).join('\n');
  }

  editAsText(): Text {
    return service(
      this._state.env,
      'Text',
      new Text(this._state, () => this._rows.flatMap((row) => row._cells.map((cell) => cell._store))),
    );
  }
}

/** The body of a document: a new one holds one empty paragraph. */
export class Body {
  readonly _children: BodyChild[];
  readonly _margins = { top: 72, bottom: 72, left: 72, right: 72 };
  _page = { width: 612, height: 792 };
  /** Characters of the body's text, a line break between two elements counted as one. */
  _characters = 0;

  constructor(private readonly _state: DocState) {
    this._children = [new Paragraph(_state, '', this)];
  }

  /** Refuses an edit that would take the document past its 1 020 000 characters. */
  _grow(characters: number): void {
    if (this._characters + characters > MAX_DOCUMENT_CHARACTERS)
      fail(
        this._state.env,
        `Document ${this._state.id} cannot hold more than ${MAX_DOCUMENT_CHARACTERS} characters.`,
      );
    this._characters += characters;
  }

  private _append<T extends BodyChild>(child: T): T {
    this._grow(child.getText().length + 1);
    this._children.push(child);
    return child;
  }

  _remove(child: BodyChild): void {
    this._children.splice(this._children.indexOf(child), 1);
  }

  /** The body ends with a paragraph that cannot be removed (a page break sits in a paragraph too). */
  _isLast(child: BodyChild): boolean {
    return this._children[this._children.length - 1] === child;
  }

  private _wrap(child: BodyChild): BodyChild {
    const name = child instanceof Table ? 'Table' : child instanceof ListItem ? 'ListItem' : 'Paragraph';
    return service(this._state.env, name, child);
  }

  getType(): string {
    return ElementType.BODY_SECTION;
  }

  getNumChildren(): number {
    return this._children.length;
  }

  getChild(index: number): BodyChild {
    const child = this._children[index];
    if (!child)
      fail(
        this._state.env,
        `Child index (${index}) must be less than the number of child elements (${this._children.length}).`,
      );
    return this._wrap(child);
  }

  getParagraphs(): Paragraph[] {
    return this._children
      .filter((child): child is Paragraph => child instanceof Paragraph)
      .map((child) => this._wrap(child) as Paragraph);
  }

  getTables(): Table[] {
    return this._children
      .filter((child): child is Table => child instanceof Table)
      .map((child) => this._wrap(child) as Table);
  }

  appendParagraph(text: string): Paragraph {
    assertOpen(this._state);
    const paragraph = this._append(new Paragraph(this._state, str(this._state.env, text, 'text'), this));
    return this._wrap(paragraph) as Paragraph;
  }

  appendListItem(text: string): ListItem {
    assertOpen(this._state);
    const item = this._append(new ListItem(this._state, str(this._state.env, text, 'text'), this));
    return this._wrap(item) as ListItem;
  }

  /** Google: one TableCell per string; every row must be an array of strings, all rows equally long. */
  appendTable(cells?: unknown): Table {
    assertOpen(this._state);
    const rows = cells === undefined ? [['']] : cells;
    if (
      !Array.isArray(rows) ||
      rows.length === 0 ||
      !rows.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'))
    )
      fail(this._state.env, 'Invalid argument: cells');
    const width = (rows[0] as string[]).length;
    if (width === 0 || rows.some((row) => (row as string[]).length !== width))
      fail(this._state.env, 'Invalid argument: cells');
    const table = this._append(new Table(this._state, rows as string[][]));
    return this._wrap(table) as Table;
  }

  /** Google: the page break goes into a new paragraph appended to the body. */
  appendPageBreak(): { getType(): string } {
    assertOpen(this._state);
    this._append(new Paragraph(this._state, '', this, true));
    return { getType: () => ElementType.PAGE_BREAK };
  }

  /**
   * Google: «Clears the contents of the element»; a body always ends with a paragraph, so what is
   * left is one empty paragraph, as in a new document. Page size and margins stay.
   */
  clear(): this {
    assertOpen(this._state);
    this._children.splice(0, this._children.length, new Paragraph(this._state, '', this));
    this._characters = 0;
    return this;
  }

  getText(): string {
    return this._children.map((child) => child.getText()).join('\n');
  }

  editAsText(): Text {
    return service(
      this._state.env,
      'Text',
      new Text(this._state, () =>
        this._children.flatMap((child) =>
          child instanceof Table
            ? child._rows.flatMap((row) => row._cells.map((cell) => cell._store))
            : [child._store],
        ),
      ),
    );
  }

  private _setNumber(value: unknown, apply: (n: number) => void): this {
    assertOpen(this._state);
    if (typeof value !== 'number' || !(value >= 0)) fail(this._state.env, 'Invalid argument');
    apply(value);
    return this;
  }

  setMarginTop(points: number): this {
    return this._setNumber(points, (n) => (this._margins.top = n));
  }

  setMarginBottom(points: number): this {
    return this._setNumber(points, (n) => (this._margins.bottom = n));
  }

  setMarginLeft(points: number): this {
    return this._setNumber(points, (n) => (this._margins.left = n));
  }

  setMarginRight(points: number): this {
    return this._setNumber(points, (n) => (this._margins.right = n));
  }

  setPageWidth(points: number): this {
    return this._setNumber(points, (n) => (this._page = { ...this._page, width: n }));
  }

  setPageHeight(points: number): this {
    return this._setNumber(points, (n) => (this._page = { ...this._page, height: n }));
  }

  getMarginLeft(): number {
    return this._margins.left;
  }

  getPageWidth(): number {
    return this._page.width;
  }
}

export class Document {
  /** Replaced with a converted document's when Drive imports new content into this one (drive.ts). */
  _state: DocState;
  _body: Body;
  /** Moved to the Trash by the person (drive.ts): nothing changes for a script, it still opens. */
  _trashed = false;
  /** The footer a .docx brought (docx-import.ts): its text and whether it numbers the pages. */
  _footer: { readonly text: string; readonly pageNumbers: boolean } | null = null;
  /** Drive's appProperties of the file: private to the app that set them (drive.ts). */
  _appProperties: Record<string, string> = {};

  constructor(
    env: Env,
    private _name: string,
    private readonly _id: string,
  ) {
    this._state = { env, id: _id, closed: false };
    this._body = new Body(this._state);
  }

  getId(): string {
    return this._id;
  }

  getName(): string {
    return this._name;
  }

  setName(name: string): this {
    assertOpen(this._state);
    this._name = str(this._state.env, name, 'name');
    return this;
  }

  getUrl(): string {
    return `https://docs.google.com/open?id=${this._id}`;
  }

  getBody(): Body {
    assertOpen(this._state);
    return service(this._state.env, 'Body', this._body);
  }

  /** Google: saves, and the document cannot be edited afterwards (openById reopens it). */
  saveAndClose(): void {
    this._state.closed = true;
  }

  _isClosed(): boolean {
    return this._state.closed;
  }
}

export interface DocumentStore {
  readonly documents: Document[];
}

export function newDocumentStore(): DocumentStore {
  return { documents: [] };
}

/** The day's quota of created documents DocumentApp.create shares with Drive's conversions (drive.ts). */
interface CreatedQuota {
  documentsCreated: number;
  readonly documentsCreatedPerDay: number;
}

export function createDocumentApp(env: Env, store: DocumentStore, quota?: CreatedQuota) {
  let next = 1;
  return service(env, 'DocumentApp', {
    ParagraphHeading,
    HorizontalAlignment,
    Attribute,
    GlyphType,
    ElementType,
    create(name: unknown): Document {
      requireScope(env, 'DocumentApp.create', DOCUMENTS_SCOPE);
      if (quota && quota.documentsCreated >= quota.documentsCreatedPerDay)
        fail(env, 'Service invoked too many times for one day: docs create.');
      if (quota) quota.documentsCreated++;
      const id = `1docEmulated${String(next++).padStart(6, '0')}`;
      const document = new Document(env, str(env, name, 'name'), id);
      store.documents.push(document);
      return service(env, 'Document', document);
    },
    openById(id: unknown): Document {
      requireScope(env, 'DocumentApp.openById', DOCUMENTS_SCOPE);
      const found = store.documents.find((document) => document.getId() === id);
      if (!found)
        fail(
          env,
          `Document ${String(id)} is missing (perhaps it was deleted, or you don't have read access?)`,
        );
      found._state.closed = false;
      return service(env, 'Document', found);
    },
  });
}
