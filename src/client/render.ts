/**
 * Draws the issues payload: counts, then the cards — one problem a card. «Текущий лист» groups them by
 * severity; «Вся таблица» by sheet, each sheet one line with its counts that opens on a click (a
 * <details>, so the keyboard opens it too), the reader's current sheet first and open.
 */
import type { Severity } from '../core/issues/issue';
import { SEVERITY_GROUPS } from '../core/issues/issue-report';
import type { IssuesPayload, IssueView, SheetView } from '../gas/sidebar-contract';
import { confirmFixAll } from './confirm-fix-all';
import { button, el } from './dom';
import { TEXT } from './messages';
import { renderFill } from './render-fill';

export interface IssueActions {
  select(issue: IssueView): void;
  fix(issue: IssueView): void;
  fixAll(issue: IssueView): void;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The status line after a check; `checkedAt` is the reader's own clock («14:05»): the check ran a moment ago. */
export function statusText(payload: IssuesPayload, checkedAt: string): string {
  // A sheet that is not checked is not «проверено»: the line says only when the panel looked.
  if (!payload.recognised && payload.scope === 'sheet')
    return TEXT.statusNotChecked(payload.activeSheet, checkedAt);
  return payload.scope === 'sheet'
    ? TEXT.statusSheet(payload.activeSheet, checkedAt)
    : TEXT.statusWorkbook(checkedAt);
}

export function renderIssues(payload: IssuesPayload, actions: IssueActions): HTMLElement {
  const root = el('div', 'issues');
  if (!payload.recognised) {
    const reason = payload.scope === 'sheet' ? TEXT.notChecked(payload.activeSheet) : TEXT.nothingToCheck;
    root.append(el('p', 'empty', reason));
    return root;
  }
  if (payload.partial) root.append(el('p', 'partial', TEXT.partial));

  const counts = el('div', 'counts');
  for (const severity of ORDER) {
    const chip = el('span', `chip ${severity}`);
    chip.append(
      el('span', 'chip-label', SEVERITY_GROUPS[severity]),
      el('span', 'chip-count', String(payload.counts[severity])),
    );
    counts.append(chip);
  }
  root.append(counts, el('p', 'legend', TEXT.legend));
  const fill = payload.fill === null ? null : renderFill(payload.fill);
  if (fill !== null) root.append(fill);

  if (payload.issues.length === 0 && payload.omitted === 0) {
    root.append(el('p', 'empty', TEXT.nothingFound));
    return root;
  }
  if (payload.scope === 'workbook') root.append(...sheetGroups(payload, actions));
  else root.append(...severityGroups(payload, actions));
  if (payload.omitted > 0) root.append(el('p', 'omitted', TEXT.omitted(payload.omitted)));
  return root;
}

/** «Текущий лист»: errors, then warnings, then the rest, each under its heading. */
function severityGroups(payload: IssuesPayload, actions: IssueActions): HTMLElement[] {
  return ORDER.flatMap((severity) => {
    const issues = payload.issues.filter((issue) => issue.severity === severity);
    if (issues.length === 0) return [];
    const group = el('section', `group ${severity}`);
    const title = el('h2', 'group-title', SEVERITY_GROUPS[severity]);
    title.append(el('span', 'group-count', String(payload.counts[severity])));
    group.append(title, issueList(issues, payload, actions));
    return [group];
  });
}

/** The sheets in workbook order, the reader's current sheet moved first. */
function sheetOrder(payload: IssuesPayload): SheetView[] {
  const active = payload.sheets.filter((view) => view.sheet === payload.activeSheet);
  return [...active, ...payload.sheets.filter((view) => view.sheet !== payload.activeSheet)];
}

/** «Вся таблица»: one closed line a sheet with its counts; the current sheet's is first and open. */
function sheetGroups(payload: IssuesPayload, actions: IssueActions): HTMLElement[] {
  return sheetOrder(payload).map((view) => {
    const group = el('details', `sheet-group${view.counts.error > 0 ? ' with-errors' : ''}`);
    group.dataset.sheet = view.sheet;
    const current = view.sheet === payload.activeSheet;
    group.open = current;
    const summary = el('summary', 'sheet-summary');
    const name = el('span', 'sheet-name', view.sheet);
    summary.append(name, el('span', 'sheet-counts', TEXT.sheetCounts(view.counts)));
    if (current) summary.append(el('span', 'sheet-current', TEXT.activeSheetMark));
    group.append(summary);
    const issues = payload.issues.filter((issue) => issue.sheet === view.sheet);
    group.append(
      issues.length > 0 ? issueList(issues, payload, actions) : el('p', 'omitted', TEXT.sheetNotListed),
    );
    return group;
  });
}

function issueList(issues: readonly IssueView[], payload: IssuesPayload, actions: IssueActions): HTMLElement {
  const list = el('ol', 'issue-list');
  for (const issue of issues) list.append(renderIssue(issue, payload, actions));
  return list;
}

/** The listed issues a «fix all» of `issue`'s code on its sheet would change. */
function sameFixes(issue: IssueView, payload: IssuesPayload): IssueView[] {
  return payload.issues.filter(
    (other) => other.sheet === issue.sheet && other.code === issue.code && other.fix,
  );
}

function renderIssue(issue: IssueView, payload: IssuesPayload, actions: IssueActions): HTMLElement {
  const item = el('li', `issue ${issue.severity}`);
  item.dataset.code = issue.code;
  item.dataset.cell = issue.cell;
  item.dataset.sheet = issue.sheet;
  const where = el('div', 'where');
  where.append(button('cell', issue.cell, () => actions.select(issue), TEXT.goToCell));
  item.append(where, el('p', 'message', issue.message));
  if (issue.shown !== '') item.append(el('p', 'value', TEXT.current(issue.shown)));
  if (issue.hint) item.append(el('p', 'hint', issue.hint));
  if (issue.fix) {
    item.append(el('p', 'fix-label', issue.fix.label));
    const buttons = el('div', 'actions');
    buttons.append(button('fix', TEXT.fix, () => actions.fix(issue), issue.fix.label));
    if (issue.sameCodeFixable > 1) {
      buttons.append(
        button(
          'fix-all',
          TEXT.fixAll(issue.sameCodeFixable),
          () => {
            item.querySelector('.confirm')?.remove();
            const panel = confirmFixAll(issue, sameFixes(issue, payload), () => actions.fixAll(issue));
            item.append(panel);
            panel.querySelector<HTMLButtonElement>('.confirm-yes')?.focus();
          },
          TEXT.fixAllTitle,
        ),
      );
    }
    item.append(buttons);
  }
  item.addEventListener('click', () => actions.select(issue));
  return item;
}
