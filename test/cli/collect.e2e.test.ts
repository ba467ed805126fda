/**
 * `cmn-sheets collect` over a folder as it arrives by e-mail: schools' files made by `template
 * --school` and filled, a school that sent its file twice (first with an error, then corrected),
 * a school that sent its base again apart, an empty form, a foreign table, a password-protected
 * book, a broken file, a text file and Excel's lock file — and a roster school that sent nothing.
 * `npm test` builds first; run `node build.mjs` before running this alone.
 */
import Ajv2020 from 'ajv/dist/2020';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECT_DOCUMENT, type CollectDocument } from '../../src/cli/json-schemas';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';
import { ROOT, run, writeBook } from './cli-run';
import { fillSchoolFile, mentorsOf, setSaved, validValues } from './school-file';

const SCHOOL_1 = 'МБОУ «СОШ № 1»';
const SCHOOL_2 = 'МБОУ «СОШ № 2»';
const LYCEUM = 'МАОУ «Лицей № 3»';
const MISSING = 'МКОУ «ООШ № 7»';
const ROSTER = [SCHOOL_1, SCHOOL_2, MISSING, LYCEUM];

let dir: string;
const file = (name: string) => join(dir, name);
const inbox = (name: string) => join('входящие', name);

async function schoolFile(name: string, school: string): Promise<string> {
  const made = await run(['template', '-o', inbox(name), '--school', school], dir);
  if (made.code !== 0) throw new Error(made.stderr);
  return file(inbox(name));
}

async function collect(...args: string[]) {
  return run(['collect', ...args], dir);
}

