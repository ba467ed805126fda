import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextColumns, crossColumns, needsFullRead, planBaseMarks } from '../../../src/app/live/base-edit';
import { marksOf } from '../../../src/app/live/cell-marks';
import { findBaseHeader, validateBase } from '../../../src/core/base';
import type { Grid } from '../../../src/core/sheet/grid';
import { baseGrid, realisticRows, rowWith, SCHOOLS } from '../../core/base/base-grid';

const HEADER = (() => {
  const header = findBaseHeader(baseGrid([]));
  if (!header) throw new Error('the header of the mentor base form must be found');
  return header;
})();

/** `grid` with one cell typed over (1-based row and column). */
function typed(grid: Grid, row: number, column: number, value: unknown): Grid {
  return {
    ...grid,
    values: grid.values.map((line, r) =>
      r === row - 1 ? line.map((v, c) => (c === column - 1 ? value : v)) : line,
    ),
  };
}

describe('which columns an edit of the base can reach beyond its row', () => {
  it('derives them from the rules: numbering and duplicate pairs read columns, «Место работы» the school list', () => {
    // № п/п (A), ФИО наставника (B), ФИО наставляемого (F)
    expect(crossColumns(HEADER).sort()).toEqual([1, 2, 6]);
    // Место работы (C) only: the mentee's workplace is checked by row rules alone.
    expect(contextColumns(HEADER)).toEqual([3]);
  });

  it('reads every row for an edit of a column a rule compares across rows, or for a block', () => {
    const at = (column: number) => ({ row: 5, column, rows: 1, columns: 1 });
    expect(needsFullRead(HEADER, at(4), 'было')).toBe(false);
    expect(needsFullRead(HEADER, at(1), 3)).toBe(true);
    expect(needsFullRead(HEADER, at(6), 'Петров Пётр Сергеевич')).toBe(true);
    expect(needsFullRead(HEADER, { row: 5, column: 4, rows: 3, columns: 1 }, undefined)).toBe(true);
    expect(needsFullRead(HEADER, at(4), undefined)).toBe(true);
  });
});

