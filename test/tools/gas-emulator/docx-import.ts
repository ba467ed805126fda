/**
 * What Drive makes of a .docx it imports into a Google Doc, as far as a test can see it through the
 * emulator's Document (document-app.ts): the body's paragraphs, headings, alignment, bold and
 * italic runs, list items, tables with their column widths, page breaks, the page's size and
 * margins, and the footer — its text and whether it holds a page number (Word's PAGE field, which
 * Google Docs keeps as its own page number; DocumentApp itself can put none there).
 *
 * The limit of a Google Doc holds for an import as for an edit: «Documents: up to 1.02 million
 * characters» (https://support.google.com/drive/answer/37603); a .docx whose text would pass it is
 * refused and no document is made. Google does not publish the message of that refusal; the
 * emulator's is its own wording.
 *
 * The .docx is read as Word and Google read it: a zip (stored or deflated), word/document.xml,
 * its relationships and the footer parts it references. Anything else in WordprocessingML is
 * left out, which only ever makes the emulator's document poorer than Google's.
 */
import { inflateRawSync } from 'node:zlib';
import {
  Body,
  Document,
  HorizontalAlignment,
  MAX_DOCUMENT_CHARACTERS,
  ParagraphHeading,
} from './document-app';
import { fail, type Env } from './env';

/** The files of a zip by their paths. */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('broken zip directory');
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const data = bytes.subarray(local, local + size);
    files.set(name, method === 0 ? data.slice() : new Uint8Array(inflateRawSync(data)));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly attributes: Record<string, string>;
}

type Token = Tag | { readonly text: string };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity] ?? whole;
  });
}

function* tokens(xml: string): Generator<Token> {
  const pattern = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|<\?[^>]*\?>|([^<]+)/g;
  for (const match of xml.matchAll(pattern)) {
    if (match[5] !== undefined) yield { text: decode(match[5]) };
    else if (match[2] !== undefined) {
      const attributes: Record<string, string> = {};
      for (const attribute of (match[3] ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g))
        attributes[attribute[1]] = decode(attribute[2]);
      yield { name: match[2], closing: match[1] === '/', selfClosing: match[4] === '/', attributes };
    }
  }
}

interface RunText {
  text: string;
  bold: boolean;
  italic: boolean;
}

interface ParagraphState {
  runs: RunText[];
  style: string | null;
  align: string | null;
  list: boolean;
  pageBreak: boolean;
}

const HEADINGS: Record<string, string> = {
  Title: ParagraphHeading.TITLE,
  Subtitle: ParagraphHeading.SUBTITLE,
  Heading1: ParagraphHeading.HEADING1,
  Heading2: ParagraphHeading.HEADING2,
  Heading3: ParagraphHeading.HEADING3,
  Heading4: ParagraphHeading.HEADING4,
  Heading5: ParagraphHeading.HEADING5,
  Heading6: ParagraphHeading.HEADING6,
};

const ALIGNMENTS: Record<string, string> = {
  left: HorizontalAlignment.LEFT,
  start: HorizontalAlignment.LEFT,
  center: HorizontalAlignment.CENTER,
  right: HorizontalAlignment.RIGHT,
  end: HorizontalAlignment.RIGHT,
  both: HorizontalAlignment.JUSTIFY,
};

const on = (tag: Tag): boolean => !['false', '0', 'off'].includes(tag.attributes['w:val'] ?? 'true');
const twipsToPoints = (value: string | undefined): number | null =>
  value === undefined ? null : Number(value) / 20;

function paragraphText(paragraph: ParagraphState): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** Puts one paragraph of the .docx into the body, with its looks. */
function appendParagraph(body: Body, paragraph: ParagraphState): void {
  const text = paragraphText(paragraph);
  if (paragraph.pageBreak && text === '') {
    body.appendPageBreak();
    return;
  }
  const target = (paragraph.list ? body.appendListItem(text) : body.appendParagraph(text))._self;
  const heading = paragraph.style === null ? undefined : HEADINGS[paragraph.style];
  if (heading !== undefined) target.setHeading(heading);
  const align = paragraph.align === null ? undefined : ALIGNMENTS[paragraph.align];
  if (align !== undefined) target.setAlignment(align);
  styleRuns(target._store.styles, paragraph.runs);
  if (paragraph.pageBreak) body.appendPageBreak();
}

