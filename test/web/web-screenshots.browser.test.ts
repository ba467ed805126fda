/**
 * The pictures of the page for the guides (docs/руководство-координатора.md, docs/памятка-куратора.md):
 * empty, with a municipality, with a curator's file, each at 1280 px (a computer) and 390 px (a phone)
 * wide. Each is checked before it is saved: nothing wider than the window, the results shown.
 * Run `node build.mjs` first.
 */
import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run } from '../cli/cli-run';
import { fillSchoolFile, mentorsOf, validValues } from '../cli/school-file';
import { handIn, openPage } from './web-page';
import { launchChromium } from '../tools/chromium';

const IMAGES = join(ROOT, 'docs/images');
const SCHOOL = 'МБОУ «СОШ № 1»';
let dir: string;
let browser: Browser;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmn-web-images-'));
  mkdirSync(IMAGES, { recursive: true });
  for (const args of [
    ['demo', '--dir', 'demo', '--orgs', '8'],
    ['template', '-o', 'СОШ № 1.xlsx', '--school', SCHOOL],
  ]) {
    const result = await run(args, dir);
    if (result.code !== 0) throw new Error(result.stderr);
  }
  await writeFile(file('Сосновский район.xlsx'), await readFile(file('demo/demo-municipality.xlsx')));
  const values = { ...validValues(), '1.3': '12,5', '2.4': '' };
  await fillSchoolFile(file('СОШ № 1.xlsx'), SCHOOL, values, mentorsOf(0));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Nothing runs off the right edge: a phone shows the page without scrolling sideways. */
async function fitsWidth(page: Page, width: number): Promise<void> {
  const widest = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(widest).toBeLessThanOrEqual(width);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(IMAGES, `${name}.png`) });
}

describe.each([1280, 390])('the page %i px wide', (width) => {
  it('empty: both zones with their buttons', async () => {
    const { page, context } = await openPage(browser, width, 900);
    await fitsWidth(page, width);
    expect(await page.isVisible('label[for=coordinator-input]')).toBe(true);
    expect(await page.isVisible('label[for=curator-input]')).toBe(true);
    await shoot(page, `web-empty-${width}`);
    await context.close();
  });

  it('with a municipality: what was read, the errors by school, the downloads', async () => {
    const { page, context } = await openPage(browser, width, 1000);
    await handIn(page, 'coordinator', file('Сосновский район.xlsx'));
    await fitsWidth(page, width);
    expect(await page.locator('[data-download] a').count()).toBe(6);
    await page.locator('#results-title').evaluate((node) => node.scrollIntoView());
    await shoot(page, `web-municipality-${width}`);
    await page.locator('table').evaluate((node) => node.scrollIntoView());
    await shoot(page, `web-figures-${width}`);
    await context.close();
  }, 120_000);

  it('with a curator’s file: its errors by cell and what to do', async () => {
    const { page, context } = await openPage(browser, width, 900);
    await handIn(page, 'curator', file('СОШ № 1.xlsx'));
    await fitsWidth(page, width);
    expect(await page.locator('.issues li').count()).toBeGreaterThan(0);
    await page.locator('#results-title').evaluate((node) => node.scrollIntoView());
    await shoot(page, `web-curator-${width}`);
    await context.close();
  }, 60_000);
});
