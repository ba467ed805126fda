/**
 * The sidebar: lists the issues of the active sheet (or the whole workbook), jumps to a cell on
 * click, applies fixes, and re-checks by itself when the sheet's contents change.
 */
import type { ActionResult, IssueView, SidebarContext, SidebarScope } from '../gas/sidebar-contract';
import { button, el } from './dom';
import { TEXT } from './messages';
import { renderIssues, statusText } from './render';
import { callServer, ServerFailure } from './server';

/** How often the sidebar asks whether the sheet changed (a cheap call; the check itself is not). */
const POLL_MS = 5000;

interface State {
  scope: SidebarScope;
  busy: boolean;
  /** Position of the card last acted on: focus goes back to the list there after the re-check. */
  focusAt: number | null;
  stamp: string | null;
  /** The school names of the last full check: sent with each check of the active sheet. */
  context: SidebarContext | null;
}

/** What the server put into the page when it opened the sidebar (open-sidebar.ts). */
function openingContext(): SidebarContext | null {
  try {
    const parsed: unknown = JSON.parse(document.getElementById('cmn-context')?.textContent ?? 'null');
    const organisations = (parsed as { organisations?: unknown } | null)?.organisations;
    return Array.isArray(organisations) && organisations.every((name) => typeof name === 'string')
      ? { organisations: organisations as string[] }
      : null;
  } catch {
    return null;
  }
}

const state: State = { scope: 'sheet', busy: false, focusAt: null, stamp: null, context: openingContext() };

/** «14:05» by the reader's clock. */
function now(): string {
  const time = new Date();
  return `${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}`;
}

const app = document.getElementById('app') as HTMLElement;
/** The one live region: what a screen reader announces is this line, not the whole panel. */
const status = el('p', 'status');
status.setAttribute('role', 'status');
status.setAttribute('aria-live', 'polite');
const notice = el('p', 'notice');
const content = el('div', 'content');
const scopeButtons = new Map<SidebarScope, HTMLButtonElement>();

/**
 * A notice; an error one offers «Повторить», which checks again, and keeps Google's own text behind
 * «Подробности» for whoever supports the coordinator.
 */
function showNotice(message: string, kind: 'ok' | 'error', detail?: string): void {
  notice.replaceChildren(el('span', 'notice-text', message));
  if (kind === 'error') notice.append(button('retry', TEXT.retry, () => void refresh()));
  if (detail) {
    const details = el('details', 'details');
    details.append(el('summary', 'details-summary', TEXT.details), el('p', 'details-text', detail));
    notice.append(details);
  }
  notice.className = `notice ${kind}`;
}

function clearNotice(): void {
  notice.replaceChildren();
  notice.className = 'notice';
}

/** A call that threw: in Russian, with Google's text as the detail (server.ts). */
function showFailure(error: unknown): void {
  const failure = error instanceof ServerFailure ? error : new ServerFailure(String(error));
  showNotice(failure.message, 'error', failure.detail);
}

function report(result: ActionResult): void {
  if (result.message) showNotice(result.message, result.ok ? 'ok' : 'error', result.detail);
}

function setScope(scope: SidebarScope): void {
  state.scope = scope;
  for (const [key, node] of scopeButtons) node.setAttribute('aria-pressed', String(key === scope));
  void refresh();
}

/**
 * Checks again. `changed`: the sheet changed since the last look, so edits may have come faster
 * than Google runs onEdit (it queues at most two); the active sheet's marks then catch up.
 */
async function refresh(changed = false): Promise<void> {
  if (state.busy) return;
  state.busy = true;
  app.setAttribute('aria-busy', 'true');
  status.textContent = TEXT.loading;
  try {
    const reply = await callServer(
      'sidebarIssues',
      state.scope,
      state.scope === 'sheet' ? state.context : null,
    );
    if ('ok' in reply) {
      status.textContent = TEXT.failedStatus;
      report(reply);
    } else {
      state.stamp = reply.stamp;
      if (reply.context) state.context = reply.context;
      // A check that went through: an earlier failure no longer stands.
      if (notice.classList.contains('error')) clearNotice();
      status.textContent = statusText(reply, now());
      content.replaceChildren(renderIssues(reply, { select, fix, fixAll }));
      returnFocus();
      if (changed && reply.scope === 'sheet' && reply.recognised) void catchUpMarks();
    }
  } catch (error) {
    status.textContent = TEXT.failedStatus;
    showFailure(error);
  } finally {
    state.busy = false;
    app.removeAttribute('aria-busy');
  }
}

/** After a fix the list is redrawn: focus goes to the card now in the acted one's place, or the status line. */
function returnFocus(): void {
  if (state.focusAt === null) return;
  const cells = content.querySelectorAll<HTMLButtonElement>('.issue .cell');
  const target = cells[Math.min(state.focusAt, cells.length - 1)];
  state.focusAt = null;
  if (target) target.focus();
  else status.focus();
}

/** Remembers where the acted-on card is, for returnFocus. */
function rememberPlace(issue: IssueView): void {
  const cards = [...content.querySelectorAll<HTMLElement>('.issue')];
  const index = cards.findIndex(
    (card) => card.dataset.cell === issue.cell && card.dataset.sheet === issue.sheet,
  );
  state.focusAt = Math.max(0, index);
}

async function catchUpMarks(): Promise<void> {
  try {
    await callServer('sidebarCatchUpMarks');
  } catch {
    // Marks catch up on the next change or the next full check; the list is already right.
  }
}

async function select(issue: IssueView): Promise<void> {
  try {
    const result = await callServer('selectCell', issue.sheet, issue.cell);
    if (!result.ok) report(result);
  } catch (error) {
    showFailure(error);
  }
}

async function act(run: () => Promise<ActionResult>): Promise<void> {
  try {
    report(await run());
  } catch (error) {
    showFailure(error);
  }
  await refresh();
}

function fix(issue: IssueView): void {
  if (!issue.fix) return;
  rememberPlace(issue);
  const value = issue.fix.value;
  void act(() => callServer('applyFix', issue.sheet, issue.cell, issue.current, value));
}

function fixAll(issue: IssueView): void {
  rememberPlace(issue);
  void act(() => callServer('applyFixesOfCode', issue.sheet, issue.code));
}

async function poll(): Promise<void> {
  if (state.busy || document.hidden || state.stamp === null) return;
  try {
    const stamp = await callServer('sidebarChangeStamp');
    // A refusal is treated like a failed poll.
    if (typeof stamp === 'string' && stamp !== state.stamp) await refresh(true);
  } catch {
    // A failed poll is retried on the next tick; the user sees the last good list meanwhile.
  }
}

function start(): void {
  const bar = el('header', 'bar');
  const scopes = el('div', 'scopes');
  scopes.setAttribute('role', 'group');
  scopes.setAttribute('aria-label', TEXT.scopeLabel);
  for (const [scope, label] of [
    ['sheet', TEXT.scopeSheet],
    ['workbook', TEXT.scopeWorkbook],
  ] as const) {
    const node = button('scope', label, () => setScope(scope));
    node.dataset.scope = scope;
    node.setAttribute('aria-pressed', String(scope === state.scope));
    scopeButtons.set(scope, node);
    scopes.append(node);
  }
  bar.append(
    scopes,
    button('refresh', TEXT.refresh, () => void refresh(), TEXT.refreshTitle),
  );
  status.tabIndex = -1;
  app.replaceChildren(bar, status, notice, content);
  void refresh();
  setInterval(() => void poll(), POLL_MS);
}

start();
