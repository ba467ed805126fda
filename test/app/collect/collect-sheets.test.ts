import { describe, expect, it } from 'vitest';
import { planCollection, type CollectInput } from '../../../src/app/collect/collect-plan';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import type { RosterEntry } from '../../../src/core/roster';
import { modelToGrid } from '../../../src/core/templates/model-grid';
import { schoolTemplate } from '../../../src/core/templates/school-template';
import { BASE_HEADER_ROW } from '../../core/base/base-grid';
import { memoryWorkbook } from '../../tools/memory-workbook';

/** A school tab of the template with every value set to `value`; `school` '' leaves the name cell empty. */
function tab(school: string, value: unknown = 1): unknown[][] {
  const values = modelToGrid(schoolTemplate(school || 'x', BUILTIN_CATALOGUE, '2025/2026')).values.map(
    (row) => [...row],
  );
  if (school === '') values[1][1] = '';
  for (const row of values.slice(5)) row[4] = value;
  return values;
}

const mentor = (n: number, name: string, school: string) => [
  n,
  name,
  school,
  'Методика преподавания математики',
  'Победитель конкурса «Учитель года — 2023»',
  'Смирнова Ольга Игоревна',
  'педагог — молодой педагог',
  school,
];

const SOSH1 = 'МБОУ «СОШ № 1»';
const SOSH2 = 'МБОУ «СОШ № 2»';
const entry = (name: string, row: number, sheet?: string): RosterEntry => ({
  name,
  curatorEmails: [],
  row,
  ...(sheet ? { sheet } : {}),
});

