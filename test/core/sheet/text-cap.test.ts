import { describe, expect, it } from 'vitest';
import { CAPPED_MARK, capModelTexts, capText } from '../../../src/core/sheet/text-cap';
import type { SheetModel } from '../../../src/core/sheet/sheet-model';

const model = (cells: SheetModel['cells']): SheetModel => ({
  name: 'Сводная',
  cells,
  merges: [],
  columnWidths: [],
  frozenRows: 0,
  conditionalFormats: [],
  charts: [],
  dataValidations: [],
});

describe('capText', () => {
  it('leaves a text that fits and cuts a longer one to the limit, the mark included', () => {
    expect(capText('МБОУ «СОШ № 1»', 50_000)).toBe('МБОУ «СОШ № 1»');
    const long = 'Муниципальное бюджетное общеобразовательное учреждение; '.repeat(2000);
    const cut = capText(long, 32_767);
    expect(cut).toHaveLength(32_767);
    expect(cut.endsWith(CAPPED_MARK)).toBe(true);
    expect(cut.startsWith(long.slice(0, 100))).toBe(true);
  });
});

describe('capModelTexts', () => {
  it('cuts only string cells over the limit and names each cut cell in an info issue', () => {
    const long = 'х'.repeat(120_000);
    const { model: capped, issues } = capModelTexts(
      model([[{ value: 'Итого' }, { value: 42 }], [{ value: long }]]),
      50_000,
    );
    expect(capped.cells[0]).toEqual([{ value: 'Итого' }, { value: 42 }]);
    expect((capped.cells[1][0].value as string).length).toBe(50_000);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'cell/too-long',
      severity: 'info',
      cell: 'A2',
      params: { length: 120_000, expected: 50_000 },
    });
    expect(issues[0].message).toContain('сокращён до 50000 знаков');
  });

  it('returns the same model when nothing is too long', () => {
    const same = model([[{ value: 'Итого' }]]);
    expect(capModelTexts(same, 10).model).toBe(same);
  });
});
