/**
 * A school whose name cell holds 40 000 characters (a pasted list, a runaway formula): the copy's
 * «Сводная» cell is cut to Excel's 32 767 with a visible mark and a cell/too-long issue, and no
 * line of the terminal report runs on for tens of thousands of characters.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LINE } from '../../src/cli/terminal/terminal-line';
import { generateMunicipality } from '../../src/demo/municipality';
import { readXlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { run, writeBook } from './cli-run';

const LONG_NAME = `МБОУ «СОШ № 1» ${'и филиалы '.repeat(4000)}`;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmn-long-'));
  const sheets = generateMunicipality({ seed: 31, orgs: 3, plantDefects: false }).sheets.map((sheet) => ({
    name: sheet.name,
    values: sheet.values.map((row) => row.slice()),
  }));
  const tab = sheets.find((sheet) => sheet.values.some((row) => row[0] === 'Образовательная организация:'))!;
  tab.values.find((row) => row[0] === 'Образовательная организация:')![1] = LONG_NAME;
  await writeBook(join(dir, 'книга.xlsx'), sheets);
}, 30_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('texts longer than a cell or a line', () => {
  it('are cut in the copy with a mark, reported as cell/too-long, and kept whole in the JSON figures', async () => {
    const done = await run(['summary', 'книга.xlsx', '-o', 'копия.xlsx', '--json'], dir);
    expect(done.code).toBeLessThan(2);
    const document = JSON.parse(done.stdout) as {
      issues: { code: string; sheet: string }[];
      organizations: { name: string }[];
    };
    expect(
      document.issues.filter((issue) => issue.code === 'cell/too-long').map((issue) => issue.sheet),
    ).toContain('Сводная');
    expect(document.organizations.map((org) => org.name)).toContain(LONG_NAME.trim());
    const copy = await readXlsxWorkbook(await readFile(join(dir, 'копия.xlsx')));
    const texts = copy.readSheet('Сводная').values.flat().map(String);
    const cut = texts.filter((text) => text.endsWith('… (сокращено)'));
    expect(cut.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(32_767);
  }, 30_000);

  it('never print a line longer than the terminal cap', async () => {
    // The same report as JSON does hold longer texts: the cap is what keeps the terminal readable.
    const json = await run(['summary', 'книга.xlsx', '--json'], dir);
    const texts = (
      JSON.parse(json.stdout) as { skipped: { reason: string }[]; issues: { message: string }[] }
    ).issues.map((issue) => issue.message);
    expect(Math.max(...texts.map((text) => text.length))).toBeGreaterThan(MAX_LINE);
    for (const args of [
      ['check', 'книга.xlsx'],
      ['summary', 'книга.xlsx'],
    ]) {
      const done = await run(args, dir);
      const longest = Math.max(...done.stdout.split('\n').map((line) => line.length));
      expect(longest, args.join(' ')).toBeLessThanOrEqual(MAX_LINE);
      expect(done.stdout.length).toBeGreaterThan(100);
    }
  }, 30_000);
});
