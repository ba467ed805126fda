/**
 * A dropped file opened as a workbook by the .xlsx room, or the Russian reason it is not one — the same
 * words the command line prints (src/xlsx/xlsx-open-reason.ts), with the file named as it was dropped.
 */
import type { Workbook } from '../app/workbook';
import { isXlsxOpenError } from '../xlsx/xlsx-open-error';
import { xlsxOpenMessage } from '../xlsx/xlsx-open-reason';
import { openXlsxWorkbook, readXlsxWorkbook, type XlsxWorkbook } from '../xlsx/xlsx-workbook';
import { breathe, progress, type Channel } from './channel';
import { WORKER_TEXTS as T } from './messages';
import type { DroppedFile, FileLine } from './web-contract';

export type Opened<T> = { readonly workbook: T } | { readonly reason: string };

async function opened<T>(file: DroppedFile, open: (bytes: Uint8Array) => Promise<T>): Promise<Opened<T>> {
  try {
    return { workbook: await open(new Uint8Array(file.bytes)) };
  } catch (error) {
    if (isXlsxOpenError(error)) return { reason: xlsxOpenMessage(file.name, error) };
    throw error;
  }
}

/** To be read only (the fast reader of src/xlsx/xlsx-book-model.ts). */
export function readBook(file: DroppedFile): Promise<Opened<Workbook>> {
  return opened(file, readXlsxWorkbook);
}

/** To be copied with sheets drawn into it (exceljs's full model), as `summary -o` opens it. */
export function openBook(file: DroppedFile): Promise<Opened<XlsxWorkbook>> {
  return opened(file, openXlsxWorkbook);
}

/** A book a run reads, and how the run refuses it later (nothing recognised in it) with the same file lines. */
export interface DroppedBook {
  readonly workbook: Workbook;
  refuse(reason: string): void;
}

/**
 * Reads the one book of a run with its progress step shown. When it is not a book, the page is told why
 * and the answer is null; `lines` are the file lines the refusal shows (the collected school files),
 * else the book's own line.
 */
export async function readDroppedBook(
  file: DroppedFile,
  channel: Channel,
  lines: readonly FileLine[] | null = null,
): Promise<DroppedBook | null> {
  progress(channel, T.reading(1, 1, file.name));
  await breathe();
  const opened = await readBook(file);
  const refuse = (reason: string) =>
    channel.send({
      type: 'refused',
      files: lines ?? [{ name: file.name, read: false, note: T.notRead(reason) }],
      message: reason,
    });
  if ('workbook' in opened) return { workbook: opened.workbook, refuse };
  refuse(opened.reason);
  return null;
}
