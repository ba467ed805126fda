/**
 * The page in the browser against the command line on the same files: a demo municipality handed to the
 * coordinator's zone gives the figures of `summary --json`, and each download equals what `summary -o`,
 * `report` and `export` write (sheet values, document text, bytes of the long format); a curator's file with
 * a planted error is listed by its cell as `check` lists it; a file over the limits is refused with the
 * command line's reason. All of it from file://, with no request and nothing refused by the page's CSP.
 * Run `node build.mjs` first (dist/web/index.html and dist/cli.mjs).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckDocument, SummaryDocument } from '../../src/cli/json-schemas';
import { formatCount } from '../../src/core/format/count';
import { formatFigure } from '../../src/core/format/figure';
import { formatPercent } from '../../src/core/format/percent';
import { ROOT, run } from '../cli/cli-run';
import { fillSchoolFile, mentorsOf, validValues } from '../cli/school-file';
import { docxText } from '../docx/docx-text';
import { zipBomb } from '../xlsx/hostile-xlsx';
import {
  figureRows,
  handIn,
  issueLines,
  openPage,
  PAGE_FILE,
  saveDownloads,
  type OpenedPage,
} from './web-page';
import { launchChromium } from '../tools/chromium';

const BOOK = 'Сосновский район.xlsx';
const SCHOOL = 'МБОУ «СОШ № 1»';
/** The cell of 1.3 «Педагоги в роли наставляемого» in the school template's «Значение» column. */
const PLANTED = { code: '1.3', value: '12,5' };

let dir: string;
let browser: Browser;
const file = (name: string) => join(dir, name);

async function cli(args: string[]): Promise<string> {
  const result = await run(args, dir);
  if (result.code > 1) throw new Error(`cmn-sheets ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** Every sheet's name and cell values in order; the generation time written on generated sheets made equal. */
async function sheetValues(path: string): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book.worksheets.map((sheet) => {
    const rows: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push(row.values));
    const text = JSON.stringify(rows).replace(/\d\d\.\d\d\.\d{4} \d\d:\d\d/g, '<время>');
    return { name: sheet.name, state: sheet.state, rows: JSON.parse(text) as unknown };
  });
}

beforeAll(async () => {
  for (const built of ['dist/cli.mjs', 'dist/web/index.html'])
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`node build.mjs\``);
  dir = await mkdtemp(join(tmpdir(), 'cmn-web-'));
  await cli(['demo', '--dir', 'demo', '--orgs', '8']);
  await writeFile(file(BOOK), await readFile(file('demo/demo-municipality.xlsx')));
  await cli(['template', '-o', 'школа.xlsx', '--school', SCHOOL]);
  await fillSchoolFile(
    file('школа.xlsx'),
    SCHOOL,
    { ...validValues(), [PLANTED.code]: PLANTED.value },
    mentorsOf(0),
  );
  await writeFile(file('бомба.xlsx'), zipBomb({ unpacked: 110 * 1024 * 1024 }));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the page as a file', () => {
  it('declares a Content-Security-Policy that forbids every request and allows only its own script and worker', async () => {
    const html = await readFile(PAGE_FILE, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain('worker-src blob:');
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    // One file: no script, style, font or picture taken from anywhere else.
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style.length).toBeGreaterThan(100);
    expect(style).not.toMatch(/@import|url\(|@font-face/i);
  });
});

