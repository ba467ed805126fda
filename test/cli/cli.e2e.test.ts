/**
 * The built command line (bin/cmn-sheets.mjs → dist/cli.mjs) run as users run it, on .xlsx files
 * made here with exceljs. `npm test` builds first; run `node build.mjs` before running this alone.
 */
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_DOCS } from '../../src/core/issues/rule-docs';
import { generateMunicipality, type DemoMunicipality } from '../../src/demo/municipality';
import { ROOT, run, writeBook } from './cli-run';

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

function cellsOf(sheet: ExcelJS.Worksheet): Record<string, string> {
  const cells: Record<string, string> = {};
  sheet.eachRow((row) => row.eachCell((cell) => (cells[cell.address] = JSON.stringify(cell.value))));
  return cells;
}

const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
const HYPERLINK = '=HYPERLINK("http://x","y")';

let dir: string;
let demo: DemoMunicipality;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs` (npm test does it first)');
  dir = await mkdtemp(join(tmpdir(), 'cmn-cli-'));
  demo = generateMunicipality({ seed: 17, orgs: 4 });
  await writeBook(file('муниципалитет.xlsx'), demo.sheets);
  await writeBook(
    file('чистая.xlsx'),
    generateMunicipality({ seed: 18, orgs: 3, plantDefects: false }).sheets,
  );
  const school = demo.sheets[4];
  const literal = school.values.map((row) => row.slice());
  literal[1][1] = HYPERLINK;
  await writeBook(file('ссылка.xlsx'), [{ name: 'ОО со ссылкой', values: literal }]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('help and version', () => {
  it('prints the usage and the version with exit code 0', async () => {
    const [help, version] = await Promise.all([run(['--help'], dir), run(['--version'], dir)]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('cmn-sheets check   <книга.xlsx> [--json]');
    expect(help.stdout).toContain('cmn-sheets demo');
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '', progress: [] });
  });
});

describe('check', () => {
  it('prints one JSON document with every issue and the counts, exit 1 when the data has errors', async () => {
    const result = await run(['check', 'муниципалитет.xlsx', '--json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const doc = JSON.parse(result.stdout) as {
      issues: Record<string, unknown>[];
      counts: Record<string, number>;
    };
    expect(Object.keys(doc)).toEqual(['issues', 'counts']);
    expect(Object.keys(doc.counts)).toEqual(['error', 'warning', 'info']);
    for (const issue of doc.issues)
      expect(Object.keys(issue)).toEqual(['code', 'severity', 'sheet', 'cell', 'row', 'column', 'message']);
    const found = doc.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`);
    for (const p of demo.planted) expect(found).toContain(`${p.sheet}!${p.cell} ${p.code}`);
    expect(doc.counts.error).toBe(doc.issues.filter((i) => i.severity === 'error').length);
  });

  it('reports in Russian by sheet and exits 0 when the data has no errors', async () => {
    const [dirty, clean] = await Promise.all([
      run(['check', 'муниципалитет.xlsx'], dir),
      run(['check', 'чистая.xlsx'], dir),
    ]);
    expect(dirty.stdout).toMatch(/^Книга муниципалитет\.xlsx: \d+ ошиб/);
    expect(dirty.stdout).toContain('лист «База наставников» — ');
    expect(dirty.stdout.indexOf('Ошибки:')).toBeLessThan(dirty.stdout.indexOf('Предупреждения:'));
    expect(dirty.stdout).toContain('→ ');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('Книга чистая.xlsx: Ошибок и предупреждений не найдено');
  });
});

