/**
 * The files inside a zip (an .xlsx is one), read from its central directory and inflated by Node's
 * own zlib. exceljs unzips with pure-JavaScript JSZip and pako, which on a 300-school book costs
 * several times what zlib does; a read-only run has no other use for JSZip.
 * Node's zlib and Buffer are the room's last Node dependency: a browser would inflate with
 * DecompressionStream('deflate-raw') instead.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** The uncompressed size the central directory declares: a claim, which the data may belie. */
  readonly declaredSize: number;
  /** The part's bytes; a RangeError as soon as they would be longer than `limit`, before more is inflated. */
  bytes(limit: number): Buffer;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** The end record is 22 bytes and may be followed by a comment of up to 65 535 bytes. */
const END_SEARCH = 22 + 0xffff;

function endOfDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - END_SEARCH); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new Error('not a zip: no end of central directory');
}

function entryAt(zip: Buffer, at: number): { entry: ZipEntry; next: number } {
  if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('broken zip: bad central directory');
  const method = zip.readUInt16LE(at + 10);
  const compressedSize = zip.readUInt32LE(at + 20);
  const declaredSize = zip.readUInt32LE(at + 24);
  const nameLength = zip.readUInt16LE(at + 28);
  const extraLength = zip.readUInt16LE(at + 30);
  const commentLength = zip.readUInt16LE(at + 32);
  const localHeader = zip.readUInt32LE(at + 42);
  const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
  if (zip.readUInt32LE(localHeader) !== LOCAL_HEADER)
    throw new Error(`broken zip: no local header for ${name}`);
  // The local header's own name and extra field lengths may differ from the directory's.
  const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
  const data = zip.subarray(start, start + compressedSize);
  if (method !== STORED && method !== DEFLATED)
    throw new Error(`unsupported zip method ${method} for ${name}`);
  const bytes = (limit: number): Buffer => {
    // zlib stops inflating at maxOutputLength (at least 1) and throws a RangeError, whatever the headers declared.
    const out = method === DEFLATED ? inflateRawSync(data, { maxOutputLength: Math.max(1, limit) }) : data;
    if (out.length > limit) throw new RangeError(`${name} is longer than ${limit} bytes`);
    return out;
  };
  return { entry: { name, declaredSize, bytes }, next: at + 46 + nameLength + extraLength + commentLength };
}

export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const zip = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    const { entry, next } = entryAt(zip, at);
    entries.push(entry);
    at = next;
  }
  return entries;
}
