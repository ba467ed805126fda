/**
 * The command line over .xlsx files (docs/domain.md#command-line). Exit codes: 0 — done, no errors in the
 * data; 1 — done, the data has errors; 2 — the command could not run (one Russian line on stderr).
 * bin/cmn-sheets.mjs calls `main` from the bundle dist/cli.mjs.
 */
import { version } from '../../package.json';
import { parseArgs } from './args';
import { whenInterrupted } from './files/atomic-write';
import { runCheck } from './commands/check-command';
import { runCollect } from './commands/collect-command';
import { isCliError } from './cli-error';
import { runDemo } from './commands/demo-command';
import { runExport } from './commands/export-command';
import { CLI_MESSAGES as M, HELP } from './messages';
import type { CliIo } from './terminal/out-stream';
import { createProgress } from './terminal/progress';
import { runRollup } from './commands/rollup-command';
import { runReport } from './commands/report-command';
import { runSummary } from './commands/summary-command';
import { runTemplate } from './commands/template-command';

export type { CliIo } from './terminal/out-stream';

export const EXIT = { ok: 0, dataErrors: 1, cannotRun: 2 } as const;

export async function main(
  argv: readonly string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const progress = createProgress(io.stderr);
  whenInterrupted((target) => {
    progress.done();
    io.stderr.write(`${M.interrupted(target)}\n`);
  });
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case 'help':
        io.stdout.write(HELP);
        return EXIT.ok;
      case 'version':
        io.stdout.write(`${version}\n`);
        return EXIT.ok;
      case 'check':
        return await runCheck(command.file, command.json, io, progress);
      case 'summary':
        return await runSummary(command, io, progress, new Date());
      case 'export':
        return await runExport(command.files, command.format, command.output, command.force, io, progress);
      case 'rollup':
        return await runRollup(
          command.files,
          command.output,
          command.force,
          command.json,
          io,
          progress,
          new Date(),
        );
      case 'report':
        return await runReport(command, io, progress, new Date());
      case 'demo':
        return await runDemo(command.dir, command.orgs, command.seed, io, progress, new Date());
      case 'collect':
        return await runCollect(command, io, progress);
      case 'template':
        return await runTemplate(command, io, progress, new Date());
    }
  } catch (error) {
    progress.done();
    if (isCliError(error)) {
      io.stderr.write(`${error.message}\n`);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr.write(`${M.internal(detail)}\n`);
      if (process.env.CMN_SHEETS_DEBUG && error instanceof Error) io.stderr.write(`${error.stack ?? ''}\n`);
    }
    return EXIT.cannotRun;
  }
}
