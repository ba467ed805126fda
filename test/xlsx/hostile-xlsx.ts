/**
 * Hostile .xlsx files made in memory for the tests and the benchmark (none is committed): a zip bomb
 * whose one sheet unpacks to gigabytes from a few megabytes, the same with a declared size that lies,
 * and a sheet of a million rows. A hand-written zip writer, since these are what no honest writer
 * makes: a bomb's sheet is deflated piece by piece, each piece one deflate block ending on a byte
 * (a sync flush), so the same compressed piece repeated N times inflates to the piece N times.
 */
import { crc32, constants, deflateRawSync } from 'node:zlib';
import { a1 } from '../../src/core/sheet/a1';

/** One file of the zip: its compressed bytes, its real size and CRC, and the size its headers declare. */
export interface ZipPart {
  readonly name: string;
  readonly deflated: Buffer;
  readonly size: number;
  readonly crc: number;
  readonly declaredSize?: number;
}

export function deflatedPart(name: string, text: string): ZipPart {
  const bytes = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

function localHeader(part: ZipPart, name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6); // UTF-8 names
  header.writeUInt16LE(8, 8); // deflated
  header.writeUInt32LE(part.crc >>> 0, 14);
  header.writeUInt32LE(part.deflated.length, 18);
  header.writeUInt32LE(part.declaredSize ?? part.size, 22);
  header.writeUInt16LE(name.length, 26);
  return header;
}

function directoryEntry(part: ZipPart, name: Buffer, offset: number): Buffer {
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(20, 4);
  entry.writeUInt16LE(20, 6);
  entry.writeUInt16LE(0x0800, 8);
  entry.writeUInt16LE(8, 10);
  entry.writeUInt32LE(part.crc >>> 0, 16);
  entry.writeUInt32LE(part.deflated.length, 20);
  entry.writeUInt32LE(part.declaredSize ?? part.size, 24);
  entry.writeUInt16LE(name.length, 28);
  entry.writeUInt32LE(offset, 42);
  return entry;
}

export function zipFile(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    directory.push(directoryEntry(part, name, offset), name);
    const header = localHeader(part, name);
    chunks.push(header, name, part.deflated);
    offset += header.length + name.length + part.deflated.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directoryBytes, end]);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The parts of a book besides its sheets (sheet1.xml, sheet2.xml, …), as Excel names them. */
function bookParts(sheetNames: readonly string[]): ZipPart[] {
  const numbers = sheetNames.map((_, i) => i + 1);
  return [
    deflatedPart(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        numbers
          .map(
            (n) =>
              `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    deflatedPart(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    deflatedPart(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        sheetNames
          .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('') +
        '</sheets></workbook>',
    ),
    deflatedPart(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        numbers
          .map(
            (n) =>
              `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`,
          )
          .join('') +
        '</Relationships>',
    ),
  ];
}

export interface HostileSheet {
  readonly name: string;
  /** The XML of the sheet's rows, written between its head and tail. */
  readonly rows: string;
}

/** A book of these sheets, each sheet's XML its rows between the head and tail Excel writes. */
export function sheetsBook(sheets: readonly HostileSheet[]): Buffer {
  return zipFile([
    ...bookParts(sheets.map((sheet) => sheet.name)),
    ...sheets.map((sheet, i) =>
      deflatedPart(`xl/worksheets/sheet${i + 1}.xml`, SHEET_HEAD + sheet.rows + SHEET_TAIL),
    ),
  ]);
}

/** `count` rows of `columns` numbers each, addressed as Excel writes them (`<row r="7">`, `<c r="B7">`). */
export function numberRows(count: number, columns = 1): string {
  const rows: string[] = [];
  for (let row = 1; row <= count; row++) {
    let cells = '';
    for (let column = 1; column <= columns; column++) cells += `<c r="${a1(row, column)}"><v>${row}</v></c>`;
    rows.push(`<row r="${row}">${cells}</row>`);
  }
  return rows.join('');
}

/** Deflated so that it can be followed by more deflated data (a sync flush, not the final block). */
const openDeflate = (bytes: Buffer): Buffer => deflateRawSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });

export interface BombOptions {
  /** Bytes the sheet unpacks to, at least (rounded up to whole pieces of 1 MiB). */
  readonly unpacked: number;
  /** The size the zip's headers declare for the sheet instead of its real size (a bomb that lies). */
  readonly declaredSize?: number;
}

/**
 * A book of one sheet «Бомба» whose XML is the same row and spaces repeated until it is `unpacked`
 * bytes: about 1/850 of that in the file.
 */
export function zipBomb({ unpacked, declaredSize }: BombOptions): Buffer {
  // A row and then spaces (XML allows them between rows): long runs are what deflate shrinks most.
  const row = '<row r="1"><c r="A1"><v>1</v></c></row>';
  const piece = Buffer.from((row + ' '.repeat(16384 - row.length)).repeat(64), 'utf8');
  const pieces = Math.ceil(unpacked / piece.length);
  const head = Buffer.from(SHEET_HEAD, 'utf8');
  const tail = Buffer.from(SHEET_TAIL, 'utf8');
  const deflatedPiece = openDeflate(piece);
  const deflated = Buffer.concat([
    openDeflate(head),
    ...Array.from({ length: pieces }, () => deflatedPiece),
    deflateRawSync(tail),
  ]);
  let crc = crc32(head);
  for (let i = 0; i < pieces; i++) crc = crc32(piece, crc);
  crc = crc32(tail, crc);
  const size = head.length + pieces * piece.length + tail.length;
  const sheet: ZipPart = { name: 'xl/worksheets/sheet1.xml', deflated, size, crc, declaredSize };
  return zipFile([...bookParts(['Бомба']), sheet]);
}