async function visibleSheets(path: string): Promise<ExcelJS.Worksheet[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book.worksheets.filter((sheet) => sheet.state === 'visible');
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs` (npm test does it first)');
  dir = await mkdtemp(join(tmpdir(), 'cmn-collect-'));
  await mkdir(file('входящие'));

  await fillSchoolFile(await schoolFile('01 СОШ 1.xlsx', SCHOOL_1), SCHOOL_1, validValues(), mentorsOf(0));
  // The first file of school 2 has a count that is not whole; the second one, sent later, is corrected.
  await fillSchoolFile(
    await schoolFile('02 СОШ 2.xlsx', SCHOOL_2),
    SCHOOL_2,
    { ...validValues(), '1.1': '12,5' },
    mentorsOf(1),
  );
  await fillSchoolFile(
    await schoolFile('03 СОШ 2 исправленный.xlsx', SCHOOL_2),
    SCHOOL_2,
    validValues(),
    mentorsOf(1),
  );
  // Saved on 1 and 5 March by the books' own «modified» (collect decides by it, not by the names).
  await setSaved(file(inbox('02 СОШ 2.xlsx')), new Date(2026, 2, 1, 9, 30));
  await setSaved(file(inbox('03 СОШ 2 исправленный.xlsx')), new Date(2026, 2, 5, 12, 0));
  // Its base once more, alone: the same rows must not be counted twice.
  const again = await schoolFile('04 СОШ 1 база.xlsx', SCHOOL_1);
  await fillSchoolFile(again, SCHOOL_1, {}, mentorsOf(0));
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(again);
  book.removeWorksheet((book.worksheets[0] as ExcelJS.Worksheet).id);
  await book.xlsx.writeFile(again);
  // Sent back without a single value.
  await schoolFile('05 Лицей.xlsx', LYCEUM);

  await writeBook(file(inbox('расписание.xlsx')), [
    {
      name: 'Расписание',
      values: [
        ['День', 'Урок', 'Кабинет'],
        ['Понедельник', 'Математика', 12],
      ],
    },
  ]);
  const encrypted = Buffer.alloc(4096);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(encrypted);
  Buffer.from('EncryptionInfo', 'utf16le').copy(encrypted, 1200);
  await writeFile(file(inbox('с паролем.xlsx')), encrypted);
  await writeFile(
    file(inbox('битый.xlsx')),
    Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(200, 7)]),
  );
  await writeFile(file(inbox('письмо.txt')), 'Направляем отчёт по наставничеству.');
  await copyFile(file(inbox('01 СОШ 1.xlsx')), file(inbox('~$01 СОШ 1.xlsx')));

  await writeBook(file('список.xlsx'), [
    {
      name: 'Список ОО',
      values: [
        ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
        ...ROSTER.map((school, i) => [school, '', 'Иванова Мария Петровна', '', `kurator${i + 1}@school.ru`]),
      ],
    },
  ]);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('collect --json', () => {
  let document: CollectDocument;
  let code: number;

  beforeAll(async () => {
    const result = await collect('входящие', '-o', 'книга.xlsx', '--roster', 'список.xlsx', '--json');
    expect(result.stderr).toBe('');
    code = result.code;
    document = JSON.parse(result.stdout) as CollectDocument;
  }, 30_000);

  it('prints the collect --json document, valid against the published schema and the zod one', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(
      JSON.parse(readFileSync(join(ROOT, 'docs/schema/collect.schema.json'), 'utf8')),
    );
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(COLLECT_DOCUMENT.safeParse(document).success).toBe(true);
    expect(Object.keys(document)).toEqual(['taken', 'skipped', 'notSubmitted']);
  });

  it('takes each school once with its base rows, the corrected file of the school that sent two', () => {
    expect(document.taken).toEqual([
      // The roster's book is the municipality's: its list is carried (with «Лист» set to the new tabs).
      { file: 'список.xlsx', sheet: 'Список ОО', school: null },
      { file: inbox('01 СОШ 1.xlsx'), sheet: SCHOOL_1, school: SCHOOL_1 },
      { file: inbox('01 СОШ 1.xlsx'), sheet: 'База наставников', school: SCHOOL_1 },
      { file: inbox('03 СОШ 2 исправленный.xlsx'), sheet: SCHOOL_2, school: SCHOOL_2 },
      { file: inbox('03 СОШ 2 исправленный.xlsx'), sheet: 'База наставников', school: SCHOOL_2 },
      { file: inbox('05 Лицей.xlsx'), sheet: LYCEUM, school: LYCEUM },
    ]);
  });

  it('names the reason for every file and sheet not taken, and skips nothing silently', () => {
    const reasons = new Map(document.skipped.map((entry) => [`${entry.file}|${entry.sheet}`, entry.reason]));
    expect(reasons.get(`${inbox('02 СОШ 2.xlsx')}|${SCHOOL_2}`)).toBe(
      'ОО «МБОУ „СОШ № 2“» уже представлена файлом «входящие/03 СОШ 2 исправленный.xlsx» ' +
        '(лист «МБОУ „СОШ № 2“»): он сохранён позже: 05.03.2026 12:00:00 против 01.03.2026 09:30:00',
    );
    expect(reasons.get(`${inbox('02 СОШ 2.xlsx')}|База наставников`)).toContain(
      'данные этой ОО взяты из файла «входящие/03 СОШ 2 исправленный.xlsx»',
    );
    expect(reasons.get(`${inbox('04 СОШ 1 база.xlsx')}|База наставников`)).toBe(
      'строки «Базы наставников», повторяющие уже взятые из другого файла: 2',
    );
    expect(reasons.get(`${inbox('расписание.xlsx')}|null`)).toContain('в файле нет ни листа ОО');
    expect(reasons.get(`${inbox('с паролем.xlsx')}|null`)).toMatch(/^книга защищена паролем\. Откройте её/);
    expect(reasons.get(`${inbox('битый.xlsx')}|null`)).toBe('книгу не удалось прочитать, файл повреждён');
    expect(reasons.get(`${inbox('письмо.txt')}|null`)).toMatch(/^файл не является книгой \.xlsx/);
    // The reasons name no file in the place of the file's own name.
    for (const entry of document.skipped) expect(entry.reason).not.toContain('\u0000');
    // Excel's lock file is not a school's file.
    expect(JSON.stringify(document)).not.toContain('~$');
    // A base with no mentor of its own is not taken («its rows of the base, if any»).
    expect(reasons.get(`${inbox('05 Лицей.xlsx')}|База наставников`)).toBe(
      'в листе нет ни одной строки с наставником',
    );
    expect(document.skipped).toHaveLength(8);
  });

  it('lists the roster schools that sent nothing or an empty form, in roster order', () => {
    expect(document.notSubmitted).toEqual([MISSING, LYCEUM]);
  });

  it("exits 1: the collected data has errors (the empty form's required values)", () => {
    expect(code).toBe(1);
  });
});

describe('the collected workbook', () => {
  it('holds the catalogue, the merged base, the roster with «Лист» filled, and the tabs in roster order', async () => {
    const sheets = await visibleSheets(file('книга.xlsx'));
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Показатели',
      'База наставников',
      'Список ОО',
      SCHOOL_1,
      SCHOOL_2,
      LYCEUM,
    ]);
    const roster = sheets[2];
    const rows = [2, 3, 4, 5].map((r) => [
      roster.getCell(r, 1).value,
      roster.getCell(r, 2).value ?? null,
      roster.getCell(r, 5).value,
    ]);
    expect(rows).toEqual([
      [SCHOOL_1, SCHOOL_1, 'kurator1@school.ru'],
      [SCHOOL_2, SCHOOL_2, 'kurator2@school.ru'],
      [MISSING, null, 'kurator3@school.ru'],
      [LYCEUM, LYCEUM, 'kurator4@school.ru'],
    ]);
    const base = sheets[1];
    const mentors = [2, 3, 4, 5, 6].map((r) => [base.getCell(r, 1).value, base.getCell(r, 2).value ?? null]);
    expect(mentors).toEqual([
      [1, mentorsOf(0)[0].fio],
      [2, mentorsOf(0)[1].fio],
      [3, mentorsOf(1)[0].fio],
      [4, mentorsOf(1)[1].fio],
      [null, null],
    ]);
    // The corrected value came across, with the template's input fill.
    const tab = sheets[4];
    expect(tab.getCell('E6').value).toBe(40);
    expect(tab.getCell('E6').fill).toMatchObject({ pattern: 'solid' });
  });

  it("reads back through check with only the empty form's required values", async () => {
    const result = await run(['check', 'книга.xlsx', '--json'], dir);
    const issues = (JSON.parse(result.stdout) as { issues: { code: string; sheet: string }[] }).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(new Set(issues.map((issue) => `${issue.code} ${issue.sheet}`))).toEqual(
      new Set([`cell/required ${LYCEUM}`]),
    );
  });
});

describe('collect in a terminal', () => {
  it('says per file what it took and what not, and who sent nothing', async () => {
    const result = await collect('входящие', '-o', 'книга-2.xlsx', '--roster', 'список.xlsx');
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toContain('Книга муниципалитета собрана: книга-2.xlsx');
    expect(out).toContain('Файлов: 9. Взято листов ОО: 3. Строк в «Базе наставников»: 4.');
    expect(out).toContain(`  ${inbox('01 СОШ 1.xlsx')}\n    взят лист ОО «МБОУ „СОШ № 1“»`);
    expect(out).toContain('    взят лист «База наставников» — строк: 2');
    expect(out).toContain(`  ${inbox('с паролем.xlsx')} — не взят: книга защищена паролем.`);
    expect(out).toContain(
      `Не представлены данные (ОО из списка, от которых нет заполненного листа):\n  ${MISSING}\n  ${LYCEUM}`,
    );
    expect(out).toContain('Подробно: cmn-sheets check книга-2.xlsx');
  });

  it('never replaces a file it reads: its own earlier output in the folder is refused, even with --force', async () => {
    const first = await collect('входящие', '-o', inbox('книга.xlsx'));
    expect(first.code).toBe(1);
    const before = readFileSync(file(inbox('книга.xlsx')));
    for (const force of [[], ['--force']]) {
      const refused = await collect('входящие', '-o', inbox('книга.xlsx'), ...force);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        `Файл результата ${inbox('книга.xlsx')} — это один из собираемых файлов`,
      );
      expect(refused.stdout).toBe('');
    }
    expect(readFileSync(file(inbox('книга.xlsx')))).toEqual(before);
    await rm(file(inbox('книга.xlsx')));
  });

  it('takes files named one by one, and a plain text roster', async () => {
    await writeFile(file('список.txt'), `${SCHOOL_1}\n${MISSING}\n`);
    const result = await collect(
      inbox('01 СОШ 1.xlsx'),
      inbox('расписание.xlsx'),
      '-o',
      'две.xlsx',
      '--roster',
      'список.txt',
      '--json',
    );
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as CollectDocument;
    expect(document.taken.map((entry) => entry.sheet)).toEqual([SCHOOL_1, 'База наставников']);
    expect(document.notSubmitted).toEqual([MISSING]);
  });

  it("does not read the roster lying in the folder as a school's file", async () => {
    await mkdir(file('со списком'));
    await copyFile(file(inbox('01 СОШ 1.xlsx')), file('со списком/01.xlsx'));
    await copyFile(file('список.xlsx'), file('со списком/список.xlsx'));
    const result = await collect(
      'со списком',
      '-o',
      'со-списком.xlsx',
      '--roster',
      'со списком/список.xlsx',
      '--json',
    );
    const document = JSON.parse(result.stdout) as CollectDocument;
    expect(document.skipped).toEqual([]);
    expect(document.taken.map((entry) => entry.file)).toEqual([
      'со списком/список.xlsx',
      'со списком/01.xlsx',
      'со списком/01.xlsx',
    ]);
  });

  it('tells one school sent twice under two spellings by the roster', async () => {
    await mkdir(file('дважды'));
    await copyFile(file(inbox('03 СОШ 2 исправленный.xlsx')), file('дважды/а.xlsx'));
    await copyFile(file(inbox('02 СОШ 2.xlsx')), file('дважды/б.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file('дважды/б.xlsx'));
    (book.worksheets[0] as ExcelJS.Worksheet).getCell('B2').value = 'СОШ №2';
    await book.xlsx.writeFile(file('дважды/б.xlsx'));
    const result = await collect('дважды', '-o', 'дважды.xlsx', '--roster', 'список.xlsx', '--json');
    const document = JSON.parse(result.stdout) as CollectDocument;
    expect(document.taken.filter((entry) => entry.school !== null).map((entry) => entry.file)).toEqual([
      'дважды/а.xlsx',
      'дважды/а.xlsx',
    ]);
    expect(document.skipped.find((entry) => entry.file === 'дважды/б.xlsx')?.reason).toContain(
      'уже представлена файлом «дважды/а.xlsx»',
    );
  });

  it('names a school by its file when its tab is only «Лист1» with no «Образовательная организация»', async () => {
    await mkdir(file('без подписи'));
    const values = validValues();
    const rows = BUILTIN_CATALOGUE.indicators
      .filter(isInput)
      .map((def) => [def.code, def.title, values[def.code as string]]);
    for (const name of ['1. СОШ № 4.xlsx', '2. СОШ № 5.xlsx'])
      await writeBook(file(`без подписи/${name}`), [
        { name: 'Лист1', values: [['Код', 'Показатель', 'Значение'], ...rows] },
      ]);
    const result = await collect('без подписи', '-o', 'без-подписи.xlsx', '--json');
    const document = JSON.parse(result.stdout) as CollectDocument;
    expect(document.taken).toEqual([
      { file: 'без подписи/1. СОШ № 4.xlsx', sheet: 'Лист1', school: 'СОШ № 4' },
      { file: 'без подписи/2. СОШ № 5.xlsx', sheet: 'Лист1', school: 'СОШ № 5' },
    ]);
    const sheets = await visibleSheets(file('без-подписи.xlsx'));
    expect(sheets.map((sheet) => sheet.name).slice(2)).toEqual(['СОШ № 4', 'СОШ № 5']);
  });

  it('takes the tabs of a downloaded shared spreadsheet and the bases sent apart as files', async () => {
    const made = await run(['template', '-o', 'общая.xlsx', '--roster', 'список.xlsx'], dir);
    expect(made.code).toBe(0);
    const shared = new ExcelJS.Workbook();
    await shared.xlsx.readFile(file('общая.xlsx'));
    const tab = shared.getWorksheet(SCHOOL_1) as ExcelJS.Worksheet;
    const values = validValues();
    for (let row = 6; row <= tab.rowCount; row++)
      tab.getCell(row, 5).value = values[tab.getCell(row, 1).value as string];
    await shared.xlsx.writeFile(file('общая.xlsx'));
    const result = await collect(
      'общая.xlsx',
      inbox('04 СОШ 1 база.xlsx'),
      '-o',
      'из-общей.xlsx',
      '--roster',
      'общая.xlsx',
      '--json',
    );
    const document = JSON.parse(result.stdout) as CollectDocument;
    expect(document.taken).toContainEqual({ file: 'общая.xlsx', sheet: SCHOOL_1, school: SCHOOL_1 });
    expect(document.taken).toContainEqual({
      file: inbox('04 СОШ 1 база.xlsx'),
      sheet: 'База наставников',
      school: null,
    });
    expect(document.notSubmitted).toEqual([SCHOOL_2, MISSING, LYCEUM]);
    // The mentors sent apart are counted against 1.2 of the shared tab: no mismatch, no issue at all.
    const check = await run(['check', 'из-общей.xlsx', '--json'], dir);
    const issues = (JSON.parse(check.stdout) as { issues: { sheet: string }[] }).issues;
    expect(issues.filter((issue) => issue.sheet === SCHOOL_1 || issue.sheet === 'База наставников')).toEqual(
      [],
    );
  });

  it('explains a missing folder, and a run with nothing named', async () => {
    const missing = await collect('нет такой папки', '-o', 'x.xlsx');
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('Файл не найден: нет такой папки');
    const nothing = await collect('-o', 'x.xlsx');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('Не указаны файлы ОО');
  });
});

describe('collect: a resubmission wins by when it was saved, not by its name', () => {
  // «… СОШ.xlsx» sorts before «… СОШ2.xlsx», the correction: the order of names must play no part.
  const OLD = 'повторно/МБОУ СОШ.xlsx';
  const FIXED = 'повторно/МБОУ СОШ2.xlsx';

  beforeAll(async () => {
    await mkdir(file('повторно'));
    for (const name of [OLD, FIXED]) {
      const made = await run(['template', '-o', name, '--school', SCHOOL_1], dir);
      if (made.code !== 0) throw new Error(made.stderr);
    }
    await fillSchoolFile(file(OLD), SCHOOL_1, validValues(), mentorsOf(0));
    await fillSchoolFile(file(FIXED), SCHOOL_1, { ...validValues(), '1.1': 41 }, mentorsOf(0));
  }, 60_000);

  async function collected(): Promise<CollectDocument> {
    const result = await collect('повторно', '-o', 'повторно.xlsx', '--force', '--json');
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as CollectDocument;
  }

  it('takes the file whose book says it was saved later, whatever the files’ own times', async () => {
    // The old file was touched last (copied, unpacked): its book still says when it was saved.
    await setSaved(file(OLD), new Date(2026, 2, 1, 9, 30), new Date(2026, 2, 9, 8, 0));
    await setSaved(file(FIXED), new Date(2026, 2, 5, 12, 0), new Date(2026, 2, 6, 8, 0));
    const document = await collected();
    expect(document.taken.filter((entry) => entry.school === SCHOOL_1).map((entry) => entry.file)).toEqual([
      FIXED,
      FIXED,
    ]);
    expect(document.skipped.find((entry) => entry.file === OLD && entry.sheet === SCHOOL_1)?.reason).toBe(
      `ОО «МБОУ „СОШ № 1“» уже представлена файлом «${FIXED}» (лист «МБОУ „СОШ № 1“»): ` +
        'он сохранён позже: 05.03.2026 12:00:00 против 01.03.2026 09:30:00',
    );
    const sheets = await visibleSheets(file('повторно.xlsx'));
    expect(sheets.find((sheet) => sheet.name === SCHOOL_1)?.getCell('E6').value).toBe(41);
  });

  it('falls back on the files’ modification times when the books do not say', async () => {
    await setSaved(file(OLD), null, new Date(2026, 2, 1, 9, 30));
    await setSaved(file(FIXED), null, new Date(2026, 2, 5, 12, 0));
    const document = await collected();
    expect(document.taken.find((entry) => entry.school === SCHOOL_1)?.file).toBe(FIXED);
    expect(
      document.skipped.find((entry) => entry.file === OLD && entry.sheet === SCHOOL_1)?.reason,
    ).toContain(
      'он сохранён позже: 05.03.2026 12:00:00 (время изменения файла) против 01.03.2026 09:30:00 (время изменения файла)',
    );
  });

  it('takes the one with fewer errors when both were saved at once', async () => {
    const at = new Date(2026, 2, 5, 12, 0);
    await fillSchoolFile(file(FIXED), SCHOOL_1, { '1.1': '12,5' });
    await setSaved(file(OLD), at);
    await setSaved(file(FIXED), at);
    const document = await collected();
    expect(document.taken.find((entry) => entry.school === SCHOOL_1)?.file).toBe(OLD);
    expect(
      document.skipped.find((entry) => entry.file === FIXED && entry.sheet === SCHOOL_1)?.reason,
    ).toContain('в нём меньше показателей с ошибками (0 против 1)');
  });
});

describe('collect: the municipality’s settings', () => {
  const MUNICIPALITY = 'Усть-Ишимский муниципальный район';

  beforeAll(async () => {
    await mkdir(file('с настройками'));
    await writeBook(file('муниципалитет.xlsx'), [
      {
        name: 'Параметры',
        values: [
          ['Параметр', 'Значение'],
          ['Муниципалитет', MUNICIPALITY],
        ],
      },
      {
        name: 'Список ОО',
        values: [
          ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
          ...ROSTER.map((school, i) => [
            school,
            '',
            'Иванова Мария Петровна',
            '',
            `kurator${i + 1}@school.ru`,
          ]),
        ],
      },
    ]);
    // A school's file with a copy of «Параметры» of its own: never the municipality's.
    const copy = file('с настройками/01.xlsx');
    await copyFile(file(inbox('01 СОШ 1.xlsx')), copy);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(copy);
    book.addWorksheet('Параметры').addRows([
      ['Параметр', 'Значение'],
      ['Муниципалитет', 'Другой район'],
    ]);
    await book.xlsx.writeFile(copy);
  }, 60_000);

  const municipalityIn = async (path: string) => {
    const sheets = await visibleSheets(path);
    const parameters = sheets.find((sheet) => sheet.name === 'Параметры');
    return parameters?.getCell('B2').value;
  };

  it('carries «Параметры» of the --roster book and names the school file’s copy as not taken', async () => {
    const result = await collect(
      'с настройками',
      '-o',
      'с-настройками.xlsx',
      '--roster',
      'муниципалитет.xlsx',
      '--json',
    );
    const document = JSON.parse(result.stdout) as CollectDocument;
    expect(document.taken.filter((entry) => entry.school === null)).toEqual([
      { file: 'муниципалитет.xlsx', sheet: 'Параметры', school: null },
      { file: 'муниципалитет.xlsx', sheet: 'Список ОО', school: null },
    ]);
    expect(document.skipped).toContainEqual({
      file: 'с настройками/01.xlsx',
      sheet: 'Параметры',
      reason:
        'лист «Параметры» не переносится: настройки и списки взяты из книги муниципалитета «муниципалитет.xlsx»',
    });
    expect(await municipalityIn(file('с-настройками.xlsx'))).toBe(MUNICIPALITY);
  });

  it('takes them from the municipal book among the inputs, and says so in the report', async () => {
    await copyFile(file('муниципалитет.xlsx'), file('с настройками/00 муниципалитет.xlsx'));
    const result = await collect('с настройками', '-o', 'из-папки.xlsx');
    expect(result.stdout).toContain(
      'Настройки и списки муниципалитета взяты из файла с настройками/00 муниципалитет.xlsx: «Параметры», «Список ОО».',
    );
    expect(result.stdout).toContain('взят лист «Параметры» — настройки муниципалитета');
    // Its «Список ОО» is the roster: the schools that sent nothing are named.
    expect(result.stdout).toContain(MISSING);
    expect(await municipalityIn(file('из-папки.xlsx'))).toBe(MUNICIPALITY);
  });
});
