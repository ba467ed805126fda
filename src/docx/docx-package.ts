/**
 * The .docx of a document model as bytes, at once and with the language alone, for Apps Script
 * (docs/decisions.md#documents-through-drive): its V8 has no TextEncoder, no setTimeout and no Node
 * Buffer, and docx's Packer encodes its parts with TextEncoder and hands the bytes over through a
 * Promise. The parts here are docx's own — the XML the command line's .docx holds, from the same
 * docxDocument() — put into a zip without compression («stored», the ZIP format's method 0, which
 * every reader of a .docx takes), so the document Google converts is the one the command line writes.
 */
import { Packer, type Document } from 'docx';
import { docxDocument } from './docx-document';
import type { DocModel } from '../core/documents/doc-model';

/** docx's compiler: the package's parts by their paths, in the order docx zips them. */
interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly never[]): Map<string, string | Uint8Array>;
}

/** The parts of a model's .docx, by their paths: the XML as text, anything else as bytes. */
export function docxParts(model: DocModel): Map<string, string | Uint8Array> {
  // Packer keeps its compiler in a static field that docx's typings mark private; its compile() is
  // what Packer.pack zips, synchronously.
  const compiler = (Packer as unknown as { compiler: DocxCompiler }).compiler;
  return compiler.compile(docxDocument(model), undefined, []);
}

/** UTF-8 of a string, as TextEncoder would give it (a lone surrogate becomes U+FFFD). */
export function utf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out[at++] = code;
    else if (code < 0x800) {
      out[at++] = 0xc0 | (code >> 6);
      out[at++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      out[at++] = 0xe0 | (code >> 12);
      out[at++] = 0x80 | ((code >> 6) & 0x3f);
      out[at++] = 0x80 | (code & 0x3f);
    } else {
      out[at++] = 0xf0 | (code >> 18);
      out[at++] = 0x80 | ((code >> 12) & 0x3f);
      out[at++] = 0x80 | ((code >> 6) & 0x3f);
      out[at++] = 0x80 | (code & 0x3f);
    }
  }
  return out.slice(0, at);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Little-endian fields of a zip header. */
class Writer {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  fields(...values: readonly (readonly [number, 2 | 4])[]): void {
    const bytes = new Uint8Array(values.reduce((sum, [, size]) => sum + size, 0));
    let at = 0;
    for (const [value, size] of values)
      for (let i = 0; i < size; i++) bytes[at++] = (value >>> (8 * i)) & 0xff;
    this.bytes(bytes);
  }

  bytes(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** 1 January 1980, the earliest date a zip entry can carry: the bytes do not change from run to run. */
const DOS_DATE = (1 << 5) | 1;

/** A zip of the files, stored (method 0), in the order given (ZIP File Format Specification 6.3). */
export function storedZip(files: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
  const zip = new Writer();
  const central = new Writer();
  for (const [path, data] of files) {
    const name = utf8(path);
    const bytes = typeof data === 'string' ? utf8(data) : data;
    const crc = crc32(bytes);
    const offset = zip.length;
    const common = [
      [20, 2],
      [0, 2],
      [0, 2],
      [0, 2],
      [DOS_DATE, 2],
      [crc, 4],
      [bytes.length, 4],
      [bytes.length, 4],
      [name.length, 2],
      [0, 2],
    ] as const;
    zip.fields([0x04034b50, 4], ...common);
    zip.bytes(name);
    zip.bytes(bytes);
    central.fields([0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]);
    central.bytes(name);
  }
  const centralOffset = zip.length;
  const centralBytes = central.result();
  zip.bytes(centralBytes);
  zip.fields(
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [files.size, 2],
    [files.size, 2],
    [centralBytes.length, 4],
    [centralOffset, 4],
    [0, 2],
  );
  return zip.result();
}

/** The .docx bytes of a model, synchronously: what Apps Script hands to Drive to convert. */
export function docxPackage(model: DocModel): Uint8Array {
  return storedZip(docxParts(model));
}
