import { describe, expect, it } from 'vitest';
import { draftRecommendations } from '../../../src/core/recommendations/draft';
import { mergeRecommendations } from '../../../src/core/recommendations/merge';
import { buildRecommendationsSheet } from '../../../src/core/recommendations/recommendations-sheet';
import { organization, SCHOOL_1, smallMunicipality } from '../summary-sheet/small-municipality';
import { modelToGrid } from '../../../src/core/templates/model-grid';

const META = { generatedAt: '25.11.2025 14:30' };

describe('buildRecommendationsSheet', () => {
  const rows = mergeRecommendations(
    null,
    draftRecommendations(smallMunicipality(), undefined, { year: 2025, month: 11, day: 25 }),
  );
  const model = buildRecommendationsSheet(rows, META);

  it('has the title, the time of generation and the columns people read, then hidden technical columns', () => {
    expect(model.name).toBe('Рекомендации');
    expect(model.cells[0][0].value).toMatch(/^Адресные рекомендации по итогам мониторинга/);
    expect(model.merges).toEqual([{ row: 1, column: 1, rows: 1, columns: 7 }]);
    expect(model.cells[1].map((c) => c.value)).toEqual(['Сформировано:', '25.11.2025 14:30']);
    expect(model.cells[2].map((c) => c.value)).toEqual([
      'ОО',
      'Выявленный дефицит',
      'Показатель: значение / цель',
      'Рекомендация (черновик)',
      'Этап алгоритма',
      'Срок',
      'Статус',
      'Служебное: ключ (не изменять)',
      'Служебное: ОО при формировании',
      'Служебное: дефицит при формировании',
      'Служебное: значение / цель при формировании',
      'Служебное: текст при формировании',
      'Служебное: этап при формировании',
      'Служебное: срок при формировании',
      'Служебное: статус при формировании',
    ]);
    expect(model.hiddenColumns).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    expect(model.frozenRows).toBe(3);
    expect(model.columnWidths).toHaveLength(15);
    expect(model.note).toMatch(/сохраняются/);
  });

  it('writes one row per deficit with its key and what was written', () => {
    const first = model.cells[3].map((c) => c.value);
    expect(first.slice(0, 7)).toEqual([
      SCHOOL_1,
      'Нет приказа о внедрении целевой модели наставничества',
      'нет / да',
      rows[0].shown.text,
      '1 — планирование и подготовка',
      'до 25\u00a0декабря 2025\u00a0г.',
      'черновик',
    ]);
    expect(first[7]).toBe(`doc_order|${SCHOOL_1}`);
    expect(first.slice(8)).toEqual(first.slice(0, 7));
    expect(model.cells[3][3].style?.wrap).toBe(true);
    expect(model.cells).toHaveLength(3 + rows.length);
  });

  it('offers the statuses as a non-strict dropdown and colours «устранено» green', () => {
    const body = { row: 4, column: 7, rows: rows.length, columns: 1 };
    expect(model.dataValidations).toEqual([
      { area: body, values: ['черновик', 'согласовано', 'отправлено в ОО', 'устранено'], strict: false },
    ]);
    expect(model.conditionalFormats).toEqual([
      { area: body, when: { kind: 'text-equals', value: 'устранено' }, background: '#d9ead3' },
    ]);
  });

  it('says when no deficit was found and leaves no empty validation behind', () => {
    const empty = buildRecommendationsSheet([], META);
    expect(empty.cells[1].map((c) => c.value)).toEqual([
      'Сформировано:',
      '25.11.2025 14:30',
      'Дефицитов не выявлено.',
    ]);
    expect(empty.cells).toHaveLength(3);
    expect(empty.dataValidations).toEqual([]);
    expect(mergeRecommendations(modelToGrid(empty), [])).toEqual([]);
  });

  it('keeps a school named like a formula and a hand-typed phone number as plain strings', () => {
    const formula = '=HYPERLINK("http://x","y")';
    const result = { ...smallMunicipality(), organizations: [organization(formula, { doc_order: 0 })] };
    const drafted = mergeRecommendations(null, draftRecommendations(result));
    const grid = modelToGrid(buildRecommendationsSheet(drafted, META));
    const hand = ['+7 912 000-00-00', '', '', '=SUM(A1:A9)', '', '', 'черновик'];
    const rows = mergeRecommendations(
      { ...grid, values: [...grid.values, hand] },
      draftRecommendations(result),
    );
    const cells = buildRecommendationsSheet(rows, META)
      .cells.flat()
      .map((c) => c.value);
    expect(cells).toContain(formula);
    expect(cells).toContain('+7 912 000-00-00');
    expect(cells).toContain('=SUM(A1:A9)');
    expect(cells).toContain(`doc_order|${formula}`);
    const formulaLike = cells.filter((v) => typeof v === 'string' && /^[=+]/.test(v));
    expect(new Set(formulaLike)).toEqual(new Set([formula, '+7 912 000-00-00', '=SUM(A1:A9)']));
  });
});
