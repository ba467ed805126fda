/**
 * Output files appear whole or not at all: the bytes are streamed to a temporary file in the same
 * folder (so the rename stays on one file system and is atomic), flushed, then renamed over the
 * target. Ctrl-C or a kill during the write removes the temporary before the process ends, so an
 * interrupted run leaves neither a partial file nor a temporary one (docs/domain.md#regeneration).
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Temporaries being written now (→ their targets), removed by the signal handler. */
const pending = new Map<string, string>();
const SIGNAL_EXIT: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: 130, SIGTERM: 143 };
let watching = false;

/** How an interrupted write is reported (the command line sets it to a line on stderr). */
let onInterrupt: ((target: string) => void) | null = null;

export function whenInterrupted(report: (target: string) => void): void {
  onInterrupt = report;
}

function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const [temporary, target] of pending) {
        rmSync(temporary, { force: true });
        onInterrupt?.(target);
      }
      process.exit(SIGNAL_EXIT[signal]);
    });
  }
}

/** Writes what `produce` puts into the stream to `path`, atomically. */
export async function writeFileAtomic(
  path: string,
  produce: (out: Writable) => Promise<void>,
): Promise<void> {
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  watchSignals();
  pending.set(temporary, path);
  try {
    const out = createWriteStream(temporary, { flags: 'wx' });
    const done = finished(out);
    // A failed open or write also fails `produce`; the stream's own report is awaited below or dropped.
    done.catch(() => undefined);
    try {
      await produce(out);
    } catch (error) {
      // A write refused because the temporary could not be opened: the opening's error says why.
      throw out.errored ?? error;
    } finally {
      out.end();
    }
    await done;
    const handle = await open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pending.delete(temporary);
  }
}
