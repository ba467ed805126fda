import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { parseSchoolTab } from '../../../src/core/monitoring/school-tab';
import { matchRoster, type RosterEntry } from '../../../src/core/roster';
import { schoolTab, validValues } from '../monitoring/school-tab-fixture';

const entry = (name: string, row: number, sheet?: string): RosterEntry => ({
  name,
  row,
  curatorEmails: [],
  ...(sheet === undefined ? {} : { sheet }),
});
const tab = (name: string, school: string | null) =>
  parseSchoolTab(schoolTab(name, school, validValues()), BUILTIN_CATALOGUE)!;

const FULL_5 =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»';

describe('matchRoster', () => {
  it('matches a tab by the roster’s «Лист», by its school name up to quotes and case, or by its tab name', () => {
    const entries = [
      entry('МБОУ «СОШ № 1»', 2, 'Первая'),
      entry('МБОУ «СОШ № 2»', 3),
      entry('МБОУ «Лицей № 3»', 4),
    ];
    const match = matchRoster(
      entries,
      [tab('Первая', 'Другое название'), tab('Вторая', 'мбоу "сош №2"'), tab('МБОУ Лицей № 3', null)],
      'Список ОО',
    );
    expect([...match.entryOfTab].map(([sheet, found]) => [sheet, found.row])).toEqual([
      ['Первая', 2],
      ['Вторая', 3],
      ['МБОУ Лицей № 3', 4],
    ]);
    // The tab is the roster's by «Лист», but its school cell names no roster school: told, with the fix.
    expect(match.issues.map((issue) => [issue.code, issue.sheet, issue.fix?.value])).toEqual([
      ['org/not-in-roster', 'Первая', 'МБОУ «СОШ № 1»'],
    ]);
    expect(match.withoutTab).toEqual([]);
  });

  it('counts a tab whose name clearly means a roster school (the legal form spelt out) for it, warning with a fix', () => {
    const match = matchRoster([entry(FULL_5, 2)], [tab('СОШ 5', 'МБОУ СОШ № 5')], 'Список ОО');
    expect(match.entryOfTab.get('СОШ 5')?.name).toBe(FULL_5);
    expect(match.issues).toHaveLength(1);
    expect(match.issues[0]).toMatchObject({
      code: 'org/not-in-roster',
      severity: 'warning',
      sheet: 'СОШ 5',
      cell: 'B2',
    });
    expect(match.issues[0].fix?.value).toBe(FULL_5);
  });

  it('gives a roster school to one tab only, and leaves a school without a tab listed', () => {
    const match = matchRoster(
      [entry('МБОУ «СОШ № 1»', 2), entry('МБОУ «Гимназия № 4»', 3)],
      [tab('СОШ 1', 'МБОУ «СОШ № 1»'), tab('СОШ 1 (копия)', 'МБОУ СОШ 1')],
      'Список ОО',
    );
    expect([...match.entryOfTab.keys()]).toEqual(['СОШ 1']);
    expect(match.withoutTab.map((found) => found.name)).toEqual(['МБОУ «Гимназия № 4»']);
    expect(match.issues.map((issue) => [issue.sheet, issue.fix ?? null])).toEqual([['СОШ 1 (копия)', null]]);
  });

  it('counts a school cell typed with Latin letters for the school it fits, told as such with the roster’s name', () => {
    // «COШ» with the Latin C and O.
    const match = matchRoster(
      [entry(FULL_5, 2), entry('МБОУ «СОШ № 1»', 3)],
      [tab('Пятая', 'МБОУ «COШ № 5»')],
      'Список ОО',
    );
    expect(match.entryOfTab.get('Пятая')?.name).toBe(FULL_5);
    expect(match.issues.map((issue) => [issue.code, issue.severity, issue.cell, issue.fix?.value])).toEqual([
      ['org/mixed-script', 'warning', 'B2', FULL_5],
    ]);
  });

  it('counts a name several roster schools fit for none of them, and names them', () => {
    const match = matchRoster(
      [entry('МБОУ «СОШ № 3 им. А. С. Пушкина»', 2), entry('МКОУ «СОШ № 3 им. М. Ю. Лермонтова»', 3)],
      [tab('Третья', 'СОШ № 3')],
      'Список ОО',
    );
    expect(match.entryOfTab.size).toBe(0);
    expect(match.issues).toHaveLength(1);
    expect(match.issues[0].fix).toBeUndefined();
    expect(match.issues[0].message).toBe(
      'В ячейке B2 «СОШ № 3» — под это наименование подходят несколько ОО с листа «Список ОО»: ' +
        '«МБОУ „СОШ № 3 им. А. С. Пушкина“», «МКОУ „СОШ № 3 им. М. Ю. Лермонтова“»; сведения не учтены ни для одной из них',
    );
  });

  it('does not let a loose match take a school another tab names as written', () => {
    const match = matchRoster(
      [entry('МБОУ «СОШ № 1»', 2)],
      [tab('Копия', 'СОШ 1'), tab('Первая', 'МБОУ «СОШ № 1»')],
      'Список ОО',
    );
    expect(match.entryOfTab.get('Первая')?.row).toBe(2);
    expect(match.entryOfTab.has('Копия')).toBe(false);
  });
});
