/**
 * The files `collect` reads: each file named, and every file of each folder named (subfolders
 * too, as mail attachments get sorted into them), in a stable order so that «the first of two
 * files» means the same on every run. Hidden files and the lock files Excel leaves beside an open
 * book («~$книга.xlsx») are not schools' files; the output file itself is never read back.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CliError } from '../cli-error';
import { errorCode } from '../error-code';
import { CLI_MESSAGES as M } from '../messages';

const byPath = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' }).compare;

function ignored(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of [...entries].sort((a, b) => byPath(a.name, b.name))) {
    if (ignored(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

async function kindOf(path: string): Promise<'file' | 'folder'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(M.fileNotFound(path));
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(M.noAccess(path));
    throw error;
  }
}

/**
 * Every input file once, in the order given (a folder's files sorted by name), without `output`.
 * The roster lying in the folder is the coordinator's list, not a school's file; named on its own
 * (a downloaded shared spreadsheet holds both), it is read as one.
 */
export async function collectInputs(
  paths: readonly string[],
  output: string,
  roster: string | null = null,
): Promise<string[]> {
  const seen = new Set<string>([resolve(output)]);
  const files: string[] = [];
  for (const path of paths) {
    const inFolder = (await kindOf(path)) === 'folder';
    const found = inFolder ? await filesUnder(path) : [path];
    for (const file of found) {
      const key = resolve(file);
      if (seen.has(key) || (inFolder && roster !== null && key === resolve(roster))) continue;
      seen.add(key);
      files.push(file);
    }
  }
  if (files.length === 0) throw new CliError(M.noInputFiles(paths.join(', ')));
  return files;
}
