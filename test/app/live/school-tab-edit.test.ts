import { describe, expect, it } from 'vitest';
import { planTabMarks } from '../../../src/app/live/school-tab-edit';
import { BUILTIN_CATALOGUE, isInput } from '../../../src/core/catalogue/catalogue';
import type { Grid } from '../../../src/core/sheet/grid';
import { findMonitoringHeader } from '../../../src/core/monitoring/monitoring-header';

function tab(values: Record<string, unknown> = {}): Grid {
  const rows: unknown[][] = [
    ['Мониторинг реализации целевой модели наставничества', '', '', ''],
    ['Образовательная организация:', 'МБОУ «СОШ № 1»', '', ''],
    ['', '', '', ''],
    ['Код', 'Показатель', 'Значение', 'Комментарий / ссылка'],
  ];
  for (const def of BUILTIN_CATALOGUE.indicators.filter(isInput))
    rows.push([def.code, def.title, values[def.id] ?? 0, '']);
  return { name: 'СОШ 1', values: rows };
}

function rowOf(grid: Grid, code: string): number {
  return grid.values.findIndex((row) => row[0] === code) + 1;
}

describe('planTabMarks', () => {
  const header = (() => {
    const found = findMonitoringHeader(tab());
    if (!found) throw new Error('the template header must be found');
    return found;
  })();

  it('marks a value typed wrong, in the value column only', () => {
    const before = tab({ ped_total: 40, ped_mentors: 10 });
    const row = rowOf(before, '1.1');
    const after = tab({ ped_total: '12,5', ped_mentors: 10 });
    const plan = planTabMarks({
      grid: after,
      header,
      area: { row, column: 3, rows: 1, columns: 1 },
      oldValue: 40,
    });
    expect(plan.unchanged).toBe(false);
    expect(plan.wanted.get(`${row}:3`)?.severity).toBe('error');
    expect([...plan.touched].every((cell) => cell.endsWith(':3'))).toBe(true);
  });

  it('reaches the part whose total was lowered under it (a rule over the sheet)', () => {
    const row = rowOf(tab(), '1.1');
    const mentorsRow = rowOf(tab(), '1.2');
    const after = tab({ ped_total: 5, ped_mentors: 10 });
    const plan = planTabMarks({
      grid: after,
      header,
      area: { row, column: 3, rows: 1, columns: 1 },
      oldValue: 40,
    });
    expect(plan.touched.has(`${mentorsRow}:3`)).toBe(true);
    expect(plan.wanted.get(`${mentorsRow}:3`)?.severity).toBe('error');
  });

  it('leaves marks that need other sheets to the full check', () => {
    const row = rowOf(tab(), '1.2');
    const plan = planTabMarks({
      grid: tab({ ped_total: 40, ped_mentors: 3 }),
      header,
      area: { row, column: 3, rows: 1, columns: 1 },
      oldValue: 4,
    });
    // No cross/mentor-count-mismatch here: it reads the base, which a live check of a tab does not.
    expect(plan.unchanged).toBe(true);
  });

  it('reconciles every value cell when the old state is unknown (a paste)', () => {
    const grid = tab();
    const plan = planTabMarks({
      grid,
      header,
      area: { row: 5, column: 3, rows: 3, columns: 1 },
      oldValue: undefined,
    });
    expect(plan.unchanged).toBe(false);
    expect(plan.touched.size).toBe(grid.values.length - header.row);
  });
});

describe('planTabMarks: the school cell', () => {
  const header = findMonitoringHeader(tab()) as NonNullable<ReturnType<typeof findMonitoringHeader>>;
  const withSchool = (name: string): Grid => {
    const grid = tab();
    return { ...grid, values: grid.values.map((row, i) => (i === 1 ? [row[0], name, '', ''] : row)) };
  };
  const LATIN = 'МБОУ «COШ № 1»'; // C and O are Latin
  const ROSTER_NAME =
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»';

  it('marks Latin letters among Russian ones at once, asking for the saved list to give the fix', () => {
    const plan = planTabMarks({
      grid: withSchool(LATIN),
      header,
      area: { row: 2, column: 2, rows: 1, columns: 1 },
      oldValue: 'МБОУ «СОШ № 1»',
    });
    expect(plan.unchanged).toBe(false);
    expect(plan.needsContext).toBe(true);
    expect(plan.wanted.get('2:2')?.severity).toBe('warning');
    // Without the list, the fix is the name in Russian letters.
    expect(plan.wanted.get('2:2')?.note).toContain(
      'запишите наименование русскими буквами: «МБОУ „СОШ № 1“»',
    );
  });

  /** The roster the last full check saved: two schools, the tab bound to none by «Лист». */
  const context = {
    knownOrganisations: ['МБОУ «Гимназия № 2»', ROSTER_NAME],
    roster: {
      sheet: 'Список ОО',
      schools: [{ name: 'МБОУ «Гимназия № 2»' }, { name: ROSTER_NAME }],
      tabs: [{ sheet: 'СОШ 1', name: 'МБОУ «СОШ № 1»' }],
    },
  };

  it('gives the roster’s name as the fix once the saved roster is read', () => {
    const plan = planTabMarks({
      grid: withSchool(LATIN),
      header,
      area: { row: 2, column: 2, rows: 1, columns: 1 },
      oldValue: '',
      context,
    });
    expect(plan.wanted.get('2:2')?.note).toContain(
      'запишите наименование русскими буквами: «Муниципальное бюджетное общеобразовательное учреждение „Средняя общеобразовательная школа № 1“»',
    );
  });

  it('marks a name of no roster school once the saved roster is read', () => {
    // A tab added since the full check, whose own name fits no roster school either.
    const plan = planTabMarks({
      grid: { ...withSchool('МБОУ «Лицей № 7»'), name: 'Новый лист' },
      header,
      area: { row: 2, column: 2, rows: 1, columns: 1 },
      oldValue: 'МБОУ «СОШ № 1»',
      context,
    });
    expect(plan.unchanged).toBe(false);
    expect(plan.wanted.get('2:2')?.note).toContain('такой ОО нет на листе «Список ОО»');
  });

  it('clears the mark when the name is typed in Russian letters, the saved roster asked for', () => {
    const plan = planTabMarks({
      grid: withSchool('МБОУ «СОШ № 1»'),
      header,
      area: { row: 2, column: 2, rows: 1, columns: 1 },
      oldValue: LATIN,
    });
    expect(plan.touched.has('2:2')).toBe(true);
    expect(plan.wanted.has('2:2')).toBe(false);
    expect(plan.unchanged).toBe(false);
    // The name may still be another roster school's: the full judgement needs the saved roster.
    expect(plan.needsContext).toBe(true);
  });

  it('does not ask for the saved roster when a value cell is edited', () => {
    const grid = withSchool(LATIN);
    const plan = planTabMarks({
      grid,
      header,
      area: { row: 5, column: 3, rows: 1, columns: 1 },
      oldValue: 0,
    });
    expect(plan.needsContext).toBe(false);
    expect(plan.touched.has('2:2')).toBe(false);
  });
});
