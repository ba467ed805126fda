/**
 * The names of a run's temporaries, and the removal of those a killed run left (SIGKILL, a power cut:
 * nothing of the run could clean up). A temporary lies beside its target, hidden, named after it and
 * after the process that made it: `.книга.xlsx.4711-a1b2c3d4e5f6.tmp`. One whose process is gone is
 * stale; one of a process still running (another run writing the same target) is left alone.
 */
import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { cutToBytes } from '../../core/text/byte-limited-name';

/**
 * Bytes of the target's name kept in a temporary's name: with the dot, process number, random part
 * and `.tmp` it stays under 255 bytes even when the target's own name is near that.
 */
const NAME_BYTES = 200;

function stem(target: string): string {
  return `.${cutToBytes(basename(target), NAME_BYTES)}.`;
}

/** A new temporary's path beside `target`, ending in `.tmp` (or `ending`). */
export function temporaryPath(target: string, ending = 'tmp'): string {
  return join(dirname(target), `${stem(target)}${process.pid}-${randomBytes(6).toString('hex')}.${ending}`);
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, only it is someone else's.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Temporaries of `target` left by runs that are gone, by name: `.tmp` and any `endings` given. The
 * names of earlier versions (no process number) count as stale as well.
 */
export async function staleTemporaries(
  target: string,
  endings: readonly string[] = ['tmp'],
): Promise<string[]> {
  const pattern = new RegExp(`^${escaped(stem(target))}(?:(\\d+)-)?[0-9a-f]{12}\\.(?:${endings.join('|')})$`);
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    // No folder yet: nothing left in it; the write itself reports what is wrong with the folder.
    return [];
  }
  return names
    .filter((name) => {
      const match = pattern.exec(name);
      return match !== null && (match[1] === undefined || !running(Number(match[1])));
    })
    .sort()
    .map((name) => join(dirname(target), name));
}

export async function removeStaleTemporaries(target: string): Promise<void> {
  for (const path of await staleTemporaries(target)) await rm(path, { recursive: true, force: true });
}
