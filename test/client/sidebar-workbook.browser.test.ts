/**
 * The sidebar as a coordinator sees it on a realistic workbook: the payloads come from the built add-on
 * (dist/Code.js) on the Apps Script emulator — «База наставников» and six school tabs with dozens of
 * problems — and are drawn by dist/sidebar.html in headless Chromium, 300 px wide (Google's sidebar width).
 * The screenshots in docs/images are made here.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIDEBAR_FUNCTIONS, type IssuesPayload } from '../../src/gas/sidebar-contract';
import { baseRows, schoolTab, seedMunicipality, start, tabName } from '../gas/municipality';
import { launchChromium } from '../tools/chromium';

const BASE = 'База наставников';
const ACTIVE = BASE;

/** Six schools; the base and four tabs with the mistakes curators make. */
interface Payloads {
  sheet: IssuesPayload;
  workbook: IssuesPayload;
  /** «Вся таблица» opened while a school tab with few issues is the active sheet. */
  workbookOnTab: IssuesPayload;
}

function payloads(): Payloads {
  const { emulator, bundle } = start();
  seedMunicipality(emulator, 6);
  const rows = baseRows(6);
  rows[2][1] = 'Петрoва Мария Ивановна';
  rows[4][1] = 'иванова анна сергеевна';
  rows[6][1] = 'смирнова ольга николаевна';
  rows[7][5] = '';
  rows[8][6] = 'наставничество по интересам';
  rows[9][6] = 'педагог-педагог';
  rows[10][2] = 'СОШ 5';
  rows[11][1] = 'кузнецова наталья викторовна';
  rows[12][6] = 'ученик-ученик';
  rows[3][5] = 'Фёдорова Дарья Алексеевна; Фёдорова Дарья Алексеевна';
  emulator.seedSheet(BASE, rows);
  emulator.seedSheet(
    tabName(2),
    schoolTab(2, {
      ped_mentors: 12.5,
      ped_mentees: 0.35,
      ped_under35: -2,
      kpk_trained: 'много',
      doc_order: 'в работе',
    }),
  );
  emulator.seedSheet(tabName(3), schoolTab(3, { ped_total: '', ped_mentees: 2.5, programs_approved: 'да' }));
  emulator.seedSheet(tabName(4), schoolTab(4, { ped_mentors: 40, ped_total: 35, young_mentees: 9 }));
  emulator.seedSheet(tabName(5), schoolTab(5, { personal_programs: '3 шт.', pairs_count: 15000.5 }));
  emulator.seedSheet(
    tabName(6),
    schoolTab(6, { ped_total: 'сорок', young_total: 1.5, mentors_of_young: -1, doc_roadmap: 'частично' }),
  );
  emulator.uncounted(() =>
    emulator.spreadsheet.getSheetByName(tabName(2))!.getRange('E8').setNumberFormat('0%'),
  );
  emulator.uncounted(() => emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName(ACTIVE)!));
  const workbook = bundle.call('sidebarIssues', 'workbook') as IssuesPayload;
  const sheet = bundle.call('sidebarIssues', 'sheet', workbook.context) as IssuesPayload;
  emulator.uncounted(() =>
    emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName(tabName(4))!),
  );
  const workbookOnTab = bundle.call('sidebarIssues', 'workbook') as IssuesPayload;
  return { sheet, workbook, workbookOnTab };
}

/** google.script.run as Apps Script gives it: a fresh runner per access, results async. */
function stubScriptRun(given: {
  sheet: IssuesPayload;
  workbook: IssuesPayload;
  functions: readonly string[];
}): void {
  type Handler = ((value: unknown) => void) | null;
  const runner = (success: Handler): Record<string, unknown> => {
    const target: Record<string, unknown> = {
      withSuccessHandler: (fn: (value: unknown) => void) => runner(fn),
      withFailureHandler: () => runner(success),
    };
    for (const name of given.functions)
      target[name] = (...args: unknown[]) => {
        const reply =
          name === 'sidebarIssues'
            ? given[args[0] as 'sheet' | 'workbook']
            : name === 'sidebarChangeStamp'
              ? given.sheet.stamp
              : { ok: true, message: '' };
        setTimeout(() => success?.(JSON.parse(JSON.stringify(reply))), 0);
      };
    return target;
  };
  (window as unknown as Record<string, unknown>).google = {
    script: {
      get run() {
        return runner(null);
      },
    },
  };
}

let browser: Browser;
let given: Payloads;

