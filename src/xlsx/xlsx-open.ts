/**
 * Opens the bytes of a user's .xlsx, naming every way they can fail to be one (a text file, an old
 * .xls, a password, a broken zip, a book without sheets, a book over the limits of xlsx-limits.ts) as
 * an XlsxOpenError instead of a stack trace.
 */
import ExcelJS from 'exceljs';
import { loadBookModel, type BookModel } from './xlsx-book-model';
import { boundedParts } from './xlsx-bounded-parts';
import { XLSX_LIMITS, type XlsxLimits } from './xlsx-limits';
import { isXlsxOpenError, XlsxOpenError, type XlsxOpenProblem } from './xlsx-open-error';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const utf16 = (text: string): Uint8Array =>
  Uint8Array.from([...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]));

/** Compound File Binary: the container of .xls files and of password-encrypted .xlsx files. */
const CFB_MAGIC = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
/** A zip's local file header or, for an empty zip, its end-of-central-directory record. */
const ZIP_MAGICS = [Uint8Array.of(0x50, 0x4b, 0x03, 0x04), Uint8Array.of(0x50, 0x4b, 0x05, 0x06)];
/** Encrypted Office files keep their key data in a CFB stream of this name (UTF-16LE). */
const ENCRYPTION_STREAM = utf16('EncryptionInfo');
const WORKBOOK_PART = ascii('xl/workbook.xml');

function startsWith(bytes: Uint8Array, magic: Uint8Array): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

/** Whether `part` occurs anywhere in `bytes` (looked for only in files that failed already). */
function contains(bytes: Uint8Array, part: Uint8Array): boolean {
  const last = bytes.length - part.length;
  for (let at = bytes.indexOf(part[0]); at !== -1 && at <= last; at = bytes.indexOf(part[0], at + 1)) {
    let i = 1;
    while (i < part.length && bytes[at + i] === part[i]) i++;
    if (i === part.length) return true;
  }
  return false;
}

/** Why these bytes cannot be an .xlsx, or null when they look like one. */
export function signatureProblem(bytes: Uint8Array): Exclude<XlsxOpenProblem, 'over-limit'> | null {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, CFB_MAGIC)) return contains(bytes, ENCRYPTION_STREAM) ? 'encrypted' : 'legacy-xls';
  if (!ZIP_MAGICS.some((magic) => startsWith(bytes, magic))) return 'not-xlsx';
  return null;
}

function requireSignature(bytes: Uint8Array): void {
  const problem = signatureProblem(bytes);
  if (problem !== null) throw new XlsxOpenError(problem);
}

/** Bytes exceljs read without a sheet: a zip without a workbook part is some other document. */
function noSheetsError(bytes: Uint8Array): XlsxOpenError {
  return new XlsxOpenError(contains(bytes, WORKBOOK_PART) ? 'no-sheets' : 'not-xlsx');
}

/** A failure while reading: an XlsxOpenError as it is, anything else a broken file. */
function openError(error: unknown): XlsxOpenError {
  return isXlsxOpenError(error) ? error : new XlsxOpenError('corrupt');
}

/**
 * Opens a workbook to be copied: exceljs's full model, which saves back with everything it holds.
 * exceljs unzips with JSZip, which inflates whatever a part holds: so every part is first inflated
 * here within `limits` (and its bytes let go), and exceljs gets only a book known to fit them.
 */
export async function loadWorkbookBytes(
  bytes: Uint8Array,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<ExcelJS.Workbook> {
  requireSignature(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    for (const part of boundedParts(bytes, limits)) part.bytes();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw openError(error);
  }
  if (workbook.worksheets.length === 0) throw noSheetsError(bytes);
  return workbook;
}

/**
 * Opens a workbook only to be read. Data validations are skipped: exceljs expands a whole-column
 * dropdown (E:E, as Excel users often set it) into a million cells, seconds per column, and a read
 * has no use for them (a copy keeps them, or it would lose the users' dropdowns).
 */
export async function loadWorkbookModel(
  bytes: Uint8Array,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<BookModel> {
  requireSignature(bytes);
  let model: BookModel;
  try {
    model = await loadBookModel(bytes, { ignoreNodes: ['dataValidations'] }, limits);
  } catch (error) {
    throw openError(error);
  }
  if (model.sheets.length === 0) throw noSheetsError(bytes);
  return model;
}
