/**
 * Acceptance: a coordinator's roster gives the schools' full official names, while the tabs and «База
 * наставников» give them as people write them — «МБОУ СОШ № 9», «Озёрная ООШ», «Гимназия», and a school
 * cell with Latin letters among Russian ones. Every school is still its roster school: the figures, the fill
 * status, the recommendations and the letters carry the roster's name and the head's, the base rows written
 * as on the roster are left alone, and each other spelling is told once with the roster's name as the fix.
 */
import { describe, expect, it } from 'vitest';
import { makeDocuments } from '../../src/app/documents';
import { summarise } from '../../src/app/summarise';
import { plainText } from '../../src/core/documents/doc-model';
import { hasLookAlikes } from '../../src/core/roster';
import { buildSummarySheet } from '../../src/core/summary-sheet/summary-sheet';
import { BASE_HEADER_ROW } from '../core/base/base-grid';
import { consistentSchoolTab as schoolTab } from './consistent-school-tab';
import { memoryWorkbook } from '../tools/memory-workbook';

const SOSH_9 =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 9»';
const LAKE =
  'Муниципальное казённое общеобразовательное учреждение «Озёрная основная общеобразовательная школа»';
const GYMNASIUM = 'Муниципальное автономное общеобразовательное учреждение «Гимназия № 2»';
const ROSTER = [
  ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
  [SOSH_9, '', 'Сорокин Павел Ильич', '', ''],
  [LAKE, '', 'Орлова Нина Васильевна', '', ''],
  [GYMNASIUM, '', 'Лебедев Андрей Николаевич', '', ''],
];
/** «MAOУ» with the Latin M, A and O, as typed on an English layout. */
const GYMNASIUM_LATIN = 'MAOУ «Гимназия № 2»';

const MENTORS = [
  'Петрова Анна Сергеевна',
  'Кузнецов Олег Иванович',
  'Смирнова Ольга Петровна',
  'Васильева Ирина Николаевна',
  'Егорова Алла Юрьевна',
  'Фомин Павел Андреевич',
  'Сидорова Дарья Олеговна',
  'Морозов Илья Петрович',
  'Волкова Юлия Андреевна',
];
const MENTEES = [
  'Алексеева Ксения Павловна',
  'Фёдорова Дарья Алексеевна',
  'Никитин Роман Сергеевич',
  'Зайцева Ирина Олеговна',
  'Белов Антон Игоревич',
  'Громова Вера Михайловна',
  'Ершов Глеб Ильич',
  'Жукова Нина Павловна',
  'Исаев Олег Андреевич',
];
/** The workplace of each mentor: five as on the roster, the rest as people write them. */
const WORKPLACES = [SOSH_9, SOSH_9, SOSH_9, SOSH_9, SOSH_9, 'МБОУ СОШ №9', 'Озёрная ООШ', LAKE, 'Гимназия'];
/** Rows of the base whose workplace is the roster's own name. */
const CORRECT_ROWS = [2, 3, 4, 5, 6, 9];

const BASE = [
  BASE_HEADER_ROW,
  ...WORKPLACES.map((workplace, i) => [
    i + 1,
    MENTORS[i],
    workplace,
    'Методика преподавания математики',
    'Победитель конкурса',
    MENTEES[i],
    'педагог — молодой педагог',
    workplace,
  ]),
];

const TODAY = { year: 2026, month: 12, day: 2 };

function workbook() {
  return memoryWorkbook({
    'Список ОО': ROSTER,
    'СОШ 9': schoolTab('МБОУ СОШ № 9', 6),
    Озёрная: schoolTab('Озёрная ООШ', 2),
    Гимназия: schoolTab(GYMNASIUM_LATIN, 1),
    'База наставников': BASE,
  });
}

