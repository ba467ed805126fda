/**
 * The command line on a workbook with «Список ОО» (docs/domain.md#roster-and-parameters,
 * docs/domain.md#command-line): a roster school with no tab and one with an empty tab are in `notSubmitted`
 * of `summary --json`, in the text reports of `check` and `summary`, and in «Сводная» and «Рекомендации» of
 * the copy.
 */
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';
import { generateMunicipality } from '../../src/demo/municipality';
import { ROOT, run, writeBook } from './cli-run';

const GYMNASIUM = 'МБОУ «Гимназия № 9»';

let dir: string;
let empty: string;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs`');
  dir = await mkdtemp(join(tmpdir(), 'cmn-roster-'));
  const demo = generateMunicipality({ seed: 18, orgs: 3, plantDefects: false });
  const label = (row: readonly unknown[]) => String(row[0]).startsWith('Образовательная организация');
  const tabs = demo.sheets.filter((sheet) => sheet.values.some(label));
  const emptied = tabs[2];
  empty = String(emptied.values.find(label)?.[1]);
  const inputs = new Set(BUILTIN_CATALOGUE.indicators.filter(isInput).map((def) => def.code));
  const header = emptied.values.findIndex((row) => row[0] === 'Код');
  const values = emptied.values.map((row, r) =>
    r > header && inputs.has(String(row[0])) ? [...row.slice(0, 4), '', ...row.slice(5)] : row,
  );
  const names = tabs.map((tab) => String(tab.values.find(label)?.[1]));
  await writeBook(join(dir, 'книга.xlsx'), [
    ...demo.sheets.map((sheet) => (sheet === emptied ? { name: sheet.name, values } : sheet)),
    {
      name: 'Список ОО',
      values: [
        ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
        ...names.map((name) => [name, '', '', '', '']),
        [GYMNASIUM, '', 'Петров Пётр Петрович', '', 'gimn9@edu.example.ru'],
      ],
    },
  ]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a workbook with «Список ОО»', () => {
  it('summary --json lists the roster schools that did not submit, in roster order', async () => {
    const result = await run(['summary', 'книга.xlsx', '--json'], dir);
    const doc = JSON.parse(result.stdout) as {
      notSubmitted: string[];
      organizations: { name: string }[];
      recommendations: { organization: string; code: string; stage: number }[];
    };
    expect(doc.notSubmitted).toEqual([empty, GYMNASIUM]);
    expect(doc.organizations.map((org) => org.name)).not.toContain(empty);
    expect(
      doc.recommendations
        .filter((r) => r.code === 'data_not_submitted')
        .map((r) => [r.organization, r.stage]),
    ).toEqual(
      [
        [empty, 7],
        [GYMNASIUM, 7],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'ru')),
    );
  });

  it('the text reports of check and summary name them, and the copy shows them in «Сводная»', async () => {
    const [check, summary] = await Promise.all([
      run(['check', 'книга.xlsx'], dir),
      run(['summary', 'книга.xlsx', '-o', 'копия.xlsx'], dir),
    ]);
    for (const output of [check.stdout, summary.stdout]) {
      expect(output).toContain('Не представлены данные, ОО с листа «Список ОО»: 2');
      expect(output).toContain(`  ${GYMNASIUM}`);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'копия.xlsx'));
    const rows: unknown[][] = [];
    book.getWorksheet('Сводная')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const gymnasium = rows.filter((row) => row[0] === GYMNASIUM);
    expect(gymnasium[0][1]).toBe('не представлены данные');
    expect(gymnasium[1].slice(1, 3)).toEqual(['нет листа', expect.stringMatching(/^0 из \d+$/)]);
  });
});
