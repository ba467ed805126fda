/**
 * Every command of the command line, in the order `--help` lists them. An entry is all there is to
 * a command: adding one here adds its parsing, its help and its dispatch.
 */
import {
  checkArgs,
  collectArgs,
  demoArgs,
  exportArgs,
  reportArgs,
  rollupArgs,
  summaryArgs,
  templateArgs,
  type CheckArgs,
  type CollectArgs,
  type CommandArgs,
  type DemoArgs,
  type ExportArgs,
  type ReportArgs,
  type RollupArgs,
  type SummaryArgs,
  type TemplateArgs,
} from './args/command-args';
import type { CommandContext } from './command-context';
import type { CommandSpec } from './command-spec';
import { runCheck } from './commands/check-command';
import { runCollect } from './commands/collect-command';
import { runDemo } from './commands/demo-command';
import { runExport } from './commands/export-command';
import { runReport } from './commands/report-command';
import { runRollup } from './commands/rollup-command';
import { runSummary } from './commands/summary-command';
import { runTemplate } from './commands/template-command';
import { HELP_TEXTS as H } from './messages';

const JSON_OPTION = { '--json': false } as const;
const OUTPUT_OPTIONS = { '-o': true, '--output': true, '--force': false } as const;

const check: CommandSpec<CheckArgs> = {
  name: 'check',
  help: H.check,
  options: { ...JSON_OPTION, '--verbose': false },
  parse: checkArgs,
  run: runCheck,
};

const summary: CommandSpec<SummaryArgs> = {
  name: 'summary',
  help: H.summary,
  options: { ...JSON_OPTION, ...OUTPUT_OPTIONS, '--previous': true },
  parse: summaryArgs,
  run: runSummary,
};

const exportCommand: CommandSpec<ExportArgs> = {
  name: 'export',
  help: H.export,
  options: { '--format': true, ...OUTPUT_OPTIONS },
  parse: exportArgs,
  run: runExport,
};

const rollup: CommandSpec<RollupArgs> = {
  name: 'rollup',
  help: H.rollup,
  options: { ...JSON_OPTION, ...OUTPUT_OPTIONS },
  parse: rollupArgs,
  run: runRollup,
};

const collect: CommandSpec<CollectArgs> = {
  name: 'collect',
  help: H.collect,
  options: { ...JSON_OPTION, ...OUTPUT_OPTIONS, '--roster': true },
  parse: collectArgs,
  run: runCollect,
};

const template: CommandSpec<TemplateArgs> = {
  name: 'template',
  help: H.template,
  options: { ...OUTPUT_OPTIONS, '--roster': true, '--school': true },
  parse: templateArgs,
  run: runTemplate,
};

const report: CommandSpec<ReportArgs> = {
  name: 'report',
  help: H.report,
  options: { ...JSON_OPTION, '--dir': true, '--force': false, '--previous': true },
  parse: reportArgs,
  run: runReport,
};

const demo: CommandSpec<DemoArgs> = {
  name: 'demo',
  help: H.demo,
  options: { '--dir': true, '--orgs': true, '--seed': true },
  parse: demoArgs,
  run: runDemo,
};

export const COMMANDS = [check, summary, exportCommand, rollup, collect, template, report, demo] as const;

export type CommandName = CommandArgs['kind'];

export function commandNamed(name: string): (typeof COMMANDS)[number] | undefined {
  return COMMANDS.find((command) => command.name === name);
}

/** Runs the command the arguments were parsed for. */
export function runCommand(args: CommandArgs, context: CommandContext): Promise<number> {
  const command = commandNamed(args.kind) as CommandSpec<CommandArgs>;
  // The entry named by `kind` is the one whose `parse` made these arguments.
  return command.run(args, context);
}

/** `cmn-sheets --help`: the top, every command of the table in its order, the keys. */
export function helpText(): string {
  return `${H.header}${COMMANDS.map((command) => command.help).join('')}${H.footer}`;
}
