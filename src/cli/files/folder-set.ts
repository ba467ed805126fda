/**
 * Several entries of one folder (the two reports and the letters' folder) replaced as one set: the new
 * set is made in a hidden temporary folder inside the target folder (one file system, so moving is a
 * rename), and only when it is complete are the entries swapped, the previous one moved aside and the
 * new one moved in, entry by entry, in one synchronous step that no Ctrl-C can cut. Until then the
 * previous set stays as it was; a failure or a signal removes what this run made
 * (docs/decisions.md#interrupted-runs-and-outputs).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { guardTemporary } from './interrupt-guard';
import { staleTemporaries, temporaryPath } from './stale-temporaries';

/** What the temporaries of a set are named after (`.cmn-documents.<процесс>-<случайное>.tmp`). */
const SET_NAME = 'cmn-documents';

/**
 * A killed run's leftovers. Killed while making its set: the unfinished set is removed. Killed in the
 * middle of the swap (its temporary folder still holds entries not moved in): the previous entries it had
 * moved aside are put back, so the previous set is whole again. Killed after the swap: what it moved aside
 * is removed.
 */
async function recoverStale(dir: string): Promise<void> {
  const stale = await staleTemporaries(join(dir, SET_NAME), ['tmp', 'old']);
  for (const aside of stale.filter((path) => path.endsWith('.old'))) {
    const staging = aside.replace(/\.old$/, '.tmp');
    if (existsSync(staging) && (await readdir(staging)).length > 0)
      for (const name of await readdir(aside)) {
        await rm(join(dir, name), { recursive: true, force: true });
        await rename(join(aside, name), join(dir, name));
      }
  }
  for (const path of stale) await rm(path, { recursive: true, force: true });
}

/** Moves `names` of `from` into `to`, moving what `to` held under those names into `aside` first. */
function swap(names: readonly string[], from: string, to: string, aside: string): void {
  const moved: string[] = [];
  try {
    for (const name of names) {
      if (existsSync(join(to, name))) {
        mkdirSync(aside, { recursive: true });
        renameSync(join(to, name), join(aside, name));
      }
      moved.push(name);
      renameSync(join(from, name), join(to, name));
    }
  } catch (error) {
    // Put back: the new entries into the temporary folder, the previous ones where they were.
    for (const name of moved.reverse()) {
      if (existsSync(join(to, name)) && !existsSync(join(from, name)))
        renameSync(join(to, name), join(from, name));
      if (existsSync(join(aside, name))) renameSync(join(aside, name), join(to, name));
    }
    throw error;
  }
}

export interface FolderSet {
  /** The target folder; created (with its parents) when missing, removed again if the run fails. */
  readonly dir: string;
  /** The entries of `dir` the set consists of (files or folders), as `fill` makes them. */
  readonly names: readonly string[];
  /** The line a Ctrl-C prints: what was not written and what was kept. */
  readonly notice: string;
}

/**
 * Makes the set with `fill` (given the temporary folder to make it in), then puts it in place of the
 * previous one. On any failure nothing of this run remains and the previous set is as it was.
 */
export async function replaceFolderSet(
  set: FolderSet,
  fill: (staging: string) => Promise<void>,
): Promise<void> {
  const dir = resolve(set.dir);
  if (existsSync(dir)) await recoverStale(dir);
  const staging = temporaryPath(join(dir, SET_NAME));
  const aside = staging.replace(/\.tmp$/, '.old');
  // Created and registered in one step of the event loop; a folder this run created goes as a whole.
  const created = mkdirSync(dir, { recursive: true });
  const release = guardTemporary(created ?? staging, set.notice);
  try {
    mkdirSync(staging);
    await fill(staging);
    swap(set.names, staging, dir, aside);
  } catch (error) {
    // The swap has put back what it moved aside: the folder for it is empty by now.
    await rm(aside, { recursive: true, force: true });
    await rm(created ?? staging, { recursive: true, force: true });
    release();
    throw error;
  }
  release();
  try {
    // Synchronous too: a signal finds the finished set and nothing of this run's temporaries.
    rmSync(aside, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  } catch {
    // The new set is in place; what could not be removed the next run recognises as stale (recoverStale).
  }
}
