/**
 * Issues as the sidebar's cards: a card names its cell on a button, so its text starts with the
 * problem, not with «В ячейке B3 …» again; a cell with several issues is one card; and in the
 * workbook view a school tab nobody has started is one card, not one per empty value.
 */
import { createIssue, type Issue } from './issue';
import { SEVERITY_RANK } from './issue-report';
import { TAB_NOT_STARTED } from '../monitoring/messages';

/** «В ячейке B3 «…»: », «В ячейке B3 "…": », «В ячейке B3 » — the address a card already shows. */
const CELL_LEAD = /^В ячейке [A-Z]{1,3}\d+(?: (?:«.*?»|".*?"))?(?::\s+|\s+(?=[а-яё]))/u;

/** The message without its leading address, starting with a capital and ending with a full stop. */
export function problemText(message: string): string {
  const rest = message.replace(CELL_LEAD, '').trim();
  const capital = rest.charAt(0).toUpperCase() + rest.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** The issues of each cell together, cells in the order their first issue comes; a cell's worst issue first. */
export function groupByCell(issues: readonly Issue[]): Issue[][] {
  const cells = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = `${issue.sheet}\u0000${issue.cell}`;
    const list = cells.get(key);
    if (list) list.push(issue);
    else cells.set(key, [issue]);
  }
  return [...cells.values()].map((list) =>
    [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]),
  );
}

/**
 * The issues with each school tab that has nothing filled in — every issue on it an empty
 * required value — replaced by one issue at its first empty cell.
 */
export function collapseUnstartedTabs(issues: readonly Issue[], schoolSheets: readonly string[]): Issue[] {
  const bySheet = new Map<string, Issue[]>();
  for (const issue of issues) bySheet.set(issue.sheet, [...(bySheet.get(issue.sheet) ?? []), issue]);
  const unstarted = new Map<string, Issue>();
  for (const sheet of schoolSheets) {
    const own = bySheet.get(sheet) ?? [];
    if (own.length < 2 || own.some((issue) => issue.code !== 'cell/required' || issue.severity !== 'error'))
      continue;
    const first = own[0];
    unstarted.set(
      sheet,
      createIssue('cell/required', first, TAB_NOT_STARTED(own.length), { params: { empty: own.length } }),
    );
  }
  const out: Issue[] = [];
  for (const issue of issues) {
    const whole = unstarted.get(issue.sheet);
    if (!whole) out.push(issue);
    else if (issue === bySheet.get(issue.sheet)?.[0]) out.push(whole);
  }
  return out;
}
