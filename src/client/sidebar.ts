/**
 * The sidebar: lists the issues of the active sheet (or the whole workbook), jumps to a cell on
 * click, applies fixes, and re-checks by itself when the sheet's contents change.
 */
import type { IssueCode } from '../core/issue';
import type { ActionResult, IssueView, SidebarScope } from '../gas/sidebar-contract';
import { button, el } from './dom';
import { TEXT } from './messages';
import { renderIssues } from './render';
import { callServer } from './server';

/** How often the sidebar asks whether the sheet changed (a cheap call; the check itself is not). */
const POLL_MS = 5000;

interface State {
  scope: SidebarScope;
  busy: boolean;
  stamp: string | null;
}

const state: State = { scope: 'sheet', busy: false, stamp: null };

const app = document.getElementById('app') as HTMLElement;
const notice = el('p', 'notice');
notice.setAttribute('role', 'status');
const content = el('div', 'content');
const scopeButtons = new Map<SidebarScope, HTMLButtonElement>();

function showNotice(message: string, kind: 'ok' | 'error'): void {
  notice.textContent = message;
  notice.className = `notice ${kind}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function report(result: ActionResult): void {
  if (result.message) showNotice(result.message, result.ok ? 'ok' : 'error');
}

function setScope(scope: SidebarScope): void {
  state.scope = scope;
  for (const [key, node] of scopeButtons) node.setAttribute('aria-pressed', String(key === scope));
  void refresh();
}

async function refresh(): Promise<void> {
  if (state.busy) return;
  state.busy = true;
  app.setAttribute('aria-busy', 'true');
  content.prepend(el('p', 'loading', TEXT.loading));
  try {
    const reply = await callServer('sidebarIssues', state.scope);
    if ('ok' in reply) {
      content.querySelector('.loading')?.remove();
      report(reply);
    } else {
      state.stamp = reply.stamp;
      content.replaceChildren(renderIssues(reply, { select, fix, fixAll }));
    }
  } catch (error) {
    content.querySelector('.loading')?.remove();
    showNotice(TEXT.failed(errorText(error)), 'error');
  } finally {
    state.busy = false;
    app.removeAttribute('aria-busy');
  }
}

async function select(issue: IssueView): Promise<void> {
  try {
    const result = await callServer('selectCell', issue.sheet, issue.cell);
    if (!result.ok) report(result);
  } catch (error) {
    showNotice(TEXT.failed(errorText(error)), 'error');
  }
}

async function act(run: () => Promise<ActionResult>): Promise<void> {
  try {
    report(await run());
  } catch (error) {
    showNotice(TEXT.failed(errorText(error)), 'error');
  }
  await refresh();
}

function fix(issue: IssueView): void {
  if (!issue.fix) return;
  const value = issue.fix.value;
  void act(() => callServer('applyFix', issue.sheet, issue.cell, issue.current, value));
}

function fixAll(sheet: string, code: IssueCode): void {
  void act(() => callServer('applyFixesOfCode', sheet, code));
}

async function poll(): Promise<void> {
  if (state.busy || document.hidden || state.stamp === null) return;
  try {
    const stamp = await callServer('sidebarChangeStamp');
    // A refusal is treated like a failed poll.
    if (typeof stamp === 'string' && stamp !== state.stamp) await refresh();
  } catch {
    // A failed poll is retried on the next tick; the user sees the last good list meanwhile.
  }
}

function start(): void {
  const bar = el('header', 'bar');
  const scopes = el('div', 'scopes');
  scopes.setAttribute('role', 'group');
  for (const [scope, label] of [['sheet', TEXT.scopeSheet], ['workbook', TEXT.scopeWorkbook]] as const) {
    const node = button('scope', label, () => setScope(scope));
    node.dataset.scope = scope;
    node.setAttribute('aria-pressed', String(scope === state.scope));
    scopeButtons.set(scope, node);
    scopes.append(node);
  }
  bar.append(scopes, button('refresh', TEXT.refresh, () => void refresh(), TEXT.refreshTitle));
  app.replaceChildren(bar, notice, content);
  void refresh();
  setInterval(() => void poll(), POLL_MS);
}

start();
