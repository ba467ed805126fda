/**
 * planCuratorAccess on its own (src/app/curator-access.ts): whose each tab is, from «Лист», the stored
 * binding and — for a tab bound to nothing — its name, and that no name written into a cell takes a
 * school away from its tab or gives curators a sheet of the coordinator.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/app/analyse';
import { planCuratorAccess } from '../../src/app/curator-access';
import { BASE_HEADER_ROW } from '../core/base/base-grid';
import { schoolTab, validValues } from '../core/monitoring/school-tab-fixture';
import { memoryWorkbook } from '../tools/memory-workbook';

const S1 = 'МБОУ «СОШ № 1»';
const S2 = 'МБОУ «СОШ № 2»';
const S3 = 'МБОУ «СОШ № 3»';

const tab = (name: string, school: string) => schoolTab(name, school, validValues()).values as unknown[][];

/** Tabs «A», «B», «C» whose school cells say `cells`; the roster's «Лист» column holds `sheets` when given. */
function plan(options: {
  cells: readonly string[];
  sheets?: readonly string[];
  bound?: Record<string, string>;
}) {
  const emails = ['a@s1.ru', 'b@s2.ru', 'c@s3.ru'];
  const roster = options.sheets
    ? [
        ['ОО', 'Лист', 'E-mail куратора'],
        ...[S1, S2, S3].map((name, i) => [name, options.sheets![i], emails[i]]),
      ]
    : [['ОО', 'E-mail куратора'], ...[S1, S2, S3].map((name, i) => [name, emails[i]])];
  const book = memoryWorkbook({
    'Список ОО': roster,
    'База наставников': [BASE_HEADER_ROW],
    A: tab('A', options.cells[0]),
    B: tab('B', options.cells[1]),
    C: tab('C', options.cells[2]),
  });
  const access = planCuratorAccess(analyse(book), book, new Map(Object.entries(options.bound ?? {})));
  if (access === null) throw new Error('no plan');
  return {
    ...access,
    owners: Object.fromEntries(access.schools.map((school) => [school.sheet, school.school])),
  };
}

describe('planCuratorAccess: whose a tab is', () => {
  it('matches tabs bound to nothing by their names, as the analysis does', () => {
    expect(plan({ cells: [S1, S2, S3] }).owners).toEqual({ A: S1, B: S2, C: S3 });
  });

  it('keeps the stored binding when a school cell names another school, and reports the cell', () => {
    const access = plan({ cells: [S2, S2, S3], bound: { A: S1, B: S2, C: S3 } });
    expect(access.owners).toEqual({ A: S1, B: S2, C: S3 });
    expect(access.namedOther).toEqual([{ sheet: 'A', school: S1, typed: S2 }]);
    expect(access.notOnRoster).toEqual([]);
  });

  it('reports a school cell that names another school as people write it, by the matcher the analysis uses', () => {
    // «сош 2» and «СОШ №2» are school 2 written loosely; «СОШ № 1» (its own) is no other school.
    const access = plan({ cells: ['сош 2', 'МБОУ «СОШ №1»', 'СОШ № 3'], bound: { A: S1, B: S2, C: S3 } });
    expect(access.owners).toEqual({ A: S1, B: S2, C: S3 });
    expect(access.namedOther).toEqual([
      { sheet: 'A', school: S1, typed: 'сош 2' },
      { sheet: 'B', school: S2, typed: 'МБОУ «СОШ №1»' },
    ]);
  });

  it('follows «Лист» over the stored binding and over the school cell', () => {
    const access = plan({ cells: [S1, S2, S3], sheets: ['B', 'A', 'C'], bound: { A: S1, B: S2, C: S3 } });
    expect(access.owners).toEqual({ A: S2, B: S1, C: S3 });
    expect(access.namedOther.map((entry) => entry.sheet)).toEqual(['A', 'B']);
  });

  it('never gives a school whose tab is bound to a tab bound to nothing that names it', () => {
    // «C» is new; its cell names school 1, whose tab «A» is bound: «C» gets nobody.
    const access = plan({ cells: [S1, S2, S1], bound: { A: S1, B: S2 } });
    expect(access.owners).toEqual({ A: S1, B: S2 });
    expect(access.withoutTab).toEqual([S3]);
  });

  it('matches a tab by its name again when the school it was bound to is no longer on the roster', () => {
    const access = plan({
      cells: [S1, S2, S3],
      bound: { A: 'МБОУ «СОШ № 1» (старое название)', B: S2, C: S3 },
    });
    expect(access.owners).toEqual({ A: S1, B: S2, C: S3 });
  });

  it('leaves two tabs bound to one school to the coordinator, and gives that school to no other tab', () => {
    const access = plan({ cells: [S1, S2, S3], bound: { A: S2, B: S2, C: S3 } });
    expect(access.disputed).toEqual([{ school: S2, sheets: ['A', 'B'] }]);
    expect(access.owners).toEqual({ C: S3 });
    // Neither is opened as «not on the roster», and school 1 is not given to either.
    expect(access.notOnRoster).toEqual([]);
    expect(access.withoutTab).toEqual([S1]);
  });

  it('never gives curators the coordinator’s sheets or the base, whatever «Лист» names', () => {
    const access = plan({ cells: [S1, S2, S3], sheets: ['Список ОО', 'База наставников', 'C'] });
    expect(access.schools.map((school) => school.sheet)).not.toContain('Список ОО');
    expect(access.schools.map((school) => school.sheet)).not.toContain('База наставников');
    expect(access.coordinator).toEqual(['Список ОО']);
    expect(access.open).toEqual(['База наставников']);
  });
});

