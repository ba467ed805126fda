/**
 * Opens the user's .xlsx for reading, turning every way it can fail (missing, a folder, a text
 * file, an old .xls, a password, a broken zip) into one clear Russian line instead of a stack trace.
 */
import ExcelJS from 'exceljs';
import { CliError } from '../cli/cli-error';
import { readFileBytes } from '../cli/files/file-bytes';
import { loadBookModel, type BookModel } from './xlsx-book-model';
import { CLI_MESSAGES as M } from '../cli/messages';

/** Compound File Binary: the container of .xls files and of password-encrypted .xlsx files. */
const CFB_MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');
/** A zip's local file header or, for an empty zip, its end-of-central-directory record. */
const ZIP_MAGICS = [Buffer.from('504b0304', 'hex'), Buffer.from('504b0506', 'hex')];
/** Encrypted Office files keep their key data in a CFB stream of this name (UTF-16LE). */
const ENCRYPTION_STREAM = Buffer.from('EncryptionInfo', 'utf16le');
const WORKBOOK_PART = Buffer.from('xl/workbook.xml');

/** Why these bytes cannot be an .xlsx, or null when they look like one. */
export function signatureProblem(bytes: Buffer, path: string): string | null {
  if (bytes.length === 0) return M.emptyFile(path);
  if (bytes.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) {
    return bytes.includes(ENCRYPTION_STREAM) ? M.encrypted(path) : M.legacyXls(path);
  }
  if (!ZIP_MAGICS.some((magic) => bytes.subarray(0, magic.length).equals(magic))) return M.notXlsx(path);
  return null;
}

/** The file's bytes, or a CliError saying in Russian why they cannot be a workbook. */
async function workbookBytes(path: string, shown: string): Promise<Buffer> {
  const bytes = await readFileBytes(path, shown);
  const problem = signatureProblem(bytes, shown);
  if (problem !== null) throw new CliError(problem);
  return bytes;
}

/** A file exceljs read without a sheet: a zip without a workbook part is some other document. */
function noSheetsProblem(bytes: Buffer, path: string): CliError {
  return new CliError(bytes.includes(WORKBOOK_PART) ? M.noSheets(path) : M.notXlsx(path));
}

/**
 * Opens a workbook to be copied: exceljs's full model, which saves back with everything it holds.
 * `shown` is how messages name the file (collect names it apart from the reason).
 */
export async function loadWorkbookFile(path: string, shown: string = path): Promise<ExcelJS.Workbook> {
  const bytes = await workbookBytes(path, shown);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new CliError(M.corrupt(shown));
  }
  if (workbook.worksheets.length === 0) throw noSheetsProblem(bytes, shown);
  return workbook;
}

/**
 * Opens a workbook only to be read. Data validations are skipped: exceljs expands a whole-column
 * dropdown (E:E, as Excel users often set it) into a million cells, seconds per column, and a read
 * has no use for them (a copy keeps them, or it would lose the users' dropdowns).
 */
export async function loadWorkbookModel(path: string): Promise<BookModel> {
  const bytes = await workbookBytes(path, path);
  let model: BookModel;
  try {
    model = await loadBookModel(bytes, { ignoreNodes: ['dataValidations'] });
  } catch {
    throw new CliError(M.corrupt(path));
  }
  if (model.sheets.length === 0) throw noSheetsProblem(bytes, path);
  return model;
}
