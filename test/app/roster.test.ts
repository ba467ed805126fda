import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/app/analyse';
import { summarise } from '../../src/app/summarise';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';
import { buildSummarySheet } from '../../src/core/summary-sheet/summary-sheet';
import { BASE_HEADER_ROW } from '../core/base/base-grid';
import { schoolTab, validValues } from '../core/monitoring/school-tab-fixture';
import { memoryWorkbook } from '../tools/memory-workbook';

const ROSTER_HEADER = ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'];
const SCHOOL_1 = 'МБОУ «СОШ № 1»';
const GYMNASIUM = 'МБОУ «Гимназия № 2»';
const IVANOVSKAYA = 'МКОУ «Ивановская ООШ»';
const SCHOOL_7 = 'МБОУ СОШ № 7';

const tab = (name: string, school: string, values = validValues()) =>
  schoolTab(name, school, values).values as unknown[][];
const empty = Object.fromEntries(BUILTIN_CATALOGUE.indicators.filter(isInput).map((def) => [def.id, '']));
const REQUIRED = BUILTIN_CATALOGUE.indicators.filter((def) => isInput(def) && def.required).length;

function base(workplaces: string[]): unknown[][] {
  return [
    BASE_HEADER_ROW,
    ...workplaces.map((school, i) => [
      i + 1,
      ['Петрова Анна Сергеевна', 'Кузнецова Мария Петровна', 'Орлова Нина Васильевна'][i],
      school,
      'Методика преподавания математики',
      'Победитель конкурса «Учитель года — 2023»',
      'Смирнова Ольга Игоревна',
      'педагог — молодой педагог',
      school,
    ]),
  ];
}

function withRoster() {
  return memoryWorkbook({
    'Список ОО': [
      ROSTER_HEADER,
      [SCHOOL_1, 'СОШ 1', 'Иванов Иван Иванович', 'Сидорова Мария Петровна', 'sidorova@sosh1.ru'],
      [GYMNASIUM, '', '', '', ''],
      [IVANOVSKAYA, '', '', '', 'ivanovskaya@mail.ru'],
      [SCHOOL_7, '', '', '', ''],
    ],
    'База наставников': base([GYMNASIUM, 'МБОУ «СОШ № 9»', SCHOOL_1]),
    'СОШ 1': tab('СОШ 1', 'МБОУ СОШ №1'),
    Ивановская: tab('Ивановская', IVANOVSKAYA, empty),
    'СОШ 7': tab('СОШ 7', 'МБОУ «Средняя общеобразовательная школа № 7»'),
    Лицей: tab('Лицей', 'МБОУ «Лицей № 3»'),
  });
}

