/**
 * The command line over .xlsx files (docs/domain.md#command-line). Exit codes: 0 — done, no errors in the
 * data; 1 — done, the data has errors; 2 — the command could not run (one Russian line on stderr).
 * bin/cmn-sheets.mjs calls `main` from the bundle dist/cli.mjs.
 */
import { version } from '../../package.json';
import { parseArgs } from './args/parse-args';
import { isCliError } from './cli-error';
import type { Clock } from './command-context';
import { helpText, runCommand } from './command-table';
import { errorCode } from './error-code';
import { whenInterrupted } from './files/interrupt-guard';
import { CLI_MESSAGES as M, FS_REASONS, OUTPUT_SAFETY_TEXTS as S } from './messages';
import type { CliIo } from './terminal/out-stream';
import { createProgress } from './terminal/progress';

export type { CliIo } from './terminal/out-stream';

export const EXIT = { ok: 0, dataErrors: 1, cannotRun: 2 } as const;

function systemMessage(error: unknown, code: string): string {
  const reason = FS_REASONS[code] ?? S.systemError(code);
  const path = (error as { path?: unknown }).path;
  return typeof path === 'string' ? S.fileFailed(path, reason) : S.systemFailed(reason);
}

const SYSTEM_CLOCK: Clock = { now: () => new Date() };

export async function main(
  argv: readonly string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
  clock: Clock = SYSTEM_CLOCK,
): Promise<number> {
  const progress = createProgress(io.stderr);
  whenInterrupted((notice) => {
    progress.done();
    io.stderr.write(`${notice}\n`);
  });
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      io.stdout.write(helpText());
      return EXIT.ok;
    }
    if (command.kind === 'version') {
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    }
    return await runCommand(command, { io, progress, clock });
  } catch (error) {
    progress.done();
    const code = errorCode(error);
    if (isCliError(error)) {
      io.stderr.write(`${error.message}\n`);
    } else if (code !== '') {
      // A file system error no command explained: its reason in Russian, never Node's own text.
      io.stderr.write(`${systemMessage(error, code)}\n`);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr.write(`${M.internal(detail)}\n`);
      if (process.env.CMN_SHEETS_DEBUG && error instanceof Error) io.stderr.write(`${error.stack ?? ''}\n`);
    }
    return EXIT.cannotRun;
  }
}
