/**
 * The files `collect` reads: each file named, and every file of each folder named (subfolders
 * too, as mail attachments get sorted into them), in a stable order so that «the first of two
 * files» means the same on every run. Hidden files and the lock files Excel leaves beside an open
 * book («~$книга.xlsx») are not schools' files. Links are followed (a school's file linked into the
 * folder is that school's file); a link to nothing is listed as skipped, with its reason. A file reached
 * twice (named and in a folder, or through a link) is read once.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from '../cli-error';
import { errorCode } from '../error-code';
import { CLI_MESSAGES as M, FS_REASONS, OUTPUT_SAFETY_TEXTS as S } from '../messages';

const byPath = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' }).compare;

/** A file to collect, or one that cannot be and the reason why (in lower case, as the report lists it). */
export interface CollectInputFile {
  readonly file: string;
  readonly reason?: string;
}

function ignored(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/** What a link leads to, once followed; for a link to nothing (or one that cannot be followed), why. */
async function linkTarget(path: string): Promise<'file' | 'folder' | 'other' | { reason: string }> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
  } catch (error) {
    const code = errorCode(error);
    return { reason: code === 'ENOENT' ? S.brokenLink : (FS_REASONS[code] ?? S.systemError(code)) };
  }
}

async function filesUnder(folder: string, visited: Set<string>): Promise<CollectInputFile[]> {
  // A link back up the tree would make the walk endless: a folder is walked once.
  const real = await realpath(folder);
  if (visited.has(real)) return [];
  visited.add(real);
  const entries = await readdir(folder, { withFileTypes: true });
  const files: CollectInputFile[] = [];
  for (const entry of [...entries].sort((a, b) => byPath(a.name, b.name))) {
    if (ignored(entry.name)) continue;
    const path = join(folder, entry.name);
    const kind = entry.isSymbolicLink()
      ? await linkTarget(path)
      : entry.isDirectory()
        ? 'folder'
        : entry.isFile()
          ? 'file'
          : 'other';
    if (kind === 'folder') files.push(...(await filesUnder(path, visited)));
    else if (kind === 'file') files.push({ file: path });
    else if (kind !== 'other') files.push({ file: path, reason: kind.reason });
  }
  return files;
}

async function namedKind(path: string): Promise<'file' | 'folder'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(M.fileNotFound(path));
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(M.noAccess(path));
    throw error;
  }
}

/** The file itself, links and `..` resolved; the path as given for a link to nothing. */
async function realOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/**
 * Every input file once, in the order given (a folder's files sorted by name). The roster lying in the
 * folder is the coordinator's list, not a school's file; named on its own (a downloaded shared
 * spreadsheet holds both), it is read as one.
 */
export async function collectInputs(
  paths: readonly string[],
  roster: string | null = null,
): Promise<CollectInputFile[]> {
  const rosterReal = roster === null ? null : await realOf(roster);
  const seen = new Set<string>();
  const visited = new Set<string>();
  const files: CollectInputFile[] = [];
  for (const path of paths) {
    const inFolder = (await namedKind(path)) === 'folder';
    for (const found of inFolder ? await filesUnder(path, visited) : [{ file: path }]) {
      const key = await realOf(found.file);
      if (seen.has(key) || (inFolder && key === rosterReal)) continue;
      seen.add(key);
      files.push(found);
    }
  }
  if (files.length === 0) throw new CliError(M.noInputFiles(paths.join(', ')));
  return files;
}
