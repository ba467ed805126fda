/**
 * The tab name of a worksheet part (`xl/worksheets/sheet3.xml` → «Показатели»), found through
 * xl/workbook.xml and its relationships: for a message about a book refused before exceljs has parsed
 * a thing. Read with plain patterns, as a message needs no more; a book too odd to say gives null.
 */
import type { ZipEntry } from './zip-entries';

/** More than the workbook part and its relationships of thousands of sheets take. */
const PART_LIMIT = 16 * 1024 * 1024;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity] ?? whole;
  });
}

/** The start tags `<name …>` (with any namespace prefix) in `xml`; a value in quotes may hold a `>`. */
function startTags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'g'))].map(
    ([tag]) => tag,
  );
}

/** The value of the attribute `name` (with any namespace prefix when `prefixed`) of one start tag. */
function attribute(tag: string, name: string, prefixed = false): string | null {
  const pattern = new RegExp(`\\s${prefixed ? '[\\w.-]+:' : ''}${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const match = pattern.exec(tag);
  return match === null ? null : unescapeXml(match[1] ?? match[2]);
}

function partText(entries: readonly ZipEntry[], name: string): string {
  const entry = entries.find((e) => e.name.replace(/^\//, '') === name);
  return entry === undefined ? '' : entry.bytes(PART_LIMIT).toString('utf8');
}

/** A workbook relationship's target as a part name: relative to xl/, or absolute from the zip's root. */
function partOfTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

export function sheetNameOfPart(entries: readonly ZipEntry[], part: string): string | null {
  try {
    const relationships = partText(entries, 'xl/_rels/workbook.xml.rels');
    const relationship = startTags(relationships, 'Relationship').find(
      (tag) => partOfTarget(attribute(tag, 'Target') ?? '') === part,
    );
    const id = relationship === undefined ? null : attribute(relationship, 'Id');
    if (id === null) return null;
    const workbook = partText(entries, 'xl/workbook.xml');
    const sheet = startTags(workbook, 'sheet').find((tag) => attribute(tag, 'id', true) === id);
    return sheet === undefined ? null : attribute(sheet, 'name');
  } catch {
    // A part too broken or too large to inflate: the message goes without the sheet's name.
    return null;
  }
}
