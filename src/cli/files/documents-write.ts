/**
 * Writes the documents of one run into a folder, all or nothing: every target is checked before anything
 * is written, so a refused run leaves the folder as it was; the set is made aside and put in place of the
 * previous one only when complete (folder-set.ts), so a failed or interrupted run leaves the previous
 * documents as they were and none of its own.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Documents } from '../../core/documents/documents';
import { CliError } from '../cli-error';
import { errorCode } from '../error-code';
import { CLI_MESSAGES as M, FS_REASONS, OUTPUT_SAFETY_TEXTS as S } from '../messages';
import { replaceFolderSet } from './folder-set';
import { plannedFiles, type PlannedFile } from './report-files';

async function exists(path: string): Promise<'file' | 'folder' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}

/** The entries of `dir` a set of files consists of: the reports, the letters' folder. */
function topNames(dir: string, files: readonly PlannedFile[]): string[] {
  return [...new Set(files.map((file) => relative(dir, file.path).split(sep)[0]))];
}

/**
 * What of the set is already there: each report, and the letters' folder unless it is empty (it is
 * replaced whole, so a letter of a school no longer in the data does not stay beside the new ones).
 */
async function presentTargets(dir: string, files: readonly PlannedFile[]): Promise<string[]> {
  const present: string[] = [];
  for (const name of topNames(dir, files)) {
    const path = join(dir, name);
    const kind = await exists(path);
    if (kind === 'file' || (kind === 'folder' && (await readdir(path)).length > 0)) present.push(path);
  }
  return present;
}

/**
 * Refuses a folder that is a file, and documents already there unless `force` (docs/domain.md#regeneration:
 * never overwrite). Gives whether documents are there (they are kept should this run fail).
 */
async function checkDocumentTargets(
  dir: string,
  files: readonly PlannedFile[],
  force: boolean,
): Promise<boolean> {
  if ((await exists(dir)) === 'file') throw new CliError(M.notAFolder(dir));
  const present = await presentTargets(dir, files);
  if (present.length > 0 && !force) throw new CliError(M.documentsExist(present[0], present.length));
  return present.length > 0;
}

export async function writeDocuments(
  dir: string,
  documents: Documents,
  force: boolean,
): Promise<PlannedFile[]> {
  const files = plannedFiles(dir, documents);
  const kept = await checkDocumentTargets(dir, files, force);
  // Loaded here, not with the command line: the .docx writer is the largest module it uses.
  const { docxBytes } = await import('../../docx/docx-document');
  const set = { dir, names: topNames(dir, files), notice: S.documentsInterrupted(dir, kept) };
  try {
    await replaceFolderSet(set, async (staging) => {
      for (const file of files) {
        const path = join(staging, relative(dir, file.path));
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, await docxBytes(file.model), { flag: 'wx' });
      }
    });
  } catch (error) {
    const code = errorCode(error);
    if (code === '') throw error;
    throw new CliError(S.documentsFailed(dir, FS_REASONS[code] ?? S.systemError(code), kept));
  }
  return files;
}
