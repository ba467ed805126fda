import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../../../src/core/findings/analysis-result';
import { mergeRecommendations } from '../../../src/core/recommendations/merge';
import type { RecommendationRow } from '../../../src/core/recommendations/recommendation-row';
import { buildRecommendationsSheet } from '../../../src/core/recommendations/recommendations-sheet';
import type { Grid } from '../../../src/core/sheet/grid';
import { modelToGrid } from '../../../src/core/templates/model-grid';
import { columnOf, edit, rowOf } from './model-grid';

/**
 * Where regeneration puts each row of «Рекомендации» (docs/domain.md#summary-and-recommendations): schools
 * alphabetically, a school's rows by stage, a resolved row where its school and stage put it, rows typed by
 * hand where they were.
 */
const META = { generatedAt: '25.11.2025 14:30' };

function draft(organization: string, code: string, stage: number, text = `Сделать ${code}`): Recommendation {
  return { organization, code, stage, deficit: `Дефицит ${code}`, figure: '', text, term: 'до 25 декабря' };
}

function written(rows: readonly RecommendationRow[]): Grid {
  return modelToGrid(buildRecommendationsSheet(rows, META));
}

const order = (rows: readonly RecommendationRow[]) => rows.map((row) => `${row.origin} ${row.key ?? '—'}`);

describe('regeneration orders the rows', () => {
  it('puts a new deficit among its school’s rows by stage, and a new school in its alphabetical place', () => {
    const sheet = written(
      mergeRecommendations(null, [draft('МБОУ «Гимназия»', 'g1', 1), draft('МБОУ «Гимназия»', 'g4', 4)]),
    );
    const rows = mergeRecommendations(sheet, [
      draft('МБОУ «Гимназия»', 'g1', 1),
      draft('МБОУ «Гимназия»', 'g4', 4),
      draft('МБОУ «Гимназия»', 'g2', 2),
      draft('МБОУ «Школа»', 's1', 1),
      draft('МБОУ «Академия»', 'a8', 8),
    ]);
    expect(order(rows)).toEqual([
      'new a8|МБОУ «Академия»',
      'current g1|МБОУ «Гимназия»',
      'new g2|МБОУ «Гимназия»',
      'current g4|МБОУ «Гимназия»',
      'new s1|МБОУ «Школа»',
    ]);
  });

  it('keeps a resolved row with its school, at its stage, whatever the school’s place in the alphabet', () => {
    const sheet = written(
      mergeRecommendations(null, [
        draft('МБОУ «Академия»', 'a2', 2),
        draft('МБОУ «Гимназия»', 'g1', 1),
        draft('МБОУ «Гимназия»', 'g4', 4),
        draft('МБОУ «Школа»', 's2', 2),
      ]),
    );
    const rows = mergeRecommendations(sheet, [
      draft('МБОУ «Гимназия»', 'g1', 1),
      draft('МБОУ «Гимназия»', 'g3', 3),
    ]);
    expect(order(rows)).toEqual([
      'resolved a2|МБОУ «Академия»',
      'current g1|МБОУ «Гимназия»',
      'new g3|МБОУ «Гимназия»',
      'resolved g4|МБОУ «Гимназия»',
      'resolved s2|МБОУ «Школа»',
    ]);
    expect(rows.filter((row) => row.origin === 'resolved').map((row) => row.shown.status)).toEqual([
      'устранено',
      'устранено',
      'устранено',
    ]);
  });

  it('reads a resolved row’s stage from the visible cell when the hidden one is cleared, else puts it last', () => {
    const first = written(
      mergeRecommendations(null, [
        draft('МБОУ «Гимназия»', 'g1', 1),
        draft('МБОУ «Гимназия»', 'g3', 3),
        draft('МБОУ «Гимназия»', 'g8', 8),
      ]),
    );
    const key = columnOf(first, 'Служебное: ключ (не изменять)');
    const hiddenStage = columnOf(first, 'Служебное: этап при формировании');
    const stage = columnOf(first, 'Этап алгоритма');
    const g1 = rowOf(first, key, 'g1|МБОУ «Гимназия»');
    // g1's hidden stage is cleared: the cell the coordinator sees («1 — …») still places it first.
    let sheet = edit(first, g1, hiddenStage, '');
    const g3 = rowOf(first, key, 'g3|МБОУ «Гимназия»');
    // g3's stage is unreadable in both cells: after every other row of the school.
    sheet = edit(edit(sheet, g3, hiddenStage, 'позже'), g3, stage, 'позже');
    const rows = mergeRecommendations(sheet, [draft('МБОУ «Гимназия»', 'g8', 8)]);
    expect(order(rows)).toEqual([
      'resolved g1|МБОУ «Гимназия»',
      'current g8|МБОУ «Гимназия»',
      'resolved g3|МБОУ «Гимназия»',
    ]);
  });

  it('keeps rows typed by hand above every generated row at the top', () => {
    const first = written(mergeRecommendations(null, [draft('МБОУ «Школа»', 's1', 1)]));
    const organization = columnOf(first, 'ОО');
    const text = columnOf(first, 'Рекомендация (черновик)');
    const s1 = rowOf(first, columnOf(first, 'Служебное: ключ (не изменять)'), 's1|МБОУ «Школа»');
    const values = first.values.map((cells) => cells.slice());
    const hand = values[s1 - 1].map(() => '' as unknown);
    hand[organization - 1] = 'Все ОО';
    hand[text - 1] = 'Совещание кураторов 1 декабря';
    values.splice(s1 - 1, 0, hand);
    const rows = mergeRecommendations({ ...first, values }, [
      draft('МБОУ «Школа»', 's1', 1),
      draft('МБОУ «Академия»', 'a1', 1),
    ]);
    expect(order(rows)).toEqual(['manual —', 'new a1|МБОУ «Академия»', 'current s1|МБОУ «Школа»']);
    expect(rows[0].shown).toMatchObject({ organization: 'Все ОО', text: 'Совещание кураторов 1 декабря' });
  });

  it('writes one row for two drafts of one deficit and school: the first', () => {
    const rows = mergeRecommendations(null, [
      draft('МБОУ «Школа»', 's1', 1, 'Первый текст'),
      draft('МБОУ "Школа"', 's1', 1, 'Второй текст'),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].shown.text).toBe('Первый текст');
  });
});

