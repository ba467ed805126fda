/**
 * The curator's run over the school's own file, as `cmn-sheets check` runs: every issue by cell, in the
 * file's own sheet names and addresses, with what to do. Nothing is written: the curator fixes the file in
 * the office suite and drops it again.
 */
import { analyse } from '../app/analyse';
import { recognisedAny } from '../app/recognised';
import { severityCounts } from '../core/issues/issue-report';
import { breathe, progress, type Channel } from './channel';
import { countsText } from './counts-text';
import { sheetGroups } from './issue-groups';
import { WORKER_TEXTS as T } from './messages';
import { readDroppedBook } from './open-book';
import type { DroppedFile } from './web-contract';

export async function runCurator(files: readonly DroppedFile[], channel: Channel): Promise<void> {
  if (files.length !== 1) {
    channel.send({
      type: 'refused',
      files: files.map((each) => ({ name: each.name, read: false, note: T.notRead(T.severalBooksShort) })),
      message: T.severalSchoolFiles,
    });
    return;
  }
  const [file] = files;
  const book = await readDroppedBook(file, channel);
  if (book === null) return;
  const { workbook } = book;
  progress(channel, T.checking);
  await breathe();
  const analysis = analyse(workbook);
  if (!recognisedAny(analysis)) return book.refuse(T.nothingRecognised(file.name));
  const { result } = analysis;
  const order = workbook.listSheets().map((sheet) => sheet.name);
  channel.send({
    type: 'view',
    view: {
      role: 'curator',
      files: [{ name: file.name, read: true, note: T.read }],
      facts: [],
      notSubmitted: [],
      counts: countsText(severityCounts(result.issues)),
      schools: [],
      groups: sheetGroups(result.issues, order, result.organizations),
      figures: [],
      downloads: [],
    },
  });
  channel.send({ type: 'finished' });
}
