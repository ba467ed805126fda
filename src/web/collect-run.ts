/**
 * School files dropped together (with the municipality's book or a text list of schools, in any order) made
 * into one municipal workbook as `cmn-sheets collect <files…> [--roster список.txt] -o книга.xlsx` makes it
 * (src/app/collect/collect-book.ts): a file that cannot be read is named with its reason, the others are
 * taken. The collected book then goes through the coordinator's run like a dropped municipal workbook.
 */
import { collectBook, type CollectFiles } from '../app/collect/collect-book';
import type { SavedAt } from '../app/collect/collect-plan';
import { rosterOfText } from '../app/roster-list';
import { BUILTIN_CATALOGUE } from '../core/catalogue/catalogue';
import { isXlsxOpenError } from '../xlsx/xlsx-open-error';
import { xlsxOpenMessage } from '../xlsx/xlsx-open-reason';
import { XLSX_OPEN_TEXTS } from '../xlsx/messages';
import { newXlsxWorkbook, openXlsxWorkbook, type XlsxWorkbook } from '../xlsx/xlsx-workbook';
import { breathe, progress, type Channel } from './channel';
import { WORKER_TEXTS as T } from './messages';
import type { DroppedFile, FileLine } from './web-contract';

/** Stands for the file's name in a reason, which is shown beside the name (as `collect` reports it). */
const SHOWN = '\u0000';

/** The reason without the file's name, starting in lower case as the other reasons do. */
function reasonOf(error: unknown): string {
  const message = isXlsxOpenError(error) ? xlsxOpenMessage(SHOWN, error) : XLSX_OPEN_TEXTS.corrupt(SHOWN);
  const reason = message.replace(`: ${SHOWN}`, '').replace(` ${SHOWN}`, '');
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

/** UTF-8 as saved today; Windows-1251 as Notepad of older Windows saves Russian text. */
function decode(bytes: ArrayBuffer): string {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return text.includes('\uFFFD') ? new TextDecoder('windows-1251').decode(bytes) : text;
}

const isText = (file: DroppedFile) => /\.(txt|tsv)$/i.test(file.name);

export interface Collected {
  readonly files: readonly FileLine[];
  /** The collected book as a file, or the sentence saying why none was made. */
  readonly book: DroppedFile | null;
  readonly message: string;
}

/** What each dropped file gave: the sheets taken from it, or why it (or a sheet of it) was not taken. */
function fileLines(
  dropped: readonly DroppedFile[],
  listFile: DroppedFile | undefined,
  plan: Awaited<ReturnType<typeof collectBook>>['plan'],
): FileLine[] {
  return dropped.map((file) => {
    if (file === listFile) return { name: file.name, read: true, note: T.rosterFile };
    const whole = plan.skipped.find((each) => each.file === file.name && each.sheet === null);
    if (whole !== undefined) return { name: file.name, read: false, note: T.notRead(whole.reason) };
    const taken = plan.taken.filter((each) => each.file === file.name).map((each) => each.sheet);
    const skipped = plan.skipped
      .filter((each) => each.file === file.name && each.sheet !== null)
      .map((each) => T.skippedSheet(each.sheet as string, each.reason));
    const note = [taken.length > 0 ? T.taken(taken) : T.takenNothing, ...skipped].join('; ');
    return { name: file.name, read: true, note };
  });
}

export async function collectDropped(dropped: readonly DroppedFile[], channel: Channel): Promise<Collected> {
  const listFile = dropped.find(isText);
  const lines = listFile === undefined ? null : rosterOfText(listFile.name, decode(listFile.bytes));
  if (listFile !== undefined && lines === null) {
    const reason = T.rosterEmpty(listFile.name);
    return {
      files: [{ name: listFile.name, read: false, note: T.notRead(reason) }],
      book: null,
      message: reason,
    };
  }
  const inputs = dropped.filter((file) => file !== listFile);
  const byName = new Map(inputs.map((file) => [file.name, file]));
  let opened = 0;
  const io: CollectFiles<XlsxWorkbook> = {
    open: async (name) => {
      progress(channel, T.reading(++opened, inputs.length, name), opened - 1, inputs.length);
      await breathe();
      return openXlsxWorkbook(new Uint8Array((byName.get(name) as DroppedFile).bytes));
    },
    reasonOf,
    savedAt: async (name, book): Promise<SavedAt | null> => {
      if (book.savedAt !== null) return { at: book.savedAt, from: 'book' };
      const modified = byName.get(name)?.modified;
      return modified === undefined ? null : { at: new Date(modified), from: 'file' };
    },
    newBook: newXlsxWorkbook,
  };
  progress(channel, T.collecting);
  const collected = await collectBook(
    inputs.map((file) => ({ file: file.name })),
    BUILTIN_CATALOGUE,
    { io, roster: { lines: lines?.lines ?? null, municipal: null } },
  );
  const files = fileLines(dropped, listFile, collected.plan);
  if (collected.book === null) return { files, book: null, message: T.nothingTaken(inputs.length) };
  progress(channel, T.assembling);
  await breathe();
  const bytes = await collected.book.toBuffer();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return { files, book: { name: T.collectedName, bytes: buffer }, message: '' };
}
