import { describe, it, expect } from 'vitest';
import { createBaseContext, isMergeTail, rowKind } from '../../../src/core/base/base-context';
import { findBaseHeader } from '../../../src/core/base/base-header';
import { baseGrid, rowWith } from './base-grid';
import type { Grid } from '../../../src/core/sheet/grid';

function contextOf(grid: Grid) {
  const header = findBaseHeader(grid);
  if (!header) throw new Error('no header');
  return createBaseContext(grid, header);
}

describe('createBaseContext', () => {
  it('starts the data right after the header', () => {
    expect(contextOf(baseGrid([rowWith({})])).firstDataRow).toBe(3);
  });

  it('skips a row of column numbers under the header', () => {
    const context = contextOf(baseGrid([[1, 2, 3, 4, 5, 6, 7, 8], rowWith({})]));
    expect(context.firstDataRow).toBe(4);
    expect(context.lastColumn).toBe(8);
  });

  it('marks every cell of a merge but its top-left one', () => {
    const context = contextOf(
      baseGrid([rowWith({}), rowWith({ 1: '' }, 2)], [{ row: 3, column: 2, rows: 2, columns: 1 }]),
    );
    expect(isMergeTail(context, 3, 2)).toBe(false);
    expect(isMergeTail(context, 4, 2)).toBe(true);
    expect(context.values[3][1]).toBe('Иванова Анна Петровна');
  });
});

describe('rowKind', () => {
  const context = contextOf(
    baseGrid([
      rowWith({}),
      [5, '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['', '', '', ' ', '', '', 'педагог — педагог', ''],
    ]),
  );

  it('tells data, unused template rows and blank rows apart', () => {
    expect([3, 4, 5, 6].map((row) => rowKind(context, row))).toEqual(['data', 'template', 'blank', 'data']);
  });

  it('takes a row whose only content is a template formula showing an error for a template row', () => {
    const withFormula = contextOf(baseGrid([rowWith({}), [6, '', '', '', '#REF!', '', '', '']]));
    expect(rowKind(withFormula, 4)).toBe('template');
  });
});
