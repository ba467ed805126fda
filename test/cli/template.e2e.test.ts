/**
 * `cmn-sheets template` run as a coordinator runs it: the blank municipal workbook from a pasted
 * list of schools, and one school's own file, each filled with valid values and read back through
 * `check` — nothing but the required values left empty may be reported. `npm test` builds first.
 */
import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';
import { ROOT, run, writeBook } from './cli-run';
import { fillSchoolFile, mentorsOf, TWO_MENTORS, validValues } from './school-file';

const LONG_NAME =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 ' +
  'имени Героя Советского Союза И. И. Иванова» села Берёзовка';
const SCHOOLS = ['МБОУ «СОШ № 1»', 'МКОУ «ООШ № 7»', LONG_NAME];
const REQUIRED = BUILTIN_CATALOGUE.indicators.filter((def) => isInput(def) && def.required).length;

interface CheckDocument {
  issues: { code: string; severity: string; sheet: string; cell: string }[];
  counts: Record<string, number>;
}

let dir: string;
const file = (name: string) => join(dir, name);

async function check(name: string): Promise<{ code: number; document: CheckDocument }> {
  const result = await run(['check', name, '--json'], dir);
  expect(result.stderr).toBe('');
  return { code: result.code, document: JSON.parse(result.stdout) as CheckDocument };
}

async function sheetNames(name: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file(name));
  return book.worksheets.filter((sheet) => sheet.state === 'visible').map((sheet) => sheet.name);
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs` (npm test does it first)');
  dir = await mkdtemp(join(tmpdir(), 'cmn-template-'));
  // As copied out of an order: numbered lines, a blank line.
  await writeFile(file('список.txt'), `1. ${SCHOOLS[0]}\n2. ${SCHOOLS[1]}\n\n3. ${SCHOOLS[2]}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('template: the blank municipal workbook', () => {
  it('has «Показатели», «База наставников», «Список ОО» with «Лист» filled, and a tab per school', async () => {
    const made = await run(['template', '-o', 'шаблон.xlsx', '--roster', 'список.txt'], dir);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toContain('Шаблон книги муниципалитета: шаблон.xlsx. Листов ОО: 3');
    const names = await sheetNames('шаблон.xlsx');
    expect(names.slice(0, 3)).toEqual(['Показатели', 'База наставников', 'Список ОО']);
    expect(names).toHaveLength(6);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file('шаблон.xlsx'));
    const roster = book.getWorksheet('Список ОО') as ExcelJS.Worksheet;
    const rows = [2, 3, 4].map((r) => [roster.getCell(r, 1).value, roster.getCell(r, 2).value]);
    expect(rows).toEqual(SCHOOLS.map((school, i) => [school, names[3 + i]]));
    // Excel's limit of 31 characters for a tab name, the long official name shortened as schools shorten it.
    expect(names[5].length).toBeLessThanOrEqual(31);
    expect(names[5]).toMatch(/^МБОУ/);
  });

  it('reads back through check with nothing but the empty required values', async () => {
    const blank = await check('шаблон.xlsx');
    expect(blank.code).toBe(1);
    expect(new Set(blank.document.issues.map((issue) => issue.code))).toEqual(new Set(['cell/required']));
    expect(blank.document.issues).toHaveLength(REQUIRED * SCHOOLS.length);
  });

  it('filled with valid values, leaves only the value left empty on purpose', async () => {
    await run(['template', '-o', 'заполненный.xlsx', '--roster', 'список.txt'], dir);
    const names = await sheetNames('заполненный.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file('заполненный.xlsx'));
    const values = validValues();
    SCHOOLS.forEach((school, i) => {
      const tab = book.getWorksheet(names[3 + i]) as ExcelJS.Worksheet;
      for (let row = 6; row <= tab.rowCount; row++) {
        const code = tab.getCell(row, 1).value as string;
        // The third school has not yet typed its total of teachers.
        if (i === 2 && code === '1.1') continue;
        tab.getCell(row, 5).value = values[code];
      }
    });
    const base = book.getWorksheet('База наставников') as ExcelJS.Worksheet;
    let row = 2;
    for (const [n, school] of SCHOOLS.entries()) {
      for (const mentor of mentorsOf(n)) {
        base.getRow(row).values = [
          row - 1,
          mentor.fio,
          school,
          'Методика преподавания предмета',
          'Победитель муниципального конкурса «Педагог года»',
          mentor.mentees,
          'педагог — молодой педагог',
          school,
        ];
        row++;
      }
    }
    await book.xlsx.writeFile(file('заполненный.xlsx'));

    const filled = await check('заполненный.xlsx');
    expect(filled.document.issues.map(({ code, sheet, cell }) => ({ code, sheet, cell }))).toEqual([
      { code: 'cell/required', sheet: names[5], cell: 'E6' },
    ]);
  });
});

