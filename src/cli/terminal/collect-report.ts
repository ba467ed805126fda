/** The terminal report of `collect`: what was taken from each file and what not, and who sent nothing. */
import type { CollectionPlan } from '../../app/collect/collect-plan';
import type { Issue } from '../../core/issues/issue';
import { quote } from '../../core/text/quote';
import { COLLECT_TEXTS as T } from '../messages';

function fileLines(file: string, plan: CollectionPlan): string[] {
  const whole = plan.skipped.find((entry) => entry.file === file && entry.sheet === null);
  if (whole) return [T.fileSkipped(file, whole.reason)];
  const lines = [T.file(file)];
  const taken = plan.taken.filter((entry) => entry.file === file);
  const base = plan.base.files.find((rows) => rows.file === file);
  const settings = plan.settings?.file === file ? plan.settings.sheets.map((each) => each.sheet) : [];
  for (const entry of taken) {
    lines.push(
      settings.includes(entry.sheet)
        ? T.settingsTaken(quote(entry.sheet))
        : base !== undefined && base.sheet === entry.sheet
          ? T.baseTaken(quote(entry.sheet), base?.taken ?? 0)
          : entry.school === null || entry.school === entry.sheet
            ? T.tabTakenNamed(quote(entry.sheet))
            : T.tabTaken(quote(entry.sheet), quote(entry.school)),
    );
  }
  for (const entry of plan.skipped) {
    if (entry.file !== file || entry.sheet === null) continue;
    const wasTaken = taken.some((each) => each.sheet === entry.sheet);
    lines.push(wasTaken ? T.fileNote(entry.reason) : T.sheetSkipped(quote(entry.sheet), entry.reason));
  }
  return lines;
}

/** What was taken from each file and what not, and why. */
export function byFileLines(files: readonly string[], plan: CollectionPlan): string[] {
  return [T.byFile, ...files.flatMap((file) => fileLines(file, plan))];
}

/** The book `collect` wrote, and what its analysis and the roster say about it. */
export interface CollectedBook {
  readonly output: string;
  /** Roster schools without data, as the analysis of the collected book gives them. */
  readonly notSubmitted: readonly string[];
  readonly rosterIssues: readonly Issue[];
}

export function collectReportLines(
  files: readonly string[],
  plan: CollectionPlan,
  { output, notSubmitted, rosterIssues }: CollectedBook,
): string[] {
  const rows = plan.base.files.reduce((sum, each) => sum + each.taken, 0);
  const settings = plan.settings;
  const lines = [
    T.written(output),
    T.totals(files.length, plan.tabs.length, rows),
    settings === null
      ? T.noSettings
      : T.settingsFrom(settings.file, settings.sheets.map((each) => quote(each.sheet)).join(', ')),
    '',
    ...byFileLines(files, plan),
  ];
  if (plan.roster !== null) {
    lines.push('');
    if (notSubmitted.length === 0) lines.push(T.allSubmitted);
    else lines.push(T.notSubmitted, ...notSubmitted.map(T.school));
  }
  if (plan.notOnRoster.length > 0) lines.push('', T.notOnRoster, ...plan.notOnRoster.map(T.school));
  if (rosterIssues.length > 0)
    lines.push('', T.rosterIssues, ...rosterIssues.map((issue) => T.school(issue.message)));
  return lines;
}
