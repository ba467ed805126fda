/**
 * A dropped file opened as a workbook by the .xlsx room, or the Russian reason it is not one — the same
 * words the command line prints (src/xlsx/xlsx-open-reason.ts), with the file named as it was dropped.
 */
import type { Workbook } from '../app/workbook';
import { isXlsxOpenError } from '../xlsx/xlsx-open-error';
import { xlsxOpenMessage } from '../xlsx/xlsx-open-reason';
import { openXlsxWorkbook, readXlsxWorkbook, type XlsxWorkbook } from '../xlsx/xlsx-workbook';
import type { DroppedFile } from './web-contract';

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