describe('planBaseMarks', () => {
  const grid = baseGrid(realisticRows(30));

  it('knows nothing changed when a clean cell is typed over with another clean text', () => {
    const after = typed(grid, 10, 4, 'Наставничество в проектной деятельности');
    const plan = planBaseMarks({
      header: HEADER,
      grid: after,
      area: { row: 10, column: 4, rows: 1, columns: 1 },
      oldValue: grid.values[9][3],
    });
    expect(plan.unchanged).toBe(true);
    expect(plan.wanted.size).toBe(0);
  });

  it('wants the mark a full check gives when a mistake is typed, on the edited cell only', () => {
    const after = typed(grid, 10, 7, 'по интересам');
    const plan = planBaseMarks({
      header: HEADER,
      grid: after,
      area: { row: 10, column: 7, rows: 1, columns: 1 },
      oldValue: grid.values[9][6],
    });
    expect(plan.unchanged).toBe(false);
    expect([...plan.wanted.keys()]).toEqual(['10:7']);
    expect(plan.wanted.get('10:7')).toEqual(marksOf(validateBase(after).issues).get('10:7'));
  });

  it('reaches the other row of a duplicate pair when a mentee is typed again', () => {
    const rows = [rowWith({}, 1), rowWith({ 5: 'Сидорова Анна Ивановна' }, 2)];
    const before = baseGrid(rows);
    const after = typed(before, 4, 6, 'Петров Пётр Сергеевич');
    const plan = planBaseMarks({
      header: HEADER,
      grid: after,
      area: { row: 4, column: 6, rows: 1, columns: 1 },
      oldValue: 'Сидорова Анна Ивановна',
    });
    expect(plan.wanted.get('4:6')?.severity).toBe('warning');
    expect(plan.touched.has('4:6')).toBe(true);
  });

  it('asks for the saved school list when a workplace cell is touched', () => {
    const after = typed(grid, 10, 3, 'МБОУ «СОШ № 99»');
    const area = { row: 10, column: 3, rows: 1, columns: 1 };
    const without = planBaseMarks({ header: HEADER, grid: after, area, oldValue: grid.values[9][2] });
    expect(without.needsContext).toBe(true);
    const withList = planBaseMarks({
      header: HEADER,
      grid: after,
      area,
      oldValue: grid.values[9][2],
      options: { knownOrganisations: SCHOOLS },
    });
    expect(withList.wanted.get('10:3')?.severity).toBe('warning');
  });

  it('agrees with a full check on every cell it touches, for any single typed value (property)', () => {
    const values = fc.constantFrom(
      '',
      'Иванов И.И.',
      'иванова анна петровна',
      'педагог-педагог',
      'МБОУ «СОШ № 1»',
      7,
      'Петров Пётр Сергеевич',
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 20 }),
        fc.integer({ min: 1, max: 8 }),
        values,
        (row, column, value) => {
          const before = baseGrid(realisticRows(18));
          const after = typed(before, row, column, value);
          const options = { knownOrganisations: SCHOOLS };
          const plan = planBaseMarks({
            header: HEADER,
            grid: after,
            area: { row, column, rows: 1, columns: 1 },
            oldValue: before.values[row - 1][column - 1],
            options,
          });
          const full = marksOf(validateBase(after, options).issues);
          for (const cell of plan.touched) expect(plan.wanted.get(cell)).toEqual(full.get(cell));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a row being typed', () => {
  const complete = baseGrid(realisticRows(3));
  const blank = (): unknown[] => ['', '', '', '', '', '', '', ''];
  /** The title, the header and data rows 3–5, then two empty rows 6 and 7. */
  const withEmptyRow = (): Grid => ({ ...complete, values: [...complete.values, blank(), blank()] });
  const single = (row: number, column: number) => ({ row, column, rows: 1, columns: 1 });

  it('leaves the empty required cells alone when the first cell of a new row is typed', () => {
    const before = withEmptyRow();
    const after = typed(before, 6, 2, 'Орлова Вера Михайловна');
    const plan = planBaseMarks({ header: HEADER, grid: after, area: single(6, 2), oldValue: '' });
    expect([...plan.wanted.keys()]).toEqual([]);
    // Not touched: a mark a full check put on them stays until the row is complete.
    for (const column of [3, 6, 7]) expect(plan.touched.has(`6:${column}`)).toBe(false);
    // The full check does flag them: they are only waiting.
    expect(marksOf(validateBase(after).issues).get('6:3')?.severity).toBe('error');
  });

  it('still waits while the row is incomplete, and marks a mistake typed in it at once', () => {
    const started = typed(withEmptyRow(), 6, 2, 'Орлова Вера Михайловна');
    const after = typed(started, 6, 7, 'по интересам');
    const plan = planBaseMarks({ header: HEADER, grid: after, area: single(6, 7), oldValue: '' });
    expect([...plan.wanted.keys()]).toEqual(['6:7']);
    expect(plan.touched.has('6:3')).toBe(false);
  });

  it('marks a required value cleared from a complete row', () => {
    const after = typed(complete, 3, 3, '');
    const plan = planBaseMarks({
      header: HEADER,
      grid: after,
      area: single(3, 3),
      oldValue: complete.values[2][2],
    });
    expect(plan.wanted.get('3:3')?.note).toContain('не заполнен');
  });

  it('takes the mark off a cell emptied in a row being typed instead of leaving the old value’s note', () => {
    const started = typed(withEmptyRow(), 6, 2, 'Smirnova Anna');
    const after = typed(started, 6, 2, '');
    const plan = planBaseMarks({
      header: HEADER,
      grid: after,
      area: single(6, 2),
      oldValue: 'Smirnova Anna',
    });
    expect(plan.touched.has('6:2')).toBe(true);
    expect(plan.wanted.has('6:2')).toBe(false);
    expect(plan.unchanged).toBe(false);
  });

  it('starts a row being typed from «№ п/п» as from any other column: the ФИО typed next marks nothing', () => {
    const numbered = typed(withEmptyRow(), 6, 1, 4);
    const after = typed(numbered, 6, 2, 'Орлова Вера Михайловна');
    const plan = planBaseMarks({ header: HEADER, grid: after, area: single(6, 2), oldValue: '' });
    expect([...plan.wanted.keys()].filter((cell) => cell.startsWith('6:'))).toEqual([]);
    for (const column of [3, 4, 5, 6, 7, 8]) expect(plan.touched.has(`6:${column}`)).toBe(false);
  });

  it('takes the last row of a pasted block left incomplete as being typed, judges the others, and marks a mistake at once', () => {
    const before = withEmptyRow();
    const after = typed(typed(before, 6, 2, 'Smirnova Anna'), 7, 2, 'Смирнова Анна Сергеевна');
    const plan = planBaseMarks({
      header: HEADER,
      grid: after,
      area: { row: 6, column: 2, rows: 2, columns: 1 },
    });
    expect(plan.wanted.get('6:2')?.severity).toBe('error');
    // The last row is the one she is typing; the one above it she has left, as typing row by row would.
    expect(plan.typing).toBe(7);
    for (const cell of ['7:3', '7:6']) {
      expect(plan.touched.has(cell)).toBe(false);
      // The full check does flag them: they are only waiting.
      expect(marksOf(validateBase(after).issues).get(cell)?.severity).toBe('error');
    }
    for (const cell of ['6:3', '6:6']) expect(plan.wanted.get(cell)?.severity).toBe('error');
  });
});