describe('analyse with «Список ОО»', () => {
  const analysis = analyse(withRoster());
  const { result } = analysis;

  it('lists the roster schools without a tab or with an empty tab as not submitted, in roster order', () => {
    expect(analysis.sheets.roster).toEqual(['Список ОО']);
    expect(result.notSubmitted).toEqual([GYMNASIUM, IVANOVSKAYA]);
  });

  it('counts a school with an empty tab in no figure, not even as zero', () => {
    // By the roster's names: «СОШ 7» is «МБОУ СОШ № 7» however its tab spells it.
    expect(result.organizations.map((org) => org.sheet)).toEqual(['Лицей', 'СОШ 1', 'СОШ 7']);
    expect(result.organizations.map((org) => org.name)).toEqual(['МБОУ «Лицей № 3»', SCHOOL_1, SCHOOL_7]);
    const total = result.indicators.find((indicator) => indicator.id === 'ped_total');
    expect(total?.schoolsCounted).toBe(3);
    expect(total?.excluded).toEqual([]);
  });

  it('gives the fill status of every school: tab, required values filled, errors, warnings, not submitted', () => {
    const fill = Object.fromEntries(result.fill.map((school) => [school.name, school]));
    expect(fill[GYMNASIUM]).toEqual({
      name: GYMNASIUM,
      sheet: null,
      requiredFilled: 0,
      requiredTotal: REQUIRED,
      errors: 0,
      warnings: 0,
      notSubmitted: true,
      onRoster: true,
    });
    expect(fill[IVANOVSKAYA]).toMatchObject({
      sheet: 'Ивановская',
      requiredFilled: 0,
      notSubmitted: true,
      onRoster: true,
    });
    expect(fill[IVANOVSKAYA].errors).toBeGreaterThan(0);
    expect(fill[SCHOOL_1]).toMatchObject({
      sheet: 'СОШ 1',
      requiredFilled: REQUIRED,
      notSubmitted: false,
      onRoster: true,
    });
    expect(fill['МБОУ «Лицей № 3»']).toMatchObject({ sheet: 'Лицей', notSubmitted: false, onRoster: false });
    expect(result.fill.map((school) => school.name)).toEqual([
      GYMNASIUM,
      'МБОУ «Лицей № 3»',
      SCHOOL_1,
      SCHOOL_7,
      IVANOVSKAYA,
    ]);
  });

  it('warns on a tab whose school is not on the roster, and counts a tab that clearly means a roster school for it with a fix', () => {
    const notInRoster = result.issues.filter((issue) => issue.code === 'org/not-in-roster');
    expect(
      notInRoster.map((issue) => [issue.sheet, issue.cell, issue.severity, issue.fix?.value ?? null]),
    ).toEqual([
      ['СОШ 7', 'B2', 'warning', SCHOOL_7],
      ['Лицей', 'B2', 'warning', null],
    ]);
    expect(notInRoster[1].message).toBe('В ячейке B2 «МБОУ „Лицей № 3“» — такой ОО нет на листе «Список ОО»');
  });

  it('checks «Место работы» in the base against the roster, so a roster school without a tab is known', () => {
    const unknown = result.issues.filter((issue) => issue.code === 'org/unknown');
    expect(unknown.map((issue) => issue.params.value ?? issue.message)).toHaveLength(1);
    expect(unknown[0].cell).toBe('C3');
  });

  it('asks each school that submitted nothing to submit its data, at stage 7, and shows it in «Сводная» as not submitted', () => {
    const { result: full } = summarise(withRoster());
    const asked = full.recommendations.filter((r) => r.code === 'data_not_submitted');
    expect(asked.map((r) => [r.organization, r.stage])).toEqual([
      [GYMNASIUM, 7],
      [IVANOVSKAYA, 7],
    ]);
    const model = buildSummarySheet(full, { generatedAt: '01.12.2025 10:00' });
    const rowsOf = (name: string) =>
      model.cells.filter((row) => row[0]?.value === name).map((row) => row.map((c) => c.value));
    for (const name of [GYMNASIUM, IVANOVSKAYA]) {
      const [table, quality] = rowsOf(name);
      expect(table.slice(1)).toEqual(['не представлены данные']);
      const row = model.cells.indexOf(model.cells.find((cells) => cells[0]?.value === name)!) + 1;
      // The words run across the key figures' columns, merged.
      expect(model.merges.some((merge) => merge.row === row && merge.column === 2 && merge.columns > 1)).toBe(
        true,
      );
      expect(quality[quality.length - 1]).toBe('не представлены данные');
    }
    expect(rowsOf(GYMNASIUM)[1].slice(1, 3)).toEqual(['нет листа', `0 из ${REQUIRED}`]);
    expect(
      model.cells.some((row) => row[0]?.value === 'ОО, не представившие данные:' && row[1]?.value === 2),
    ).toBe(true);
  });
});

describe('analyse without a roster', () => {
  it('behaves as before: an empty tab is a school with errors, nobody is «not submitted»', () => {
    const { result } = analyse(
      memoryWorkbook({ 'СОШ 1': tab('СОШ 1', SCHOOL_1), Ивановская: tab('Ивановская', IVANOVSKAYA, empty) }),
    );
    expect(result.notSubmitted).toEqual([]);
    expect(result.organizations.map((org) => org.sheet)).toEqual(['СОШ 1', 'Ивановская']);
    expect(result.fill.every((school) => school.onRoster === null && !school.notSubmitted)).toBe(true);
    expect(result.issues.some((issue) => issue.code === 'org/not-in-roster')).toBe(false);
  });
});