describe('planCollection: naming the school of a tab', () => {
  it('names a default «Лист1» with no school after its file, without the leading number', () => {
    const inputs: CollectInput[] = [
      { file: 'входящие/03 МБОУ СОШ № 5.xlsx', workbook: memoryWorkbook({ Лист1: tab('') }) },
      { file: '04_Гимназия № 2.xlsx', workbook: memoryWorkbook({ Sheet2: tab('') }) },
      { file: 'лицей.xlsx', workbook: memoryWorkbook({ 'Лицей № 3': tab('') }) },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    expect(plan.tabs.map((each) => [each.file, each.school, each.name])).toEqual([
      ['04_Гимназия № 2.xlsx', 'Гимназия № 2', 'Гимназия № 2'],
      ['лицей.xlsx', 'Лицей № 3', 'Лицей № 3'],
      ['входящие/03 МБОУ СОШ № 5.xlsx', 'МБОУ СОШ № 5', 'МБОУ СОШ № 5'],
    ]);
  });

  it('keeps a tab named by the school even when its file says otherwise', () => {
    const inputs: CollectInput[] = [
      { file: '05 Другая школа.xlsx', workbook: memoryWorkbook({ Лист1: tab(SOSH1) }) },
    ];
    expect(planCollection(inputs, BUILTIN_CATALOGUE, null).tabs[0].school).toBe(SOSH1);
  });

  it('takes «СОШ 2» and «МБОУ «СОШ № 2»» for one roster school, and names the new tab uniquely', () => {
    const inputs: CollectInput[] = [
      { file: 'a.xlsx', workbook: memoryWorkbook({ 'СОШ 2': tab('СОШ 2') }) },
      { file: 'b.xlsx', workbook: memoryWorkbook({ 'СОШ 2': tab(SOSH2) }) },
      { file: 'c.xlsx', workbook: memoryWorkbook({ База: tab('База наставников') }) },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, [entry(SOSH2, 2)]);
    expect(plan.taken.map((each) => each.file)).toEqual(['a.xlsx', 'c.xlsx']);
    expect(plan.skipped.map((each) => [each.file, each.sheet])).toEqual([['b.xlsx', 'СОШ 2']]);
    // The roster gives no «Лист»: the new tab keeps the name of the tab taken.
    expect(plan.tabs.map((each) => each.name)).toEqual(['СОШ 2', 'База наставников (2)']);
    expect(plan.notOnRoster).toEqual(['База наставников']);
    expect(plan.roster).toEqual([{ ...entry(SOSH2, 2), sheet: 'СОШ 2' }]);
  });

  it('orders schools not on the roster alphabetically, and without a roster has no roster and none missing', () => {
    const inputs: CollectInput[] = [
      { file: 'a.xlsx', workbook: memoryWorkbook({ Я: tab('Яснополянская СОШ') }) },
      { file: 'b.xlsx', workbook: memoryWorkbook({ А: tab('Александровская СОШ') }) },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    expect(plan.tabs.map((each) => each.school)).toEqual(['Александровская СОШ', 'Яснополянская СОШ']);
    expect(plan.roster).toBeNull();
    expect(plan.notOnRoster).toEqual([]);
  });
});

describe('planCollection: sheets that are not taken', () => {
  it('says why: no header, no indicator, a second base', () => {
    const inputs: CollectInput[] = [
      {
        file: 'a.xlsx',
        workbook: memoryWorkbook({
          [SOSH1]: tab(SOSH1),
          Заметки: [['просто текст']],
          Чужая: [
            ['Код', 'Показатель', 'Значение'],
            ['9.9', 'Что-то своё', 5],
          ],
          'База наставников': [BASE_HEADER_ROW, mentor(1, 'Петрова Анна Сергеевна', SOSH1)],
          'База 2': [BASE_HEADER_ROW, mentor(1, 'Орлова Нина Васильевна', SOSH1)],
        }),
      },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    const reasons = Object.fromEntries(plan.skipped.map((each) => [each.sheet, each.reason]));
    expect(reasons['Заметки']).toContain('нет строки заголовка');
    expect(reasons['Чужая']).toBe('ни одна строка таблицы не совпала с показателями листа «Показатели»');
    expect(reasons['База 2']).toBe('второй лист «База наставников» в файле: взят лист «База наставников»');
    expect(plan.taken).toEqual([
      { file: 'a.xlsx', sheet: SOSH1, school: SOSH1 },
      { file: 'a.xlsx', sheet: 'База наставников', school: SOSH1 },
    ]);
    expect(plan.base.rows).toHaveLength(1);
  });
});

describe('planCollection: the bases of the files', () => {
  it('takes a base without a tab, names no school for a file of two schools, and leaves an empty one', () => {
    const inputs: CollectInput[] = [
      {
        file: 'только база.xlsx',
        workbook: memoryWorkbook({
          'База наставников': [BASE_HEADER_ROW, mentor(1, 'Петрова Анна Сергеевна', SOSH1)],
        }),
      },
      {
        file: 'две школы.xlsx',
        workbook: memoryWorkbook({
          'СОШ 1': tab(SOSH1),
          'СОШ 2': tab(SOSH2),
          'База наставников': [BASE_HEADER_ROW, mentor(1, 'Орлова Нина Васильевна', SOSH2)],
        }),
      },
      {
        file: 'пустая база.xlsx',
        workbook: memoryWorkbook({ Лицей: tab('Лицей № 3'), 'База наставников': [BASE_HEADER_ROW] }),
      },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    const bases = plan.taken.filter((each) => each.sheet === 'База наставников');
    expect(bases).toEqual([
      { file: 'только база.xlsx', sheet: 'База наставников', school: null },
      { file: 'две школы.xlsx', sheet: 'База наставников', school: null },
    ]);
    expect(plan.skipped).toEqual([
      {
        file: 'пустая база.xlsx',
        sheet: 'База наставников',
        reason: 'в листе нет ни одной строки с наставником',
      },
    ]);
    expect(plan.base.rows.map((row) => row[1])).toEqual(['Петрова Анна Сергеевна', 'Орлова Нина Васильевна']);
  });

  it('leaves out the base of a file whose tab lost, naming the file used, and counts rows sent twice', () => {
    const base = [BASE_HEADER_ROW, mentor(1, 'Петрова Анна Сергеевна', SOSH1)];
    const inputs: CollectInput[] = [
      { file: 'первая.xlsx', workbook: memoryWorkbook({ 'СОШ 1': tab(SOSH1), 'База наставников': base }) },
      {
        file: 'вторая.xlsx',
        workbook: memoryWorkbook({ 'СОШ 1': tab(SOSH1, 'много'), 'База наставников': base }),
      },
      {
        file: 'база ещё раз.xlsx',
        workbook: memoryWorkbook({
          'База наставников': [...base, mentor(2, 'Орлова Нина Васильевна', SOSH1)],
        }),
      },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, null);
    const skipped = plan.skipped.filter((each) => each.sheet === 'База наставников');
    expect(skipped).toEqual([
      {
        file: 'вторая.xlsx',
        sheet: 'База наставников',
        reason: 'строки «Базы наставников» не взяты: данные этой ОО взяты из файла «первая.xlsx»',
      },
      {
        file: 'база ещё раз.xlsx',
        sheet: 'База наставников',
        reason: 'строки «Базы наставников», повторяющие уже взятые из другого файла: 1',
      },
    ]);
    expect(plan.taken.filter((each) => each.sheet === 'База наставников').map((each) => each.file)).toEqual([
      'первая.xlsx',
      'база ещё раз.xlsx',
    ]);
    expect(plan.base.rows).toHaveLength(2);
  });
});

describe('planCollection: backups and an empty roster', () => {
  it('skips the hidden backup of a generated sheet as generated', () => {
    const book = memoryWorkbook({ [SOSH1]: tab(SOSH1), 'Сводная (копия)': tab(SOSH2) });
    const workbook = {
      ...book,
      listSheets: () =>
        book
          .listSheets()
          .map((info) =>
            info.name === 'Сводная (копия)'
              ? { ...info, backup: { kind: 'summary' as const, complete: true } }
              : info,
          ),
    };
    const plan = planCollection([{ file: 'a.xlsx', workbook }], BUILTIN_CATALOGUE, null);
    expect(plan.taken.map((each) => each.sheet)).toEqual([SOSH1]);
    expect(plan.skipped).toEqual([
      {
        file: 'a.xlsx',
        sheet: 'Сводная (копия)',
        reason: 'лист сформирован надстройкой: в книге муниципалитета он формируется заново',
      },
    ]);
  });

  it('with a roster that lists no school, tells schools apart by name and lists them all as not on it', () => {
    const inputs: CollectInput[] = [
      { file: 'a.xlsx', workbook: memoryWorkbook({ 'СОШ 2': tab('СОШ 2') }) },
      { file: 'b.xlsx', workbook: memoryWorkbook({ 'СОШ 2': tab(SOSH2) }) },
    ];
    const plan = planCollection(inputs, BUILTIN_CATALOGUE, []);
    expect(plan.taken.map((each) => each.file)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(plan.notOnRoster).toEqual([SOSH2, 'СОШ 2']);
    expect(plan.roster).toEqual([]);
  });
});
