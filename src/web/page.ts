/**
 * The page: two drop zones (the coordinator's and the curator's), each with a file input under a label; the
 * files go to the worker as bytes, and what it sends back is drawn with textContent only — no text from a
 * file is ever HTML. The status line is a live region, the results' heading takes the focus when they come.
 */
import { PAGE_TEXTS as P } from './messages';
import type {
  DroppedFile,
  FigureLine,
  IssueGroup,
  Role,
  RunView,
  WorkerMessage,
  FileLine,
} from './web-contract';

/** The worker's bundle, put here as text by build.mjs and started from a Blob URL (no request, no file). */
declare const CMN_WORKER_SOURCE: string;

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  className = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== '') node.textContent = text;
  if (className !== '') node.className = className;
  return node;
}

const status = byId<HTMLParagraphElement>('status');
const bar = byId<HTMLProgressElement>('progress');
const results = byId<HTMLElement>('results');
const resultsTitle = byId<HTMLHeadingElement>('results-title');
const body = byId<HTMLDivElement>('results-body');

for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
  const text = P[node.dataset.text as keyof typeof P];
  if (typeof text === 'string') node.textContent = text;
}

let worker: Worker | null = null;
let workerUrl = '';
const links: string[] = [];

function forgetLinks(): void {
  for (const url of links.splice(0)) URL.revokeObjectURL(url);
}

function showProgress(step: string, done: number, total: number): void {
  status.textContent = step;
  bar.hidden = false;
  if (total > 0) {
    bar.max = total;
    bar.value = done;
  } else bar.removeAttribute('value');
}

function heading(text: string): HTMLHeadingElement {
  return element('h3', text);
}

function fileList(files: readonly FileLine[]): HTMLElement {
  const list = element('ul', '', 'facts');
  for (const file of files)
    list.append(element('li', `${file.name} — ${file.note}`, file.read ? '' : 'refused'));
  return list;
}

function issueGroup(group: IssueGroup, open: boolean): HTMLElement {
  const details = element('details');
  details.open = open;
  details.append(element('summary', `${group.title}: ${group.counts}`));
  const list = element('ul', '', 'issues');
  for (const issue of group.issues) {
    const item = element('li');
    item.append(
      element('span', issue.cell, 'cell'),
      element('span', `${issue.label}. `, `severity-${issue.severity}`),
      element('span', issue.message),
    );
    if (issue.hint !== '') item.append(element('span', issue.hint, 'hint'));
    list.append(item);
  }
  details.append(list);
  if (group.omitted !== '') details.append(element('p', group.omitted));
  return details;
}

function figureTable(figures: readonly FigureLine[]): HTMLElement {
  const wrap = element('div', '', 'table-wrap');
  const table = element('table');
  table.setAttribute('aria-label', P.figuresTitle);
  const head = element('tr');
  for (const title of P.figureHeaders) {
    const th = element('th', title);
    th.scope = 'col';
    head.append(th);
  }
  table.append(element('thead'), element('tbody'));
  (table.tHead as HTMLTableSectionElement).append(head);
  for (const figure of figures) {
    const row = element('tr');
    const met = figure.reached === null ? '' : figure.reached ? 'met-yes' : 'met-no';
    const cells = [
      element('td', figure.code),
      element('td', figure.title, 'title'),
      element('td', figure.value, 'number'),
      element('td', figure.target, 'number'),
      element('td', figure.met, met),
      element('td', figure.counted, 'number'),
    ];
    // A phone shows each row as a card: every value under its column's name (page.css).
    cells.forEach((cell, i) => (cell.dataset.label = P.figureHeaders[i]));
    row.append(...cells);
    table.tBodies[0].append(row);
  }
  wrap.append(table);
  return wrap;
}

