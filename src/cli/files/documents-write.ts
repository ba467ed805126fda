/**
 * Writes the documents of one run into a folder: every target is checked before anything is
 * written, so a refused run leaves the folder as it was; each file is written atomically.
 */
import { mkdir, stat } from 'node:fs/promises';
import type { Documents } from '../../core/documents/documents';
import { atomicBytes } from './atomic-bytes';
import { CliError } from '../cli-error';
import { CLI_MESSAGES as M } from '../messages';
import { writeOrExplain } from './output-file';
import { lettersFolder, plannedFiles, type PlannedFile } from './report-files';

async function exists(path: string): Promise<'file' | 'folder' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}

/**
 * Refuses a folder that is a file, and files already there unless `force` (docs/domain.md#regeneration: never
 * overwrite).
 */
export async function checkDocumentTargets(
  dir: string,
  files: readonly PlannedFile[],
  force: boolean,
): Promise<void> {
  if ((await exists(dir)) === 'file') throw new CliError(M.notAFolder(dir));
  if (force) return;
  const present: string[] = [];
  for (const file of files) if ((await exists(file.path)) !== null) present.push(file.path);
  if (present.length > 0) throw new CliError(M.documentsExist(present[0], present.length));
}

export async function writeDocuments(
  dir: string,
  documents: Documents,
  force: boolean,
): Promise<PlannedFile[]> {
  const files = plannedFiles(dir, documents);
  await checkDocumentTargets(dir, files, force);
  // A regional run has no letters, and no empty folder for them.
  const folder = documents.letters.length > 0 ? lettersFolder(dir) : dir;
  await writeOrExplain(dir, () => mkdir(folder, { recursive: true }).then(() => undefined), M.folderFailed);
  // Loaded here, not with the command line: the .docx writer is the largest module it uses.
  const { docxBytes } = await import('../../docx/docx-document');
  for (const file of files) {
    const bytes = await docxBytes(file.model);
    await writeOrExplain(file.path, () => atomicBytes(file.path, bytes));
  }
  return files;
}
