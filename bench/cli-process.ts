/**
 * The built command line (dist/cli.mjs) as a fresh Node process that reports its own peak resident
 * memory (`process.resourceUsage().maxRSS`), with its wall time: the figures a user's machine pays.
 */
import { spawnSync } from 'node:child_process';

/** Runs `main` with stdout thrown away (a large --json would only cost the parent memory); maxRSS in KiB last. */
const RUNNER =
  "import { main } from './dist/cli.mjs';" +
  'const code = await main(process.argv.slice(1), { stdout: { write: () => true }, stderr: process.stderr });' +
  "process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'); process.exitCode = code;";

export interface CliProcess {
  readonly status: number | null;
  readonly stderr: string;
  readonly seconds: number;
  readonly peakMb: number;
}

export function cliProcess(args: readonly string[]): CliProcess {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', RUNNER, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  const rss = /maxrss (\d+)/.exec(run.stderr);
  return {
    status: run.status,
    stderr: run.stderr,
    seconds,
    peakMb: rss ? Math.round(Number(rss[1]) / 1024) : NaN,
  };
}