describe('school names written as people write them, against a roster of full official names', () => {
  const book = workbook();
  const summarised = summarise(book, { today: TODAY });
  const { result } = summarised;
  const onBase = result.issues.filter((issue) => issue.sheet === 'База наставников');

  it('counts every tab for its roster school, under the roster’s name', () => {
    expect(result.organizations.map((org) => [org.sheet, org.name])).toEqual([
      ['Гимназия', GYMNASIUM],
      ['СОШ 9', SOSH_9],
      ['Озёрная', LAKE],
    ]);
    expect(result.notSubmitted).toEqual([]);
    expect(result.fill.map((school) => [school.name, school.onRoster])).toEqual([
      [GYMNASIUM, true],
      [SOSH_9, true],
      [LAKE, true],
    ]);
  });

  it('checks workplaces, here, in the live check and in the sidebar, against the roster’s names alone', () => {
    expect(summarised.analysis.knownSchools).toEqual([SOSH_9, LAKE, GYMNASIUM]);
  });

  it('asks no change of the base rows written as on the roster, and sees every mentor counted for his school', () => {
    expect(onBase.filter((issue) => CORRECT_ROWS.includes(issue.row))).toEqual([]);
    const codes = result.issues.map((issue) => issue.code);
    expect(codes).not.toContain('cross/mentor-count-mismatch');
    expect(codes).not.toContain('cross/school-without-tab');
  });

  it('tells each other spelling in the base once, the roster’s name as the fix', () => {
    expect(onBase.map((issue) => [issue.code, issue.cell, issue.fix?.value])).toEqual([
      ['org/unknown', 'C7', SOSH_9],
      ['org/unknown', 'C8', LAKE],
      ['org/unknown', 'C10', GYMNASIUM],
    ]);
  });

  it('tells each tab’s school cell, the Latin letters as such, with the roster’s name as the fix', () => {
    const cells = result.issues.filter(
      (issue) => issue.code.startsWith('org/') && issue.sheet !== 'База наставников',
    );
    expect(cells.map((issue) => [issue.code, issue.sheet, issue.cell, issue.fix?.value])).toEqual([
      ['org/not-in-roster', 'СОШ 9', 'B1', SOSH_9],
      ['org/not-in-roster', 'Озёрная', 'B1', LAKE],
      ['org/mixed-script', 'Гимназия', 'B1', GYMNASIUM],
    ]);
    expect(cells.every((issue) => issue.severity === 'warning')).toBe(true);
  });

  it('carries no spelling but the roster’s into «Сводная» and the recommendations', () => {
    const sheet = buildSummarySheet(result, { generatedAt: '02.12.2026 10:00' });
    const texts = sheet.cells.flat().map((cell) => String(cell?.value ?? ''));
    expect(texts.some((text) => hasLookAlikes(text))).toBe(false);
    expect(texts).not.toContain('МБОУ СОШ № 9');
    const keys = new Set(result.recommendations.map((row) => row.organization));
    expect([...keys].every((name) => [SOSH_9, LAKE, GYMNASIUM].includes(name))).toBe(true);
  });

  it('addresses each letter to the roster’s school and its head by name', () => {
    const { documents } = makeDocuments(book, summarised, { generatedAt: '02.12.2026' });
    // Compared for meaning: the letters' no-break spaces («П. И.») are tested in document-typography.test.ts.
    const letters = new Map(
      documents.letters.map((letter) => [letter.school, plainText(letter.model).replace(/\u00a0/g, ' ')]),
    );
    expect([...letters.keys()]).toEqual([GYMNASIUM, SOSH_9, LAKE]);
    expect(letters.get(SOSH_9)).toContain(
      'Директору муниципального бюджетного общеобразовательного учреждения «Средняя общеобразовательная школа № 9»',
    );
    expect(letters.get(SOSH_9)).toContain('Сорокину П. И.');
    expect(letters.get(SOSH_9)).toContain('Уважаемый Павел Ильич!');
    expect(letters.get(LAKE)).toContain('Орловой Н. В.');
    expect(letters.get(GYMNASIUM)).toContain('Уважаемый Андрей Николаевич!');
    for (const text of letters.values()) expect(hasLookAlikes(text)).toBe(false);
  });
});

describe('school names without a roster', () => {
  // «MAOУ» with the Latin M, A and O; the base writes the school in Russian letters.
  const book = memoryWorkbook({
    Гимназия: schoolTab(GYMNASIUM_LATIN, 1),
    'СОШ 9': schoolTab('МБОУ СОШ № 9', 1),
    'База наставников': [BASE[0], [1, ...BASE[1].slice(1, 2), 'МАОУ «Гимназия № 2»', ...BASE[1].slice(3)]],
  });
  const { result, analysis } = summarise(book, { today: TODAY });

  it('tells the Latin letters of a school cell, the name in Russian letters as the fix, and carries that name', () => {
    const told = result.issues.filter((issue) => issue.code.startsWith('org/'));
    expect(told.map((issue) => [issue.code, issue.sheet, issue.cell, issue.fix?.value])).toEqual([
      ['org/mixed-script', 'Гимназия', 'B1', 'МАОУ «Гимназия № 2»'],
    ]);
    expect(result.organizations.map((org) => org.name)).toEqual(['МАОУ «Гимназия № 2»', 'МБОУ СОШ № 9']);
    expect(analysis.knownSchools.some(hasLookAlikes)).toBe(false);
  });
});