describe('regeneration when the hidden originals are gone', () => {
  /** The sheet with every «Служебное: … при формировании» column removed, the key kept. */
  function withoutOriginals(grid: Grid): Grid {
    const hidden = grid.values
      .flatMap((cells) => cells.map((cell, i) => (String(cell).endsWith('при формировании') ? i : -1)))
      .filter((i) => i >= 0);
    return { ...grid, values: grid.values.map((cells) => cells.filter((_, i) => !hidden.includes(i))) };
  }

  it('fills an emptied cell and a cell that differs from the draft only by spaces with the fresh draft', () => {
    const first = written(mergeRecommendations(null, [draft('МБОУ «Школа»', 's1', 1, 'Старый текст')]));
    const text = columnOf(first, 'Рекомендация (черновик)');
    const deficit = columnOf(first, 'Выявленный дефицит');
    const row = rowOf(first, text, 'Старый текст');
    const sheet = withoutOriginals(edit(edit(first, row, text, ''), row, deficit, '  Дефицит   s1 '));
    const fresh = { ...draft('МБОУ «Школа»', 's1', 1, 'Новый текст'), deficit: 'Дефицит s1' };
    const [merged] = mergeRecommendations(sheet, [fresh]);
    expect(merged.origin).toBe('current');
    expect(merged.shown.text).toBe('Новый текст');
    expect(merged.shown.deficit).toBe('Дефицит s1');
  });
});

describe('a resolved row remembers what the add-on wrote', () => {
  it('so that a text the coordinator edited before the deficit was resolved is still an edit when it returns', () => {
    const first = written(mergeRecommendations(null, [draft('МБОУ «Школа»', 's1', 1, 'Текст надстройки')]));
    const text = columnOf(first, 'Рекомендация (черновик)');
    const sheet = edit(first, rowOf(first, text, 'Текст надстройки'), text, 'Текст координатора');
    const [gone] = mergeRecommendations(sheet, []);
    expect(gone.origin).toBe('resolved');
    expect(gone.shown.text).toBe('Текст координатора');
    expect(gone.generated?.text).toBe('Текст надстройки');
    const [back] = mergeRecommendations(written([gone]), [draft('МБОУ «Школа»', 's1', 1, 'Новый текст')]);
    expect(back.shown.text).toBe('Текст координатора');
  });
});