/** Bold and italic of each character, from the runs that make up the text. */
function styleRuns(styles: { bold: boolean; italic: boolean }[], runs: readonly RunText[]): void {
  let offset = 0;
  for (const run of runs) {
    for (let i = 0; i < run.text.length; i++) {
      const style = styles[offset + i];
      if (style) {
        style.bold = run.bold;
        style.italic = run.italic;
      }
    }
    offset += run.text.length;
  }
}

/** A cell's runs, a line break standing between two of its paragraphs. */
function cellRuns(paragraph: ParagraphState, index: number): RunText[] {
  return index === 0 ? paragraph.runs : [{ text: '\n', bold: false, italic: false }, ...paragraph.runs];
}

function emptyParagraph(): ParagraphState {
  return { runs: [], style: null, align: null, list: false, pageBreak: false };
}

interface Parsed {
  readonly body: Body;
  readonly footerIds: string[];
  readonly page: { width: number | null; height: number | null };
  readonly margins: Record<'top' | 'bottom' | 'left' | 'right', number | null>;
}

/** Walks WordprocessingML's paragraphs and tables into `body`. */
function parseDocument(xml: string, body: Body): Parsed {
  const parsed: Parsed = {
    body,
    footerIds: [],
    page: { width: null, height: null },
    margins: { top: null, bottom: null, left: null, right: null },
  };
  let paragraph: ParagraphState | null = null;
  let run: RunText | null = null;
  let inText = false;
  let table: { rows: ParagraphState[][][]; grid: number[] } | null = null;
  let cell: ParagraphState[] | null = null;
  for (const token of tokens(xml)) {
    if ('text' in token) {
      if (inText && run !== null) run.text += token.text;
      continue;
    }
    const { name, closing, selfClosing, attributes } = token;
    if (closing) {
      if (name === 'w:t') inText = false;
      else if (name === 'w:r' && paragraph !== null && run !== null) {
        paragraph.runs.push(run);
        run = null;
      } else if (name === 'w:p' && paragraph !== null) {
        if (cell !== null) cell.push(paragraph);
        else appendParagraph(body, paragraph);
        paragraph = null;
      } else if (name === 'w:tc' && table !== null && cell !== null) {
        table.rows[table.rows.length - 1].push(cell);
        cell = null;
      } else if (name === 'w:tbl' && table !== null) {
        const appended = body.appendTable(
          table.rows.map((row) => row.map((paragraphs) => paragraphs.map(paragraphText).join('\n'))),
        );
        appended._rows.forEach((row, r) =>
          row._cells.forEach((cellOf, c) =>
            styleRuns(cellOf._store.styles, table!.rows[r][c].flatMap(cellRuns)),
          ),
        );
        const total = table.grid.reduce((sum, width) => sum + width, 0);
        if (table.grid.length === appended._widths.length && total > 0)
          table.grid.forEach((width, i) => (appended._widths[i] = width / 20));
        table = null;
      }
      continue;
    }
    switch (name) {
      case 'w:p':
        if (!selfClosing) paragraph = { runs: [], style: null, align: null, list: false, pageBreak: false };
        else if (cell !== null) cell.push(emptyParagraph());
        else appendParagraph(body, emptyParagraph());
        break;
      case 'w:pStyle':
        if (paragraph !== null) paragraph.style = attributes['w:val'] ?? null;
        break;
      case 'w:jc':
        if (paragraph !== null && run === null) paragraph.align = attributes['w:val'] ?? null;
        break;
      case 'w:numPr':
        if (paragraph !== null) paragraph.list = true;
        break;
      case 'w:r':
        if (!selfClosing) run = { text: '', bold: false, italic: false };
        break;
      case 'w:b':
        if (run !== null) run.bold = on(token);
        break;
      case 'w:i':
        if (run !== null) run.italic = on(token);
        break;
      case 'w:t':
        inText = !selfClosing;
        break;
      case 'w:tab':
        if (run !== null) run.text += '\t';
        break;
      case 'w:br':
        if (attributes['w:type'] === 'page') {
          if (paragraph !== null) paragraph.pageBreak = true;
        } else if (run !== null) run.text += '\n';
        break;
      case 'w:tbl':
        table = { rows: [], grid: [] };
        break;
      case 'w:gridCol':
        table?.grid.push(Number(attributes['w:w'] ?? 0));
        break;
      case 'w:tr':
        table?.rows.push([]);
        break;
      case 'w:tc':
        cell = [];
        break;
      case 'w:pgSz':
        parsed.page.width = twipsToPoints(attributes['w:w']);
        parsed.page.height = twipsToPoints(attributes['w:h']);
        break;
      case 'w:pgMar':
        for (const side of ['top', 'bottom', 'left', 'right'] as const)
          parsed.margins[side] = twipsToPoints(attributes[`w:${side}`]);
        break;
      case 'w:footerReference':
        if (attributes['r:id'] !== undefined) parsed.footerIds.push(attributes['r:id']);
        break;
    }
  }
  return parsed;
}

