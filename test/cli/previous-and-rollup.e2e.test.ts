/**
 * `summary --previous` with last period's workbook, CSV or Parquet, `rollup -o` and the refusals
 * of bad input, run as users run the built command line; the JSON documents are validated against
 * the published JSON Schema. `npm test` builds first; run `node build.mjs` before running this alone.
 */
import Ajv2020 from 'ajv/dist/2020';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryDocument } from '../../src/cli/json-schemas';
import { generateMunicipality } from '../../src/demo/municipality';
import { readXlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { ROOT, run, writeBook } from './cli-run';

const SCHEMA = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(
  JSON.parse(readFileSync(join(ROOT, 'docs/schema/summary.schema.json'), 'utf8')),
);

const NOW = 'Сосновский район.xlsx';
const LAST = 'Сосновский район 2025.xlsx';
let dir: string;
const file = (name: string) => join(dir, name);

async function json(args: readonly string[]): Promise<SummaryDocument> {
  const result = await run(args, dir);
  expect(result.stderr, args.join(' ')).toBe('');
  const document = JSON.parse(result.stdout) as SummaryDocument;
  expect(SCHEMA(document), JSON.stringify(SCHEMA.errors)).toBe(true);
  return document;
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs` (npm test does it first)');
  dir = await mkdtemp(join(tmpdir(), 'cmn-previous-'));
  await writeBook(file(NOW), generateMunicipality({ seed: 31, orgs: 6, period: '2025/2026' }).sheets);
  await writeBook(file(LAST), generateMunicipality({ seed: 32, orgs: 6, period: '2024/2025' }).sheets);
  await writeBook(file('Берёзовский район.xlsx'), generateMunicipality({ seed: 33, orgs: 4 }).sheets);
  for (const format of ['csv', 'parquet']) {
    const exported = await run(['export', LAST, '--format', format, '-o', `last.${format}`], dir);
    expect(exported.stderr).toBe('');
  }
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('summary --previous', () => {
  it(
    'gives every figure last period’s value and the change, the same from the workbook, the CSV and the Parquet',
    { timeout: 120_000 },
    async () => {
      const last = await json(['summary', LAST, '--json']);
      const documents = [];
      for (const previous of [LAST, 'last.csv', 'last.parquet'])
        documents.push(await json(['summary', NOW, '--json', '--previous', previous]));
      const [fromBook, fromCsv, fromParquet] = documents;
      expect(fromCsv.indicators).toEqual(fromBook.indicators);
      expect(fromParquet.indicators).toEqual(fromBook.indicators);
      for (const indicator of fromBook.indicators) {
        const before = last.indicators.find((each) => each.id === indicator.id)?.value ?? null;
        expect(indicator.previous, indicator.id).toBe(before);
        if (before === null || indicator.value === null) expect(indicator.change).toBeNull();
        else expect(indicator.change as number).toBeCloseTo(indicator.value - before, 12);
      }
      expect(
        fromBook.indicators.some((indicator) => indicator.change !== 0 && indicator.change !== null),
      ).toBe(true);
    },
  );

  it('prints the comparison and writes it into «Сводная» of the copy', { timeout: 60_000 }, async () => {
    const result = await run(['summary', NOW, '--previous', 'last.csv', '-o', 'копия.xlsx'], dir);
    expect(result.stdout).toContain('Сравнение с прошлым периодом (2024/2025):');
    expect(result.stdout.replace(/\u00a0/g, ' ')).toMatch(/прошлый период: \d+, изменение: [+−]?\d+/);
    const book = await readXlsxWorkbook(await readFile(file('копия.xlsx')));
    const texts = book.readSheet('Сводная').values.flat().map(String);
    expect(texts).toContain('Прошлый период');
    expect(
      texts.some((text) => text.startsWith('По сравнению с прошлым периодом (2024/2025) сильнее всего')),
    ).toBe(true);
  });

  it(
    'picks this municipality by its name from a file of several, and refuses a file without it',
    { timeout: 60_000 },
    async () => {
      await run(['export', LAST, 'Берёзовский район.xlsx', '--format', 'csv', '-o', 'region.csv'], dir);
      const csv = await readFile(file('region.csv'), 'utf8');
      await writeFile(file('named.csv'), csv.split('Сосновский район 2025').join('Сосновский район'));
      const named = await json(['summary', NOW, '--json', '--previous', 'named.csv']);
      const single = await json(['summary', NOW, '--json', '--previous', 'last.csv']);
      expect(named.indicators).toEqual(single.indicators);
      const refused = await run(['summary', NOW, '--previous', 'region.csv'], dir);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        'нет муниципалитета «Сосновский район»; в нём: «Сосновский район 2025», «Берёзовский район»',
      );
    },
  );

  it('refuses what it cannot read with one Russian line, and writes nothing', async () => {
    const header = (await readFile(file('last.csv'), 'utf8')).split('\r\n')[0];
    await writeFile(
      file('broken.csv'),
      `${header}\r\n2025,,Сосновский район,municipality,,ped_total,1.1,x,count,много,,,3,,,counted\r\n`,
    );
    await writeFile(file('last.txt'), 'a,b\r\n');
    const cases: [string, string][] = [
      ['нет.csv', 'Файл не найден: нет.csv'],
      [
        'last.txt',
        'Прошлый период: ожидается книга .xlsx или файл выгрузки .csv или .parquet, а указан last.txt',
      ],
      [
        'broken.csv',
        'Файл прошлого периода broken.csv не прочитан: В ячейке J2 «много»: в столбце value ожидается число или пустая ячейка',
      ],
      ['last.csv.parquet', 'Файл не найден: last.csv.parquet'],
    ];
    for (const [previous, message] of cases) {
      const result = await run(['summary', NOW, '--previous', previous, '-o', 'не-создан.xlsx'], dir);
      expect(result.code, previous).toBe(2);
      expect(result.stderr.trim()).toBe(message);
    }
    await writeFile(file('fake.parquet'), 'PAR1 not really');
    const fake = await run(['summary', NOW, '--previous', 'fake.parquet'], dir);
    expect(fake.stderr.trim()).toBe(
      'Файл прошлого периода fake.parquet не прочитан: файл повреждён или не является файлом Parquet',
    );
    expect(existsSync(file('не-создан.xlsx'))).toBe(false);
  });
});

describe('rollup and export refusals', () => {
  it(
    'writes a new workbook with the regional «Сводная», and refuses to replace it without --force',
    { timeout: 60_000 },
    async () => {
      const first = await run(['rollup', NOW, 'Берёзовский район.xlsx', '-o', 'регион.xlsx'], dir);
      expect(first.stdout).toContain('Учтено муниципалитетов: 2; ОО: 10');
      expect(first.stdout).toContain('Книга со сводной по региону: регион.xlsx');
      const book = await readXlsxWorkbook(await readFile(file('регион.xlsx')));
      expect(book.listSheets().map((sheet) => sheet.name)).toEqual(['Сводная']);
      const texts = book.readSheet('Сводная').values.flat().map(String);
      expect(texts).toEqual(
        expect.arrayContaining(['Итого по региону', 'Берёзовский район', 'Сосновский район']),
      );
      const again = await run(['rollup', NOW, 'Берёзовский район.xlsx', '-o', 'регион.xlsx'], dir);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('Файл результата уже есть: регион.xlsx');
    },
  );

  it(
    'prints with --json the summary document of the region, valid against the published schema',
    { timeout: 60_000 },
    async () => {
      const region = await json(['rollup', 'Берёзовский район.xlsx', NOW, '--json']);
      expect(region.organizations.map((org) => [org.name, org.sheet])).toEqual([
        ['Берёзовский район', 'Берёзовский район.xlsx'],
        ['Сосновский район', NOW],
      ]);
      expect(region.notSubmitted).toEqual([]);
      expect(region.recommendations).toEqual([]);
      const total = region.indicators.find((indicator) => indicator.id === 'ped_total');
      const parts = await Promise.all(
        [NOW, 'Берёзовский район.xlsx'].map((book) => json(['summary', book, '--json'])),
      );
      const sum = parts.reduce(
        (s, doc) => s + (doc.indicators.find((i) => i.id === 'ped_total')?.value ?? 0),
        0,
      );
      expect(total?.value).toBe(sum);
    },
  );

  it(
    'tells apart two municipalities whose books have the same file name by their folders',
    { timeout: 60_000 },
    async () => {
      await mkdir(file('Сосновский'));
      await mkdir(file('Берёзовский'));
      await copyFile(file(NOW), file('Сосновский/книга.xlsx'));
      await copyFile(file('Берёзовский район.xlsx'), file('Берёзовский/книга.xlsx'));
      const region = await json(['rollup', 'Сосновский/книга.xlsx', 'Берёзовский/книга.xlsx', '--json']);
      expect(region.organizations.map((org) => [org.name, org.sheet])).toEqual([
        ['Берёзовский/книга', 'Берёзовский/книга.xlsx'],
        ['Сосновский/книга', 'Сосновский/книга.xlsx'],
      ]);
    },
  );

  it('refuses a book given twice, a wrong extension and a missing book', async () => {
    const twice = await run(['rollup', NOW, `./${NOW}`], dir);
    expect(twice.stderr.trim()).toBe(`Книга указана дважды: ./${NOW}. Каждая книга учитывается один раз`);
    const extension = await run(['export', NOW, '--format', 'parquet', '-o', 'x.csv'], dir);
    expect(extension.stderr.trim()).toBe('Файл результата должен иметь расширение .parquet: x.csv');
    const missing = await run(['export', NOW, 'нет.xlsx', '--format', 'csv', '-o', 'x.csv'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('Файл не найден: нет.xlsx');
    expect(existsSync(file('x.csv'))).toBe(false);
  });
});
