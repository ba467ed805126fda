/**
 * The page in the browser (dist/web/index.html) in Debian's Chromium, opened from disk: seconds from handing
 * it the 300-school municipal workbook to the results on screen, and to every download prepared.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DemoMunicipality } from '../src/demo/municipality';
import { newXlsxWorkbook } from '../src/xlsx/xlsx-workbook';
import { launchChromium } from '../test/tools/chromium';

const PAGE = resolve('dist/web/index.html');
/** Far over the budget: a page that has not answered by then has failed. */
const GIVE_UP_MS = 10 * 60 * 1000;

export interface WebTimes {
  readonly fileKb: number;
  readonly schools: number;
  /** From the file handed in to the figures and the errors on screen. */
  readonly resultsSeconds: number;
  /** … to every download ready («Сводная», the reports, the letters, the long format). */
  readonly downloadsSeconds: number;
  readonly pageKb: number;
}

export async function webTimes(demo: DemoMunicipality, schools: number): Promise<WebTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'cmn-bench-web-'));
  const browser = await launchChromium();
  try {
    const file = join(dir, 'Муниципалитет.xlsx');
    const book = newXlsxWorkbook();
    for (const sheet of demo.sheets) book.addGridSheet(sheet);
    writeFileSync(file, await book.toBuffer());
    const page = await browser.newPage();
    await page.goto(pathToFileURL(PAGE).href);
    const start = performance.now();
    await page.setInputFiles('#coordinator-input', file);
    await page.waitForSelector('#results:not([hidden])', { timeout: GIVE_UP_MS });
    const resultsSeconds = (performance.now() - start) / 1000;
    if ((await page.locator('table tbody tr').count()) === 0)
      throw new Error(`the page showed no figures: ${await page.textContent('#status')}`);
    await page.waitForSelector('body[data-state=done]', { timeout: GIVE_UP_MS });
    const downloadsSeconds = (performance.now() - start) / 1000;
    const links = await page.locator('[data-download] a').count();
    if (links < 6)
      throw new Error(`the page prepared ${links} downloads: ${await page.textContent('#status')}`);
    return {
      fileKb: Math.round(statSync(file).size / 1024),
      schools,
      resultsSeconds,
      downloadsSeconds,
      pageKb: Math.round(statSync(PAGE).size / 1024),
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