/** A footer part: its text, and whether a PAGE field numbers the pages in it. */
function parseFooter(xml: string): { text: string; pageNumbers: boolean } {
  let text = '';
  let inText = false;
  let instruction = false;
  let pageNumbers = false;
  for (const token of tokens(xml)) {
    if ('text' in token) {
      if (inText) text += token.text;
      if (instruction && /^\s*PAGE\b/.test(token.text)) pageNumbers = true;
      continue;
    }
    if (token.name === 'w:t') inText = !token.closing && !token.selfClosing;
    if (token.name === 'w:instrText') instruction = !token.closing && !token.selfClosing;
    if (token.name === 'w:fldSimple' && /^\s*PAGE\b/.test(token.attributes['w:instr'] ?? ''))
      pageNumbers = true;
  }
  return { text, pageNumbers };
}

function relationships(xml: string | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  if (xml === undefined) return targets;
  for (const token of tokens(xml))
    if ('name' in token && token.name === 'Relationship')
      targets.set(token.attributes.Id, token.attributes.Target);
  return targets;
}

/**
 * A new Google Doc of id `id` and name `name` from the .docx, or Drive's refusal (`call` names the
 * API method in the message): a file that is no .docx, or text past a Google Doc's limit.
 */
export function importDocx(
  env: Env,
  call: string,
  file: { id: string; name: string; docx: Uint8Array },
): Document {
  const text = (parts: Map<string, Uint8Array>, path: string) => {
    const data = parts.get(path);
    return data === undefined ? undefined : new TextDecoder().decode(data);
  };
  let parts: Map<string, Uint8Array>;
  try {
    parts = unzip(file.docx);
  } catch {
    return fail(env, `API call to ${call} failed with error: Bad Request`, 'GoogleJsonResponseException');
  }
  const xml = text(parts, 'word/document.xml');
  if (xml === undefined)
    fail(env, `API call to ${call} failed with error: Bad Request`, 'GoogleJsonResponseException');
  const document = new Document(env, file.name, file.id);
  let parsed: Parsed;
  try {
    parsed = parseDocument(xml, document._body);
  } catch (error) {
    if (error instanceof Error && /cannot hold more than/.test(error.message))
      fail(
        env,
        `API call to ${call} failed with error: the document would pass ${MAX_DOCUMENT_CHARACTERS} characters (emulator's wording)`,
        'GoogleJsonResponseException',
      );
    throw error;
  }
  const body = document._body;
  // A converted document starts with the .docx's first paragraph, not with a new body's empty one.
  if (body._children.length > 1) body._children.splice(0, 1);
  if (parsed.page.width !== null && parsed.page.height !== null)
    body._page = { width: parsed.page.width, height: parsed.page.height };
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const margin = parsed.margins[side];
    if (margin !== null) body._margins[side] = margin;
  }
  const rels = relationships(text(parts, 'word/_rels/document.xml.rels'));
  const footerPath = parsed.footerIds.map((id) => rels.get(id)).find((target) => target !== undefined);
  const footerXml =
    footerPath === undefined ? undefined : text(parts, `word/${footerPath.replace(/^\/?word\//, '')}`);
  document._footer = footerXml === undefined ? null : parseFooter(footerXml);
  return document;
}