describe('summary', () => {
  it('prints the figures as JSON with exactly the keys of the --json contract (docs/cli.md), writing nothing', async () => {
    const before = (await readdir(dir)).sort();
    const result = await run(['summary', 'муниципалитет.xlsx', '--json'], dir);
    expect(result.code).toBe(1);
    const doc = JSON.parse(result.stdout) as Record<string, unknown[]> & { period: string | null };
    expect(Object.keys(doc)).toEqual([
      'period',
      'organizations',
      'indicators',
      'skipped',
      'notSubmitted',
      'recommendations',
      'issues',
    ]);
    // No «Список ОО» in this workbook: nobody is counted as not submitted.
    expect(doc.notSubmitted).toEqual([]);
    expect(doc.period).toBe('2025');
    expect(doc.organizations).toHaveLength(4);
    for (const org of doc.organizations)
      expect(Object.keys(org as object)).toEqual(['sheet', 'name', 'values', 'errors', 'warnings']);
    const indicators = doc.indicators as { id: string; type: string; value: number | null }[];
    for (const indicator of indicators) {
      expect(Object.keys(indicator)).toEqual([
        'id',
        'title',
        'type',
        'value',
        'numerator',
        'denominator',
        'schoolsCounted',
        'target',
        'met',
        // How a satisfaction figure was averaged (json-schemas.ts), on those indicators only.
        ...(indicator.id.startsWith('satisfaction_') ? ['weighting'] : []),
      ]);
      if (indicator.type === 'share' && indicator.value !== null)
        expect(indicator.value).toBeLessThanOrEqual(1);
    }
    expect(indicators.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'ped_total',
        'share_mentors',
        'share_oo_implementing',
        'share_oo_with_doc_order',
      ]),
    );
    expect(doc.skipped).toEqual([{ sheet: 'Инструкция', reason: expect.any(String) }]);
    for (const rec of doc.recommendations)
      expect(Object.keys(rec as object)).toEqual(['organization', 'code', 'stage', 'text']);
    expect((await readdir(dir)).sort()).toEqual(before);
  });

  it('-o writes a copy with the generated sheets and their markers; the input stays byte for byte', async () => {
    const input = file('муниципалитет.xlsx');
    const hash = await sha(input);
    const result = await run(['summary', 'муниципалитет.xlsx', '-o', 'сводная-копия.xlsx'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Показатели муниципалитета:');
    expect(result.stdout).toMatch(/целевое значение 100,0\s%/);
    expect(result.stdout).toContain('Копия книги с листами «Сводная» и «Рекомендации»: сводная-копия.xlsx');
    expect(await sha(input)).toBe(hash);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const [source, copy] = await Promise.all([readBook(input), readBook(file('сводная-копия.xlsx'))]);
    const names = copy.worksheets.map((ws) => ws.name);
    expect(names).toEqual([...source.worksheets.map((ws) => ws.name), 'Сводная', 'Рекомендации']);
    const defined = (copy.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(defined).toEqual(
      expect.arrayContaining([
        { name: 'cmn_generated_summary', ranges: ["'Сводная'!$A$1"] },
        { name: 'cmn_generated_recommendations', ranges: ["'Рекомендации'!$A$1"] },
      ]),
    );
    for (const ws of source.worksheets) expect(cellsOf(copy.getWorksheet(ws.name)!)).toEqual(cellsOf(ws));
    expect(Object.keys(cellsOf(copy.getWorksheet('Сводная')!)).length).toBeGreaterThan(50);

    // Run again on the copy: the marked sheets are replaced in place, not duplicated.
    const again = await run(['summary', 'сводная-копия.xlsx', '-o', 'сводная-копия-2.xlsx'], dir);
    expect(again.code).toBe(1);
    const second = await readBook(file('сводная-копия-2.xlsx'));
    expect(second.worksheets.map((ws) => ws.name)).toEqual(names);
    expect(second.getWorksheet('Рекомендации')!.rowCount).toBe(copy.getWorksheet('Рекомендации')!.rowCount);
  });

  it('keeps a user string that looks like a formula literal, in the copy and in «Сводная»', async () => {
    const result = await run(['summary', 'ссылка.xlsx', '-o', 'ссылка-копия.xlsx'], dir);
    expect(result.code).toBeLessThan(2);
    const copy = await readBook(file('ссылка-копия.xlsx'));
    const literal = (ws: ExcelJS.Worksheet) => {
      const cells: ExcelJS.Cell[] = [];
      ws.eachRow((row) => row.eachCell((cell) => (cell.value === HYPERLINK ? cells.push(cell) : undefined)));
      return cells;
    };
    expect(literal(copy.getWorksheet('ОО со ссылкой')!).map((c) => c.type)).toEqual([
      ExcelJS.ValueType.String,
    ]);
    const inSummary = literal(copy.getWorksheet('Сводная')!);
    expect(inSummary.length).toBeGreaterThan(0);
    expect(inSummary.every((cell) => cell.type === ExcelJS.ValueType.String)).toBe(true);
    for (const ws of copy.worksheets)
      ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('refuses to write over the input or into a missing folder, before reading anything', async () => {
    const input = file('муниципалитет.xlsx');
    const hash = await sha(input);
    const [same, missing, notXlsx] = await Promise.all([
      run(['summary', 'муниципалитет.xlsx', '-o', './муниципалитет.xlsx'], dir),
      run(['summary', 'муниципалитет.xlsx', '-o', 'нет-папки/итог.xlsx'], dir),
      run(['summary', 'муниципалитет.xlsx', '-o', 'итог.csv'], dir),
    ]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('совпадает с исходным');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('нет такой папки');
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.stderr).toContain('.xlsx');
    expect(await sha(input)).toBe(hash);
    expect(existsSync(file('нет-папки'))).toBe(false);
  });
});

describe('inputs that cannot be checked', () => {
  it('give exit code 2 and one Russian line on stderr, never a stack trace', async () => {
    await mkdir(file('папка.xlsx'));
    await writeFile(file('таблица.xlsx'), 'Код;Показатель;Значение\n1.1;Общая численность;40\n');
    const good = await readFile(file('чистая.xlsx'));
    await writeFile(file('битая.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
    const cfb = Buffer.alloc(4096);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(cfb);
    Buffer.from('EncryptionInfo', 'utf16le').copy(cfb, 1200);
    await writeFile(file('пароль.xlsx'), cfb);
    await new ExcelJS.Workbook().xlsx.writeFile(file('без-листов.xlsx'));
    await writeBook(file('чужая.xlsx'), [{ name: 'Лист1', values: [['Список дел'], ['купить бумагу']] }]);

    const cases: [string[], string][] = [
      [['check', 'нет-такого.xlsx'], 'Файл не найден: нет-такого.xlsx'],
      [['check', 'папка.xlsx'], 'Это папка, а не файл книги'],
      [['check', 'таблица.xlsx'], 'не является книгой .xlsx'],
      [['summary', 'битая.xlsx'], 'файл повреждён'],
      [['check', 'пароль.xlsx'], 'защищена паролем'],
      [['check', 'без-листов.xlsx'], 'нет ни одного листа'],
      [['summary', 'чужая.xlsx', '--json'], 'не найдено ни листов ОО'],
      [[], 'Не указана команда'],
      [['проверить', 'x.xlsx'], 'Неизвестная команда «проверить»'],
      [['check'], 'Не указан файл книги'],
      [['demo', '--dir', 'таблица.xlsx'], 'Не удалось создать папку таблица.xlsx: '],
    ];
    const results = await Promise.all(cases.map(([args]) => run(args, dir)));
    results.forEach((result, i) => {
      expect(result.code, cases[i][0].join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(cases[i][1]);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  });
});

describe('demo', () => {
  it('writes the demo workbook and its summary copy, and says where', async () => {
    const out = file('демо');
    const result = await run(['demo', '--dir', out, '--orgs', '3', '--seed', '5'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(join(out, 'demo-municipality.xlsx'));
    expect(result.stdout).toContain(join(out, 'demo-summary.xlsx'));
    // The planted mistakes are named in words; the codes stay in --json.
    expect(result.stdout).toContain(`— ${RULE_DOCS['value/not-integer'].title}`);
    for (const code of ['value/not-integer', 'indicator/title-variant', 'org/unknown'])
      expect(result.stdout).not.toContain(code);
    const summary = await readBook(join(out, 'demo-summary.xlsx'));
    expect(summary.worksheets.map((ws) => ws.name)).toEqual(
      expect.arrayContaining(['База наставников', 'Сводная', 'Рекомендации']),
    );
    expect(existsSync(join(out, 'demo-municipality.xlsx'))).toBe(true);
  });
});
