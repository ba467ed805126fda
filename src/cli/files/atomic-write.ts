/**
 * Output files appear whole or not at all: the bytes are streamed to a temporary file in the same
 * folder (so the rename stays on one file system and is atomic), flushed, then renamed over the
 * target. Ctrl-C or a kill during the write removes the temporary before the process ends, so an
 * interrupted run leaves neither a partial file nor a temporary one (docs/domain.md#regeneration);
 * what a SIGKILL left is removed by the next write of the same target.
 */
import { createWriteStream, existsSync, openSync, renameSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { CLI_MESSAGES as M, OUTPUT_SAFETY_TEXTS as S } from '../messages';
import { guardTemporary } from './interrupt-guard';
import { removeStaleTemporaries, temporaryPath } from './stale-temporaries';

/** Waits until the bytes are on the disk, not only in its cache, before the rename makes them the file. */
async function flush(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes what `produce` puts into the stream to `path`, atomically. */
export async function writeFileAtomic(
  path: string,
  produce: (out: Writable) => Promise<void>,
): Promise<void> {
  const target = resolve(path);
  const temporary = temporaryPath(target);
  // Registered before it exists, and created without leaving the event loop: no signal can come between
  // the two, nor while the file is being opened on another thread.
  const release = guardTemporary(
    temporary,
    existsSync(target) ? S.interruptedKept(path) : M.interrupted(path),
  );
  try {
    await removeStaleTemporaries(target);
    // The stream closes the file when it ends, whether the write succeeded or not.
    const out = createWriteStream(temporary, { fd: openSync(temporary, 'wx') });
    const done = finished(out);
    // A failed write also fails `produce`; the stream's own report is awaited below or dropped.
    done.catch(() => undefined);
    try {
      await produce(out);
    } catch (error) {
      // A write the disk refused (no space): the stream's error says why.
      throw out.errored ?? error;
    } finally {
      out.end();
    }
    await done;
    await flush(temporary);
    // Renamed and released in one step: a signal sees either the temporary or the finished file.
    renameSync(temporary, target);
    release();
  } catch (error) {
    await rm(temporary, { force: true });
    release();
    throw error;
  }
}
