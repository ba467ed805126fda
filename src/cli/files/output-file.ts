/**
 * Where a command writes: checked before any work (so a wrong -o fails at once, not after reading
 * a large workbook), never the input file itself, and written atomically with a clear message
 * when the disk says no.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from '../cli-error';
import { errorCode } from '../error-code';
import { CLI_MESSAGES as M, FS_REASONS } from '../messages';

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/** `path` with links, `.` and `..` resolved, as far as it exists (the output may not exist yet). */
async function realOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * The first of `inputs` that is the file `output` names: the same real path (links followed), or the
 * same file reached by another spelling, a hard link or a case-insensitive disk (the same inode).
 */
export async function inputAt(output: string, inputs: readonly string[]): Promise<string | null> {
  const target = await statOrNull(output);
  const real = await realOf(output);
  for (const input of inputs) {
    const source = await statOrNull(input);
    if (real === (await realOf(input))) return input;
    if (target !== null && source !== null && target.dev === source.dev && target.ino === source.ino)
      return input;
  }
  return null;
}

/**
 * An existing file is refused unless `force`: in the natural workflow (run, edit the drafts in the
 * copy, run again to the same copy) replacing it would lose the coordinator's edits.
 */
export async function checkOutputPath(
  output: string,
  inputs: string | readonly string[] | null,
  force = false,
  extension = 'xlsx',
): Promise<void> {
  if (!output.toLowerCase().endsWith(`.${extension}`))
    throw new CliError(
      extension === 'xlsx' ? M.outputNotXlsx(output) : M.outputWrongExtension(output, extension),
    );
  const target = await statOrNull(output);
  if (target?.isDirectory()) throw new CliError(M.writeFailed(output, FS_REASONS.EISDIR));
  const listed = typeof inputs === 'string' ? [inputs] : (inputs ?? []);
  if ((await inputAt(output, listed)) !== null) throw new CliError(M.outputIsInput(output));
  if (target !== null && !force) throw new CliError(M.outputExists(output));
  const folder = await statOrNull(dirname(resolve(output)));
  if (folder === null || !folder.isDirectory()) throw new CliError(M.writeFailed(output, FS_REASONS.ENOENT));
}

/** Runs `write`, turning a file system error into a one-line Russian message. */
export async function writeOrExplain(
  path: string,
  write: () => Promise<void>,
  message: (path: string, reason: string) => string = M.writeFailed,
): Promise<void> {
  try {
    await write();
  } catch (error) {
    const reason = FS_REASONS[errorCode(error)];
    if (reason === undefined) throw error;
    throw new CliError(message(path, reason));
  }
}