describe("template --school: one school's own file", () => {
  it('holds the school tab and the base; filled, it checks clean', async () => {
    const made = await run(
      ['template', '-o', 'школа.xlsx', '--roster', 'список.txt', '--school', 'мбоу "сош №1"'],
      dir,
    );
    expect(made).toMatchObject({ code: 0, stderr: '' });
    // The roster's spelling wins over the one typed after --school.
    expect(made.stdout).toContain('Файл для ОО «МБОУ „СОШ № 1“»: школа.xlsx');
    expect(await sheetNames('школа.xlsx')).toEqual(['МБОУ «СОШ № 1»', 'База наставников']);
    await fillSchoolFile(file('школа.xlsx'), SCHOOLS[0], validValues(), TWO_MENTORS);
    const filled = await check('школа.xlsx');
    expect(filled).toEqual({ code: 0, document: { issues: [], counts: { error: 0, warning: 0, info: 0 } } });
  });

  it('says when the school is not on the roster, and takes the name as typed', async () => {
    const made = await run(
      ['template', '-o', 'другая.xlsx', '--roster', 'список.txt', '--school', 'МАОУ «Лицей № 3»'],
      dir,
    );
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('ОО «МАОУ „Лицей № 3“» нет в списке ОО');
    expect(await sheetNames('другая.xlsx')).toEqual(['МАОУ «Лицей № 3»', 'База наставников']);
  });
});

describe('template --roster: lists as coordinators keep them', () => {
  it('reads a workbook whose only column is «Наименование ОО», and columns copied with tabs', async () => {
    await writeBook(file('перечень.xlsx'), [
      {
        name: 'Школы',
        values: [
          ['№', 'Наименование ОО'],
          [1, SCHOOLS[0]],
          [2, SCHOOLS[1]],
        ],
      },
    ]);
    const fromBook = await run(['template', '-o', 'из-перечня.xlsx', '--roster', 'перечень.xlsx'], dir);
    expect(fromBook.code).toBe(0);
    expect((await sheetNames('из-перечня.xlsx')).slice(3)).toEqual(SCHOOLS.slice(0, 2));

    await writeFile(
      file('из-таблицы.txt'),
      `ОО\tРуководитель\tE-mail куратора\n${SCHOOLS[0]}\tИванова Мария Петровна\tkurator@school.ru\n`,
    );
    const fromText = await run(['template', '-o', 'из-текста.xlsx', '--roster', 'из-таблицы.txt'], dir);
    expect(fromText.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file('из-текста.xlsx'));
    const roster = book.getWorksheet('Список ОО') as ExcelJS.Worksheet;
    expect([1, 2, 3, 4, 5].map((c) => roster.getCell(2, c).value)).toEqual([
      SCHOOLS[0],
      SCHOOLS[0],
      'Иванова Мария Петровна',
      null,
      'kurator@school.ru',
    ]);
  });
});

describe('template --roster with «Лист» given', () => {
  it('names each tab as «Лист» says, as the add-on does, and after its school where «Лист» is empty, writing that into «Лист»', async () => {
    await writeBook(file('с-листами.xlsx'), [
      {
        name: 'Список ОО',
        values: [
          ['ОО', 'Лист'],
          [SCHOOLS[2], 'СОШ 5'],
          [SCHOOLS[0], ''],
        ],
      },
    ]);
    const made = await run(['template', '-o', 'с-листами-шаблон.xlsx', '--roster', 'с-листами.xlsx'], dir);
    expect(made.code).toBe(0);
    expect((await sheetNames('с-листами-шаблон.xlsx')).slice(3)).toEqual(['СОШ 5', SCHOOLS[0]]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file('с-листами-шаблон.xlsx'));
    const roster = book.getWorksheet('Список ОО') as ExcelJS.Worksheet;
    expect([2, 3].map((r) => roster.getCell(r, 2).value)).toEqual(['СОШ 5', SCHOOLS[0]]);
    const check = await run(['check', 'с-листами-шаблон.xlsx', '--json'], dir);
    const codes = new Set((JSON.parse(check.stdout) as CheckDocument).issues.map((issue) => issue.code));
    expect(codes).toEqual(new Set(['cell/required']));
  });
});

describe('template: the output file', () => {
  it('is never replaced without --force, and is with it', async () => {
    const refused = await run(['template', '-o', 'шаблон.xlsx'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Файл результата уже есть: шаблон.xlsx');
    const replaced = await run(['template', '-o', 'шаблон.xlsx', '--force'], dir);
    expect(replaced.code).toBe(0);
    expect(await sheetNames('шаблон.xlsx')).toEqual(['Показатели', 'База наставников', 'Список ОО']);
  });

  it('explains a missing -o and a roster without a «Список ОО» sheet', async () => {
    const noOutput = await run(['template'], dir);
    expect(noOutput).toMatchObject({ code: 2, stdout: '' });
    expect(noOutput.stderr).toContain('Не указан файл результата');
    const wrongRoster = await run(['template', '-o', 'x.xlsx', '--roster', 'школа.xlsx'], dir);
    expect(wrongRoster.code).toBe(2);
    expect(wrongRoster.stderr).toContain('не найден лист «Список ОО»');
    expect(existsSync(file('x.xlsx'))).toBe(false);
  });
});
