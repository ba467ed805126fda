/**
 * The parts of an .xlsx, inflated only within the limits of xlsx-limits.ts, so that a zip bomb or a
 * sheet of a million rows is refused in bounded memory before anything is parsed. The sizes the zip
 * declares are checked first; they can lie, so each inflation is also capped at what the limit leaves,
 * and each worksheet's rows and cells are counted in its XML before a parser sees it.
 */
import type { XlsxLimits } from './xlsx-limits';
import { XlsxOpenError } from './xlsx-open-error';
import { sheetNameOfPart } from './xlsx-sheet-names';
import { zipEntries, type ZipEntry } from './zip-entries';

/** The parts exceljs parses as worksheets: the same unanchored pattern as its `load` (lib/xlsx/xlsx.js). */
export const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

export interface BookPart {
  /** The part's name without a leading slash, as exceljs names it. */
  readonly name: string;
  /** Its bytes, counted against the book's limits at every call; an XlsxOpenError past one. */
  bytes(): Buffer;
}

const ROW_TAG = Buffer.from('<row', 'latin1');
const CELL_TAG = Buffer.from('<c', 'latin1');
/** What may follow an element's name in its start tag: white space, `>` or `/`. */
const AFTER_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

/**
 * Start tags `<tag …>` in `xml`, counted up to `max + 1` at most. `<row` also begins `<rowBreaks`, `<c`
 * begins `<col`, `<cfRule`: the byte after the name tells them apart.
 */
export function countTags(xml: Buffer, tag: Buffer, max: number): number {
  let count = 0;
  for (let at = xml.indexOf(tag); at !== -1 && count <= max; at = xml.indexOf(tag, at + tag.length)) {
    if (AFTER_NAME.has(xml[at + tag.length])) count++;
  }
  return count;
}

export function boundedParts(bytes: Uint8Array, limits: XlsxLimits): BookPart[] {
  const entries = zipEntries(bytes);
  const declared = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  const max = limits.unpackedBytes;
  if (declared > max) throw new XlsxOpenError('over-limit', { limit: 'unpackedBytes', max, declared });
  let unpacked = 0;
  let rows = 0;
  let cells = 0;

  const inflate = (entry: ZipEntry): Buffer => {
    try {
      return entry.bytes(max - unpacked);
    } catch (error) {
      if (error instanceof RangeError)
        throw new XlsxOpenError('over-limit', { limit: 'unpackedBytes', max, declared: null });
      throw error;
    }
  };
  const countSheet = (name: string, xml: Buffer): void => {
    rows += countTags(xml, ROW_TAG, limits.rows - rows);
    if (rows <= limits.rows) cells += countTags(xml, CELL_TAG, limits.cells - cells);
    const limit = rows > limits.rows ? 'rows' : cells > limits.cells ? 'cells' : null;
    if (limit !== null)
      throw new XlsxOpenError('over-limit', {
        limit,
        max: limits[limit],
        sheet: sheetNameOfPart(entries, name),
      });
  };

  return entries
    .filter((entry) => !entry.name.endsWith('/'))
    .map((entry) => {
      const name = entry.name.replace(/^\//, '');
      const read = (): Buffer => {
        const part = inflate(entry);
        unpacked += part.length;
        if (WORKSHEET_PART.test(name)) countSheet(name, part);
        return part;
      };
      return { name, bytes: read };
    });
}
