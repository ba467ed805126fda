/**
 * dist/web/index.html in headless Chromium (Debian's, as the sidebar tests launch it), opened from disk as a
 * coordinator opens the file she was sent: what it requests, what it refuses under its CSP, files handed to
 * its inputs and the downloads it offers saved to a folder.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../cli/cli-run';

export const PAGE_FILE = join(ROOT, 'dist/web/index.html');

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every request the page or its worker made other than the page's own file and the worker's Blob URL. */
  readonly requests: string[];
  /** Console lines of the browser refusing something under the page's Content-Security-Policy. */
  readonly refusals: string[];
  /** Errors the page's script threw. */
  readonly errors: string[];
}

export async function openPage(browser: Browser, width = 1280, height = 900): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width, height },
    acceptDownloads: true,
    locale: 'ru-RU',
  });
  const requests: string[] = [];
  const refusals: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('file:') && !url.startsWith('blob:')) requests.push(url);
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(PAGE_FILE).href);
  return { page, context, requests, refusals, errors };
}

/** Hands the files to the zone's input, as the file dialog does, and waits until the page has finished. */
export async function handIn(
  page: Page,
  role: 'coordinator' | 'curator',
  files: string | string[],
): Promise<void> {
  await page.setInputFiles(`#${role}-input`, files);
  await page.waitForSelector('body[data-state=done]', { timeout: 240_000 });
}

/** Each download the page offers, saved into `dir` under the name the page gives it; by download id. */
export async function saveDownloads(page: Page, dir: string): Promise<Map<string, string>> {
  const saved = new Map<string, string>();
  for (const link of await page.$$('[data-download] a')) {
    const id = await link.evaluate((node) => (node.parentElement as HTMLElement).dataset.download as string);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    saved.set(id, path);
  }
  return saved;
}

/** The rows of the figures' table, each its cells' text. */
export function figureRows(page: Page): Promise<string[][]> {
  return page.$$eval('table tbody tr', (rows) =>
    rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent ?? '')),
  );
}

/** The issues listed, each as «cell message». */
export function issueLines(page: Page): Promise<string[]> {
  return page.$$eval('.issues li', (items) =>
    items.map((item) => {
      const spans = item.querySelectorAll('span');
      return `${spans[0].textContent} ${spans[2].textContent}`;
    }),
  );
}
