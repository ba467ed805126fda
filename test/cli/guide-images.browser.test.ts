/**
 * The pictures of the Russian guides (docs/руководство-координатора.md, docs/памятка-куратора.md),
 * made from the real command line: a school's own file from `template --school` printed through
 * LibreOffice (as a school prints it), and the report of `collect` in a terminal, drawn in
 * Chromium. Each is checked before it is saved. `npm test` builds first.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, writeBook } from './cli-run';
import { fillSchoolFile, mentorsOf, validValues } from './school-file';
import { launchChromium } from '../tools/chromium';

const exec = promisify(execFile);
const IMAGES = join(ROOT, 'docs/images');

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs` (npm test does it first)');
  dir = await mkdtemp(join(tmpdir(), 'cmn-guide-'));
  mkdirSync(IMAGES, { recursive: true });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** LibreOffice prints the book to PDF; its own profile keeps it apart from any other LibreOffice running. */
async function printToPdf(xlsx: string): Promise<string> {
  await exec(
    'soffice',
    [
      `-env:UserInstallation=file://${file('lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      xlsx,
    ],
    { timeout: 120_000 },
  );
  return xlsx.replace(/\.xlsx$/, '.pdf');
}

describe("a school's own file, printed", () => {
  it('shows the title, the school, the period and the indicators with a column to fill', async () => {
    const made = await run(['template', '-o', 'school.xlsx', '--school', 'МБОУ «СОШ № 1»'], dir);
    expect(made.code).toBe(0);
    const pdf = await printToPdf(file('school.xlsx'));
    const { stdout: text } = await exec('pdftotext', ['-layout', pdf, '-']);
    expect(text).toContain('Мониторинг реализации целевой модели наставничества');
    expect(text).toContain('МБОУ «СОШ № 1»');
    expect(text).toContain('Педагоги в роли наставника');
    expect(text).toContain('Значение');
    const { stdout: info } = await exec('pdfinfo', [pdf]);
    // The tab fits one page wide; the base is its own page.
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    // The top of the first page, large enough to read in the guide.
    await exec('pdftoppm', [
      '-png',
      '-r',
      '110',
      '-f',
      '1',
      '-l',
      '1',
      '-W',
      '1286',
      '-H',
      '560',
      '-singlefile',
      pdf,
      join(IMAGES, 'school-file'),
    ]);
    const png = await readFile(join(IMAGES, 'school-file.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  }, 180_000);
});

describe('collect in a terminal', () => {
  it('lists per file what was taken and what not, and who sent nothing', async () => {
    await mkdir(file('входящие'));
    const schools = ['МБОУ «СОШ № 1»', 'МБОУ «СОШ № 2»'];
    for (const [n, school] of schools.entries()) {
      const name = `входящие/${n + 1} ${school.replace(/[«»]/g, '')}.xlsx`;
      await run(['template', '-o', name, '--school', school], dir);
      await fillSchoolFile(file(name), school, validValues(), mentorsOf(n));
    }
    await writeBook(file('входящие/расписание.xlsx'), [{ name: 'Лист1', values: [['День', 'Урок']] }]);
    await writeBook(file('список.xlsx'), [
      {
        name: 'Список ОО',
        values: [['ОО', 'Куратор'], ...[...schools, 'МКОУ «ООШ № 7»'].map((school) => [school, ''])],
      },
    ]);
    const result = await run(['collect', 'входящие', '-o', 'книга.xlsx', '--roster', 'список.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('МКОУ «ООШ № 7»');
    const shown = `$ cmn-sheets collect входящие -o книга.xlsx --roster список.xlsx\n${result.stdout}`;
    const escaped = shown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 200 } });
      await page.setContent(
        `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><style>
          body { margin: 0; background: #1e1e1e; }
          pre { margin: 0; padding: 14px 18px; color: #e8e8e8; font: 14px/1.45 'DejaVu Sans Mono', monospace; white-space: pre-wrap; }
        </style></head><body><pre>${escaped}</pre></body></html>`,
      );
      expect(await page.locator('pre').innerText()).toContain('Не представлены данные');
      await page.screenshot({ path: join(IMAGES, 'collect-report.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