function showView(view: RunView): void {
  body.replaceChildren();
  resultsTitle.textContent = P.resultsOf(view.files.map((file) => file.name).join(', '));
  body.append(heading(P.filesTitle), fileList(view.files));
  if (view.facts.length > 0) {
    const facts = element('ul', '', 'facts');
    for (const fact of view.facts) facts.append(element('li', fact));
    body.append(facts);
  }
  if (view.notSubmitted.length > 0) {
    const list = element('ul', '', 'facts');
    for (const school of view.notSubmitted) list.append(element('li', school));
    body.append(heading(P.notSubmittedTitle), list);
  }
  if (view.downloads.length > 0) {
    const list = element('ul', '', 'downloads');
    list.id = 'downloads';
    for (const download of view.downloads) {
      const item = element('li');
      item.dataset.download = download.id;
      item.append(element('span', P.pending(download.label), 'pending'));
      item.dataset.label = download.label;
      list.append(item);
    }
    body.append(heading(P.downloadsTitle), list);
  }
  if (view.role === 'coordinator') {
    body.append(heading(P.schoolsTitle));
    if (view.schools.length === 0) body.append(element('p', P.noSchoolErrors));
    view.schools.forEach((group, index) => body.append(issueGroup(group, index < 3)));
  }
  body.append(
    heading(view.role === 'coordinator' ? P.bySheetTitle : P.issuesTitle),
    element('p', view.counts),
  );
  view.groups.forEach((group) => body.append(issueGroup(group, view.role === 'curator')));
  if (view.figures.length > 0) body.append(heading(P.figuresTitle), figureTable(view.figures));
  results.hidden = false;
  resultsTitle.focus();
}

function showRefused(files: readonly FileLine[], message: string): void {
  body.replaceChildren(heading(P.refusedTitle), fileList(files), element('p', message, 'refused'));
  resultsTitle.textContent = P.resultsOf(files.map((file) => file.name).join(', '));
  results.hidden = false;
  bar.hidden = true;
  status.textContent = message;
  document.body.dataset.state = 'done';
  resultsTitle.focus();
}

function showDownload(message: Extract<WorkerMessage, { type: 'download' }>): void {
  const item = document.querySelector<HTMLLIElement>(`[data-download="${message.id}"]`);
  if (item === null) return;
  const url = URL.createObjectURL(new Blob([message.bytes], { type: message.mime }));
  links.push(url);
  const link = element('a', P.download(item.dataset.label ?? message.fileName), 'button');
  link.href = url;
  link.download = message.fileName;
  item.replaceChildren(link);
}

function onMessage(message: WorkerMessage): void {
  if (message.type === 'progress') showProgress(message.step, message.done, message.total);
  else if (message.type === 'view') {
    status.textContent = P.ready;
    showView(message.view);
  } else if (message.type === 'download') showDownload(message);
  else if (message.type === 'refused') showRefused(message.files, message.message);
  else if (message.type === 'failed') showRefused([], message.message);
  else {
    bar.hidden = true;
    status.textContent = document.querySelector('[data-download]') === null ? P.ready : P.downloadsReady;
    document.body.dataset.state = 'done';
  }
}

/** A fresh worker per run: a new drop stops the run still under way. */
function startWorker(): Worker {
  worker?.terminate();
  if (workerUrl !== '') URL.revokeObjectURL(workerUrl);
  workerUrl = URL.createObjectURL(new Blob([CMN_WORKER_SOURCE], { type: 'text/javascript' }));
  const started = new Worker(workerUrl);
  started.onmessage = (event: MessageEvent<WorkerMessage>) => onMessage(event.data);
  started.onerror = (event) => {
    event.preventDefault();
    onMessage({ type: 'failed', message: P.failed(event.message) });
  };
  return started;
}

async function run(role: Role, list: FileList | null): Promise<void> {
  if (list === null || list.length === 0) return;
  if (typeof Worker === 'undefined') {
    status.textContent = P.workerMissing;
    return;
  }
  document.body.dataset.state = 'working';
  forgetLinks();
  const files: DroppedFile[] = [];
  for (const file of Array.from(list))
    files.push({ name: file.name, bytes: await file.arrayBuffer(), modified: file.lastModified });
  worker = startWorker();
  worker.postMessage(
    { role, files, now: Date.now() },
    files.map((file) => file.bytes),
  );
}

function zone(role: Role): void {
  const area = byId<HTMLElement>(`${role}-zone`);
  const input = byId<HTMLInputElement>(`${role}-input`);
  input.addEventListener('change', () => {
    void run(role, input.files);
    // The same file chosen again after a fix is a new change.
    input.value = '';
  });
  area.addEventListener('dragover', (event) => {
    event.preventDefault();
    area.classList.add('over');
  });
  area.addEventListener('dragleave', () => area.classList.remove('over'));
  area.addEventListener('drop', (event) => {
    event.preventDefault();
    area.classList.remove('over');
    void run(role, event.dataTransfer?.files ?? null);
  });
}

// A file dropped beside the zones would otherwise be opened by the browser in place of the page.
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());
zone('coordinator');
zone('curator');
