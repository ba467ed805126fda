/**
 * The documents as a reader gets them: the .docx files of the demo municipality are converted to
 * PDF by LibreOffice (Debian `libreoffice-writer`; Liberation Serif stands in for Times New Roman)
 * and read back with poppler: page counts, every word of the model findable in the PDF's text (in
 * the order the content is drawn, so table cells do not interleave),
 * nothing printed beyond the right margin. The first page of each is saved as a PNG for the README
 * (docs/images/), from a fixed date so the pictures change only when the documents do.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocuments } from '../../src/app/documents';
import { summarise } from '../../src/app/summarise';
import { docxBytes } from '../../src/docx/docx-document';
import { plainText, type DocModel } from '../../src/core/documents/doc-model';
import { generateMunicipality } from '../../src/demo/municipality';
import { APPENDIX_HEADING } from '../../src/core/documents/messages';
import { memoryWorkbook } from '../tools/memory-workbook';
import { demoSchools, withLetterDetails } from '../core/documents/letter-fixture';

const POINTS_PER_MM = 72 / 25.4;
let dir: string;
const models: Record<string, DocModel> = {};
const pdfText: Record<string, string> = {};

function pages(name: string): number {
  const info = execFileSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/**
 * Words as a reader's search sees them, with how often each occurs: letters and digits, a line
 * broken after a hyphen joined again. A word broken inside a narrow cell counts as missing.
 */
function words(text: string): Map<string, number> {
  const joined = text.replace(/-\n\s*/g, '-');
  const counts = new Map<string, number>();
  for (const word of joined.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cmn-render-'));
  const demo = generateMunicipality({ seed: 2025, orgs: 8 });
  const sheets = Object.fromEntries(demo.sheets.map((sheet) => [sheet.name, sheet.values]));
  // The optional rows of «Параметры» filled in, as the справка a head signs has them.
  const optional = new Map([
    ['Исполнитель', 'Иванова Ольга Петровна'],
    ['Телефон исполнителя', '8 (38150) 2-15-06'],
  ]);
  sheets['Параметры'] = sheets['Параметры'].map((row) =>
    optional.has(String(row[0])) ? [row[0], optional.get(String(row[0])), ...row.slice(2)] : row,
  );
  const workbook = memoryWorkbook(sheets);
  const { documents } = makeDocuments(workbook, summarise(workbook), { generatedAt: '01.12.2025' });
  models.report = documents.report;
  models['public-report'] = documents.publicReport;
  // The letter as it goes out: heads named in «Список ОО», the letters' details in «Параметры».
  const lettered = memoryWorkbook(withLetterDetails(sheets, demoSchools(demo.sheets)));
  const { letters } = makeDocuments(lettered, summarise(lettered), { generatedAt: '01.12.2025' }).documents;
  models.letter = (
    letters.find((letter) => plainText(letter.model).includes(APPENDIX_HEADING)) ?? letters[0]
  ).model;
  // A recommendation the coordinator wrote out at length: a table row taller than a page.
  const long = Array.from({ length: 700 }, (_, i) => `мера${i + 1}`).join(' ');
  models['long-row'] = {
    name: 'Длинная рекомендация',
    blocks: [
      {
        kind: 'table',
        widths: [0.3, 0.7],
        headerRows: 1,
        rows: [
          ['Дефицит', 'Рекомендация'],
          ['Нет плана', long],
        ],
      },
    ],
  };
  for (const [name, model] of Object.entries(models))
    writeFileSync(join(dir, `${name}.docx`), await docxBytes(model));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...Object.keys(models).map((name) => join(dir, `${name}.docx`)),
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  for (const name of Object.keys(models))
    pdfText[name] = execFileSync('pdftotext', ['-raw', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
}, 180_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the documents rendered by LibreOffice', () => {
  it('have the expected number of pages, the version for publication shorter than the internal one', () => {
    // The letter up to its signature, then the appendix for the curator on a page of its own.
    expect(pages('letter')).toBeGreaterThanOrEqual(3);
    expect(pages('letter')).toBeLessThanOrEqual(5);
    expect(pages('report')).toBeGreaterThanOrEqual(5);
    expect(pages('public-report')).toBeLessThan(pages('report'));
    // The row taller than a page breaks across pages instead of being cut.
    expect(pages('long-row')).toBeGreaterThanOrEqual(2);
  });

  it('start the appendix of a letter on a new page, after a page that ends with «Исполнитель»', () => {
    const lines = (page: number) =>
      execFileSync(
        'pdftotext',
        ['-f', String(page), '-l', String(page), '-raw', join(dir, 'letter.pdf'), '-'],
        {
          encoding: 'utf8',
        },
      )
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
    const at = Array.from({ length: pages('letter') }, (_, i) => i + 1).find((page) =>
      lines(page).includes(APPENDIX_HEADING),
    );
    expect(at).toBeGreaterThan(1);
    expect(lines(at as number)[0]).toBe(APPENDIX_HEADING);
    expect(lines((at as number) - 1).at(-1)).toMatch(/^Исполнитель: /);
  });

  it('keep all their text extractable: every word of the model is found in the PDF as often, none broken', () => {
    for (const [name, model] of Object.entries(models)) {
      const found = words(pdfText[name]);
      const missing = [...words(plainText(model))].filter(([word, count]) => (found.get(word) ?? 0) < count);
      expect(missing, name).toEqual([]);
    }
  });

  it('print nothing beyond the right margin: the tables fit the page width', () => {
    for (const name of Object.keys(models)) {
      const html = execFileSync('pdftotext', ['-bbox', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
      const width = Number(/<page width="([\d.]+)"/.exec(html)?.[1]);
      const right = Math.max(...[...html.matchAll(/xMax="([\d.]+)"/g)].map((match) => Number(match[1])));
      expect(width).toBeCloseTo(595.3, 0);
      expect(right, name).toBeLessThanOrEqual(width - 15 * POINTS_PER_MM + 1);
    }
  });

  it('render to PNG page by page, and the first page of each goes to docs/images/', () => {
    mkdirSync('docs/images', { recursive: true });
    for (const name of ['report', 'public-report', 'letter']) {
      execFileSync('pdftoppm', ['-png', '-r', '60', join(dir, `${name}.pdf`), join(dir, name)]);
      const images = readdirSync(dir)
        .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.png'))
        .sort();
      expect(images).toHaveLength(pages(name));
      copyFileSync(join(dir, images[0]), join('docs/images', `document-${name}.png`));
    }
  });

  it('number the pages of both reports in the footer', () => {
    for (const name of ['report', 'public-report']) {
      const count = pages(name);
      for (const page of [1, count]) {
        const text = execFileSync(
          'pdftotext',
          ['-f', String(page), '-l', String(page), '-layout', join(dir, `${name}.pdf`), '-'],
          { encoding: 'utf8' },
        );
        const last = text
          .split('\n')
          .filter((line) => line.trim() !== '')
          .at(-1);
        expect(last?.trim(), `${name}, page ${page}`).toBe(String(page));
      }
    }
  });
});