beforeAll(async () => {
  given = payloads();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(workbook = given.workbook): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.clock.install({ time: new Date(2026, 11, 7, 14, 5, 0) });
  await page.addInitScript(stubScriptRun, { sheet: given.sheet, workbook, functions: SIDEBAR_FUNCTIONS });
  await page.goto(pathToFileURL(resolve('dist/sidebar.html')).href);
  await page.clock.runFor(10);
  await page.locator('.issue').first().waitFor();
  return page;
}

async function toWorkbook(page: Page): Promise<void> {
  await page.locator('.scope[data-scope="workbook"]').click();
  await page.clock.runFor(10);
  await page.locator('.sheet-group').first().waitFor();
}

/** The computed font size of every element that draws text of its own. */
function textSizes(page: Page): Promise<{ text: string; size: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#app *')]
      .filter((node) =>
        [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent?.trim()),
      )
      .filter((node) => node.getClientRects().length > 0)
      .map((node) => ({
        text: node.textContent!.slice(0, 40),
        size: parseFloat(getComputedStyle(node).fontSize),
      })),
  );
}

describe('the sidebar on a realistic workbook, 300 px wide', () => {
  it('has dozens of problems on several sheets to show', () => {
    const { counts, sheets } = given.workbook;
    expect(counts.error + counts.warning + counts.info).toBeGreaterThanOrEqual(20);
    expect(sheets.length).toBeGreaterThanOrEqual(4);
  });

  it('«Вся таблица»: one closed line a sheet with its counts, the current sheet first and open; short enough to take in', async () => {
    const page = await open();
    await toWorkbook(page);
    const names = await page.locator('.sheet-group .sheet-name').allTextContents();
    expect(names[0]).toBe(ACTIVE);
    expect(names.slice().sort()).toEqual(given.workbook.sheets.map((view) => view.sheet).sort());
    const openFlags = await page
      .locator('.sheet-group')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLDetailsElement).open));
    expect(openFlags).toEqual(names.map((_, index) => index === 0));
    for (const [index, view] of given.workbook.sheets.entries()) {
      const line = page.locator(`.sheet-group`).nth(names.indexOf(view.sheet)).locator('.sheet-counts');
      if (view.counts.error > 0)
        expect(await line.textContent(), `${index}`).toContain(`ошибки: ${view.counts.error}`);
    }
    // A closed sheet is one line with its counts: its cards take no room until it is opened.
    const closed = await page
      .locator('.sheet-group:not([open])')
      .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().height));
    expect(closed.length).toBe(names.length - 1);
    for (const height of closed) expect(height).toBeLessThan(100);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page
      .locator('.sheet-group:not([open]) > summary')
      .evaluateAll((nodes) => nodes.forEach((node) => (node as HTMLElement).click()));
    const opened = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(
      `«Вся таблица»: ${names.length} sheets, ${given.workbook.issues.length} cards, ${height} px tall, ${opened} px all open`,
    );
    expect(height * 1.5).toBeLessThan(opened);
    await page.close();
  });

  it('on a school tab, «Вся таблица» opens that tab’s line first; saves a screenshot', async () => {
    const page = await open(given.workbookOnTab);
    await toWorkbook(page);
    expect((await page.locator('.sheet-group .sheet-name').allTextContents())[0]).toBe(tabName(4));
    expect(await page.locator('.sheet-group[open]').count()).toBe(1);
    mkdirSync('docs/images', { recursive: true });
    await page.screenshot({ path: 'docs/images/sidebar-workbook.png', fullPage: true });
    await page.close();
  });

  it('draws no text smaller than 14 px, in either view', async () => {
    const page = await open();
    const sheetSizes = await textSizes(page);
    await toWorkbook(page);
    await page.locator('.fill summary').click();
    const workbookSizes = await textSizes(page);
    const small = [...sheetSizes, ...workbookSizes].filter((entry) => entry.size < 14);
    expect(small).toEqual([]);
    expect(sheetSizes.length + workbookSizes.length).toBeGreaterThan(50);
    await page.close();
  });

  it('shows the cells’ values as Russians write them: «12,5», «35 %», «15 000,5»', async () => {
    const page = await open();
    await toWorkbook(page);
    for (const tab of [tabName(2), tabName(5)])
      await page.locator(`.sheet-group[data-sheet="${tab}"] > summary`).click();
    const values = await page.locator('.issue .value').allTextContents();
    expect(values).toContain('В ячейке: «12,5»');
    // 0.35 in a percent cell: the curator typed «35 %».
    expect(values).toContain('В ячейке: «35\u00a0%»');
    expect(values.some((text) => text.includes('15\u00a0000,5'))).toBe(true);
    expect(values.join(' ')).not.toMatch(/\d\.\d/);
    await page.close();
  });

  it('«Текущий лист»: one problem a card, errors first, and saves a screenshot', async () => {
    const page = await open();
    const cards = await page.locator('.issue').count();
    expect(cards).toBe(given.sheet.issues.length);
    const messages = await page.locator('.issue .message').allTextContents();
    for (const message of messages) expect(message, message).not.toContain('\n');
    // The top of the list, as the panel shows it on a laptop screen.
    await page.setViewportSize({ width: 300, height: 1100 });
    await page.screenshot({ path: 'docs/images/sidebar.png' });
    await page.close();
  });
});
