import { describe, expect, it } from 'vitest';
import { letterRows } from '../../../src/core/documents/letter-rows';
import { draftRecommendations } from '../../../src/core/recommendations/draft';
import { mergeRecommendations } from '../../../src/core/recommendations/merge';
import { buildRecommendationsSheet } from '../../../src/core/recommendations/recommendations-sheet';
import type { Grid } from '../../../src/core/sheet/grid';
import { modelToGrid } from '../../../src/core/templates/model-grid';
import { IVANOVSKAYA, SCHOOL_1, smallMunicipality } from '../summary-sheet/small-municipality';
import { columnOf, edit } from '../recommendations/model-grid';

const drafts = () => draftRecommendations(smallMunicipality(), undefined, { year: 2025, month: 11, day: 25 });
const written = (): Grid =>
  modelToGrid(
    buildRecommendationsSheet(mergeRecommendations(null, drafts()), { generatedAt: '25.11.2025 14:30' }),
  );

function rowWhere(grid: Grid, school: string, deficitStart: string): number {
  const org = columnOf(grid, 'ОО');
  const deficit = columnOf(grid, 'Выявленный дефицит');
  const index = grid.values.findIndex(
    (r) => r[org - 1] === school && String(r[deficit - 1]).startsWith(deficitStart),
  );
  if (index < 0) throw new Error(`no row ${school} / ${deficitStart}`);
  return index + 1;
}

describe('letterRows', () => {
  it('sends every drafted recommendation when «Рекомендации» is not there yet', () => {
    const rows = letterRows(null, drafts());
    expect(rows.map((row) => [row.organization, row.deficit])).toEqual(
      drafts().map((draft) => [draft.organization, draft.deficit]),
    );
    expect(rows[0]).toMatchObject({
      organization: SCHOOL_1,
      stage: '1 — планирование и подготовка',
      term: 'до 25\u00a0декабря 2025\u00a0г.',
    });
  });

  it.each(['устранено', 'Устранено ', '  УСТРАНЕНО', 'устранено\u00a0'])(
    'leaves out a row whose status the coordinator typed as «%s»',
    (status) => {
      const grid = written();
      const row = rowWhere(grid, SCHOOL_1, 'Нет приказа');
      const rows = letterRows(edit(grid, row, columnOf(grid, 'Статус'), status), drafts());
      expect(rows.map((each) => each.deficit)).not.toContain(
        'Нет приказа о внедрении целевой модели наставничества',
      );
      expect(rows).toHaveLength(drafts().length - 1);
    },
  );

  it('keeps a row of any other status, and the coordinator’s text, trimmed', () => {
    const grid = written();
    const row = rowWhere(grid, IVANOVSKAYA, '');
    const edited = edit(
      edit(grid, row, columnOf(grid, 'Статус'), 'отправлено в ОО'),
      row,
      columnOf(grid, 'Рекомендация (черновик)'),
      '  Исправить ошибки в листе ОО  ',
    );
    const rows = letterRows(edited, drafts());
    expect(rows).toHaveLength(drafts().length);
    expect(rows.find((each) => each.organization === IVANOVSKAYA)?.text).toBe('Исправить ошибки в листе ОО');
  });

  it('prints a «Срок» typed as a date as the day it shows', () => {
    const grid = written();
    const row = rowWhere(grid, SCHOOL_1, 'Нет приказа');
    const rows = letterRows(
      edit(grid, row, columnOf(grid, 'Срок'), new Date(Date.UTC(2026, 0, 5))),
      drafts(),
    );
    expect(rows[0].term).toBe('05.01.2026');
  });

  it('prints a number typed in a cell as the number', () => {
    const grid = written();
    const row = rowWhere(grid, SCHOOL_1, 'Нет приказа');
    expect(letterRows(edit(grid, row, columnOf(grid, 'Срок'), 2026), drafts())[0].term).toBe('2026');
  });

  it('keeps a row with a text but no deficit, and one with a deficit but no text', () => {
    const grid = written();
    const first = rowWhere(grid, SCHOOL_1, 'Нет приказа');
    const second = rowWhere(grid, IVANOVSKAYA, '');
    const edited = edit(
      edit(grid, first, columnOf(grid, 'Выявленный дефицит'), ''),
      second,
      columnOf(grid, 'Рекомендация (черновик)'),
      '',
    );
    const rows = letterRows(edited, drafts());
    expect(rows).toHaveLength(drafts().length);
    expect(rows[0]).toMatchObject({ organization: SCHOOL_1, deficit: '' });
    expect(rows.find((each) => each.organization === IVANOVSKAYA)?.text).toBe('');
  });

  it('leaves out a row added by hand with no school', () => {
    const grid = written();
    const values = grid.values.map((cells) => cells.slice());
    const extra = Array.from({ length: values[values.length - 1].length }, () => '' as unknown);
    extra[columnOf(grid, 'Рекомендация (черновик)') - 1] = 'Общая рекомендация без ОО';
    values.push(extra);
    const rows = letterRows({ ...grid, values }, drafts());
    expect(rows.map((each) => each.text)).not.toContain('Общая рекомендация без ОО');
    expect(rows).toHaveLength(drafts().length);
  });

  it('leaves out a row with no school, or with neither a deficit nor a text', () => {
    const grid = written();
    const row = rowWhere(grid, SCHOOL_1, 'Нет приказа');
    const noText = edit(
      edit(grid, row, columnOf(grid, 'Рекомендация (черновик)'), ' '),
      row,
      columnOf(grid, 'Выявленный дефицит'),
      '',
    );
    expect(letterRows(noText, drafts())).toHaveLength(drafts().length - 1);
  });
});
