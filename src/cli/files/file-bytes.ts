/** A file the user named, read whole; every way it can be missing or closed is a Russian CliError. */
import { readFile, stat } from 'node:fs/promises';
import { CliError } from '../cli-error';
import { errorCode } from '../error-code';
import { CLI_MESSAGES as M } from '../messages';

/** `shown` is how messages name the file (collect names it apart from the reason). */
export async function readFileBytes(path: string, shown: string = path): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(M.isDirectory(shown));
    return await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError(M.fileNotFound(shown));
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(M.noAccess(shown));
    if (code === 'EISDIR') throw new CliError(M.isDirectory(shown));
    throw error;
  }
}