describe('the coordinator’s zone', () => {
  let opened: OpenedPage;
  let downloads: Map<string, string>;
  let summary: SummaryDocument;

  beforeAll(async () => {
    summary = JSON.parse(await cli(['summary', BOOK, '--json'])) as SummaryDocument;
    await cli(['summary', BOOK, '-o', 'сводная.xlsx']);
    await cli(['report', BOOK, '--dir', 'отчёт']);
    await cli(['export', BOOK, '--format', 'csv', '-o', 'длинный.csv']);
    await cli(['export', BOOK, '--format', 'parquet', '-o', 'длинный.parquet']);
    opened = await openPage(browser);
    await handIn(opened.page, 'coordinator', file(BOOK));
    await mkdir(file('скачано'));
    downloads = await saveDownloads(opened.page, file('скачано'));
  }, 300_000);

  it('works from file:// without a single request, script error or refusal under its CSP', () => {
    expect(opened.requests).toEqual([]);
    expect(opened.refusals).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('shows the municipal figures of `summary --json`, with their targets', async () => {
    const rows = await figureRows(opened.page);
    expect(rows.length).toBeGreaterThan(10);
    for (const [, title, value, target, met, counted] of rows) {
      const indicator = summary.indicators.find((each) => each.title === title);
      expect(indicator, title).toBeDefined();
      if (indicator === undefined) continue;
      expect(value.startsWith(formatFigure(indicator.value, indicator.type)), title).toBe(true);
      if (indicator.type !== 'count' && indicator.numerator !== null && indicator.denominator !== null)
        expect(value).toContain(
          `${formatCount(indicator.numerator)} из ${formatCount(indicator.denominator)}`,
        );
      const targetText =
        indicator.target === null
          ? '—'
          : indicator.type === 'count'
            ? formatCount(indicator.target)
            : formatPercent(indicator.target);
      expect(target).toBe(targetText);
      expect(met).toBe(indicator.met === null ? '—' : indicator.met ? 'достигнуто' : 'не достигнуто');
      expect(counted).toBe(formatCount(indicator.schoolsCounted));
    }
  });

  it('lists what was read and the errors by school, each with its cell', async () => {
    const text = (await opened.page.textContent('#results')) ?? '';
    expect(text).toContain(`${BOOK} — прочитан`);
    expect(text).toContain(`Учтены сведения ${summary.organizations.length} ОО`);
    const withErrors = summary.organizations.filter((school) => school.errors > 0);
    expect(withErrors.length).toBeGreaterThan(0);
    for (const school of withErrors) {
      const group = opened.page.locator('details', {
        has: opened.page.locator('summary', { hasText: `${school.name} (лист «${school.sheet}»):` }),
      });
      // Its errors wherever they are: its tab's and those of its rows of «База наставников».
      expect(await group.first().locator('.issues li').count(), school.name).toBe(school.errors);
    }
    expect((await issueLines(opened.page)).every((line) => /^(«[^»]+»!)?[A-Z]+\d+ /.test(line))).toBe(true);
  });

  it('offers «Сводная и рекомендации» with the sheet values of `summary -o`', async () => {
    expect(await sheetValues(downloads.get('summary') as string)).toEqual(
      await sheetValues(file('сводная.xlsx')),
    );
  });

  it('offers both reports with the text of `report`', async () => {
    expect(await docxText(downloads.get('report') as string)).toBe(
      await docxText(file('отчёт/Аналитическая справка.docx')),
    );
    expect(await docxText(downloads.get('public-report') as string)).toBe(
      await docxText(file('отчёт/Аналитическая справка для публикации.docx')),
    );
  });

  it('offers the letters as one .zip: the files and texts of `report`', async () => {
    const folder = file('отчёт/Адресные рекомендации');
    const names = (await readdir(folder)).sort();
    const zip = await JSZip.loadAsync(await readFile(downloads.get('letters') as string));
    expect(Object.keys(zip.files).sort()).toEqual(names);
    await mkdir(file('письма'));
    for (const name of names) {
      const path = file(`письма/${name}`);
      await writeFile(path, await (zip.file(name) as JSZip.JSZipObject).async('uint8array'));
      expect(await docxText(path), name).toBe(await docxText(join(folder, name)));
    }
  });

  it('offers the long format, byte for byte the files of `export` (CSV and Parquet)', async () => {
    expect(await readFile(downloads.get('csv') as string)).toEqual(await readFile(file('длинный.csv')));
    expect(await readFile(downloads.get('parquet') as string)).toEqual(
      await readFile(file('длинный.parquet')),
    );
  });

  it('refuses a book over the limits with the reason the command line gives', async () => {
    const cliRun = await run(['check', 'бомба.xlsx'], dir);
    const reason = cliRun.stderr.trim();
    expect(reason).toMatch(/^Книга слишком велика для чтения: бомба\.xlsx\./);
    await handIn(opened.page, 'coordinator', file('бомба.xlsx'));
    expect(await opened.page.textContent('#status')).toBe(reason);
    expect(await opened.page.textContent('#results')).toContain(`бомба.xlsx — не прочитан: ${reason}`);
  }, 120_000);
});

describe('the school files from «Список ОО»', () => {
  const SCHOOLS = ['МБОУ «СОШ № 7»', 'МКОУ «Озёрная ООШ»', 'МБОУ «Гимназия № 3»'];
  const ROSTER_BOOK = 'Заречный район.xlsx';
  let saved: Map<string, string>;

  beforeAll(async () => {
    await writeFile(file('список.txt'), `${SCHOOLS.join('\n')}\n`);
    await cli(['template', '-o', ROSTER_BOOK, '--roster', 'список.txt']);
    const opened = await openPage(browser);
    await handIn(opened.page, 'coordinator', file(ROSTER_BOOK));
    await mkdir(file('шаблоны'));
    saved = await saveDownloads(opened.page, file('шаблоны'));
    await opened.context.close();
  }, 180_000);

  it('offers each school its own file, as `template --school ОО --roster книга.xlsx` writes it', async () => {
    const zip = await JSZip.loadAsync(await readFile(saved.get('templates') as string));
    expect(Object.keys(zip.files).sort()).toEqual(SCHOOLS.map((name) => `${name}.xlsx`).sort());
    for (const [i, name] of SCHOOLS.entries()) {
      await cli(['template', '-o', `школа-${i}.xlsx`, '--school', name, '--roster', ROSTER_BOOK]);
      const path = file(`шаблоны/${i}.xlsx`);
      await writeFile(path, await (zip.file(`${name}.xlsx`) as JSZip.JSZipObject).async('uint8array'));
      expect(await sheetValues(path), name).toEqual(await sheetValues(file(`школа-${i}.xlsx`)));
    }
  });
});

describe('school files dropped together with a list of schools', () => {
  const SCHOOLS = ['МБОУ «СОШ № 8»', 'МКОУ «Лесная ООШ»', 'МБОУ «Лицей № 4»'];
  const FILES = ['сош8.xlsx', 'лесная.xlsx', 'лицей4.xlsx'];
  let opened: OpenedPage;
  let saved: Map<string, string>;

  beforeAll(async () => {
    await writeFile(file('ОО.txt'), `${SCHOOLS.join('\n')}\n`);
    for (const [i, school] of SCHOOLS.entries()) {
      await cli(['template', '-o', FILES[i], '--school', school]);
      const values = i === 1 ? { ...validValues(), '1.3': '12,5' } : validValues();
      await fillSchoolFile(file(FILES[i]), school, values, mentorsOf(i));
    }
    await writeFile(file('пусто.xlsx'), '');
    await cli(['collect', ...FILES, 'пусто.xlsx', '--roster', 'ОО.txt', '-o', 'Книга муниципалитета.xlsx']);
    opened = await openPage(browser);
    // Any order: the list among the schools' files, and a file that is not a workbook.
    await handIn(opened.page, 'coordinator', [
      file(FILES[0]),
      file('ОО.txt'),
      file('пусто.xlsx'),
      file(FILES[1]),
      file(FILES[2]),
    ]);
    await mkdir(file('собрано'));
    saved = await saveDownloads(opened.page, file('собрано'));
  }, 240_000);

  it('offers the municipal workbook `collect` makes of them, sheet for sheet', async () => {
    expect(await sheetValues(saved.get('collected') as string)).toEqual(
      await sheetValues(file('Книга муниципалитета.xlsx')),
    );
  });

  it('says what was taken from each file and why a file was not', async () => {
    const text = (await opened.page.textContent('#results')) ?? '';
    for (const name of FILES) expect(text).toMatch(new RegExp(`${name} — прочитан; взяты листы: `));
    expect(text).toContain('ОО.txt — прочитан как список ОО');
    expect(text).toContain('пусто.xlsx — не прочитан: файл пустой');
    expect(text).toContain(`Учтены сведения ${SCHOOLS.length} ОО`);
    expect(opened.requests).toEqual([]);
  });
});

describe('the curator’s zone', () => {
  let opened: OpenedPage;
  let check: CheckDocument;

  beforeAll(async () => {
    check = JSON.parse(await cli(['check', 'школа.xlsx', '--json'])) as CheckDocument;
    opened = await openPage(browser, 390);
    await handIn(opened.page, 'curator', file('школа.xlsx'));
  }, 120_000);

  it('names the cell of the planted error with what is wrong and what to do', async () => {
    const planted = check.issues.find((issue) => issue.message.includes(`«${PLANTED.value}»`));
    expect(planted).toBeDefined();
    const lines = await issueLines(opened.page);
    expect(lines).toContain(`${planted?.cell} ${planted?.message}`);
    const hint = await opened.page
      .locator('.issues li', { hasText: planted?.message ?? '' })
      .locator('.hint')
      .textContent();
    expect(hint).toMatch(/^Что сделать: \S/);
  });

  it('lists every issue `check` finds, by cell, and nothing else', async () => {
    expect((await issueLines(opened.page)).sort()).toEqual(
      check.issues.map((issue) => `${issue.cell} ${issue.message}`).sort(),
    );
  });

  it('says that nothing leaves the computer, and makes no request', async () => {
    expect(await opened.page.textContent('.privacy')).toMatch(/никуда не передаются\.$/);
    expect(opened.requests).toEqual([]);
    expect(opened.refusals).toEqual([]);
  });
});