/** A book with the roster, the base, «Параметры», a generated «Сводная» and the school tabs given. */
function book(options: {
  roster: unknown[][];
  tabs: Record<string, string>;
  extra?: Record<string, unknown[][]>;
}) {
  const sheets: Record<string, unknown[][]> = {
    'Список ОО': options.roster,
    'База наставников': [BASE_HEADER_ROW],
    ...Object.fromEntries(Object.entries(options.tabs).map(([sheet, school]) => [sheet, tab(sheet, school)])),
    ...(options.extra ?? {}),
  };
  return memoryWorkbook(sheets, { generated: options.extra?.['Сводная'] ? { Сводная: 'summary' } : {} });
}

describe('planCuratorAccess: what each sheet gets', () => {
  it('leaves open the tab of a school without a curator’s e-mail, and says which', () => {
    const workbook = book({
      roster: [
        ['ОО', 'E-mail куратора'],
        [S1, 'a@s1.ru'],
        [S2, ''],
      ],
      tabs: { A: S1, B: S2 },
    });
    const access = planCuratorAccess(analyse(workbook), workbook, new Map());
    expect(access?.schools).toEqual([{ sheet: 'A', school: S1, curators: ['a@s1.ru'] }]);
    expect(access?.withoutEmail).toEqual([{ school: S2, sheet: 'B' }]);
    expect(access?.withoutTab).toEqual([]);
    expect(access?.notOnRoster).toEqual([]);
  });

  it('reads «Лист» as people type it: another case and spaces around still name the tab', () => {
    const workbook = book({
      roster: [
        ['ОО', 'Лист', 'E-mail куратора'],
        [S1, ' b ', 'a@s1.ru'],
        [S2, 'A', 'b@s2.ru'],
      ],
      tabs: { A: S1, B: S2 },
    });
    const access = planCuratorAccess(analyse(workbook), workbook, new Map());
    expect(access?.schools).toEqual([
      { sheet: 'A', school: S2, curators: ['b@s2.ru'] },
      { sheet: 'B', school: S1, curators: ['a@s1.ru'] },
    ]);
  });

  it('finds a tab whose own name has a space after it from «Лист» without one', () => {
    const workbook = book({
      roster: [
        ['ОО', 'Лист', 'E-mail куратора'],
        [S1, 'A', 'a@s1.ru'],
        [S2, 'B', 'b@s2.ru'],
      ],
      tabs: { A: S1, 'B ': S2 },
    });
    const access = planCuratorAccess(analyse(workbook), workbook, new Map());
    expect(access?.schools.map((school) => [school.sheet, school.school])).toEqual([
      ['A', S1],
      ['B ', S2],
    ]);
  });

  it('gives the coordinator «Параметры» beside the roster, warns on generated sheets, keeps the base open', () => {
    const workbook = book({
      roster: [
        ['ОО', 'E-mail куратора'],
        [S1, 'a@s1.ru'],
      ],
      tabs: { A: S1 },
      extra: {
        Параметры: [
          ['Параметр', 'Значение'],
          ['Муниципалитет', 'Сосновский район'],
        ],
        Сводная: [['Сводная']],
      },
    });
    const access = planCuratorAccess(analyse(workbook), workbook, new Map());
    expect(access?.coordinator).toEqual(['Список ОО', 'Параметры']);
    expect(access?.generated).toEqual(['Сводная']);
    expect(access?.open).toEqual(['База наставников']);
    expect(access?.schools.map((school) => school.sheet)).toEqual(['A']);
    expect(access?.notOnRoster).toEqual([]);
  });

  it('opens a tab whose school is not on the roster, and lists roster schools without a tab', () => {
    const workbook = book({
      roster: [
        ['ОО', 'E-mail куратора'],
        [S1, 'a@s1.ru'],
        [S3, 'c@s3.ru'],
      ],
      tabs: { A: S1, B: S2 },
    });
    const access = planCuratorAccess(analyse(workbook), workbook, new Map());
    expect(access?.notOnRoster).toEqual(['B']);
    expect(access?.withoutTab).toEqual([S3]);
    expect(access?.disputed).toEqual([]);
  });

  it('has no plan without a roster: nobody to give a tab to', () => {
    const workbook = memoryWorkbook({ 'База наставников': [BASE_HEADER_ROW], A: tab('A', S1) });
    expect(planCuratorAccess(analyse(workbook), workbook, new Map())).toBeNull();
  });

  it('lists the tabs in the workbook’s order, whichever rule gave them', () => {
    const access = plan({ cells: [S3, S1, S2], sheets: ['B', 'C', 'A'], bound: {} });
    expect(access.schools.map((school) => school.sheet)).toEqual(['A', 'B', 'C']);
    expect(access.owners).toEqual({ A: S3, B: S1, C: S2 });
  });

  it('reports the cell of a bound tab that the analysis set aside as a second tab of the school it names', () => {
    // «B» is bound to school 2, but its cell names school 1 like «A»'s: the analysis keeps one tab of school 1.
    const access = plan({ cells: [S1, S1, S3], bound: { A: S1, B: S2, C: S3 } });
    expect(access.owners).toEqual({ A: S1, B: S2, C: S3 });
    expect(access.namedOther).toEqual([{ sheet: 'B', school: S2, typed: S1 }]);
  });
});
