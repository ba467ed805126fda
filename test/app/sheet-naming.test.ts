import { describe, expect, it } from 'vitest';
import { numberedName, placeGeneratedSheet } from '../../src/app/sheet-naming';

describe('placeGeneratedSheet', () => {
  it('creates «Сводная» when there is none', () => {
    expect(placeGeneratedSheet([{ name: 'СОШ № 1', generated: null }], 'Сводная', 'summary')).toEqual({
      name: 'Сводная',
      exists: false,
    });
  });

  it('replaces a marked «Сводная» of the same kind', () => {
    expect(placeGeneratedSheet([{ name: 'Сводная', generated: 'summary' }], 'Сводная', 'summary')).toEqual({
      name: 'Сводная',
      exists: true,
    });
  });

  it("leaves a user's own «Сводная» alone and takes «Сводная (2)», then «(3)»", () => {
    const own = { name: 'Сводная', generated: null };
    expect(placeGeneratedSheet([own], 'Сводная', 'summary').name).toBe('Сводная (2)');
    expect(
      placeGeneratedSheet([own, { name: 'Сводная (2)', generated: null }], 'Сводная', 'summary').name,
    ).toBe('Сводная (3)');
  });

  it('reuses a marked «Сводная (2)» rather than making a third sheet', () => {
    const sheets = [
      { name: 'Сводная', generated: null },
      { name: 'Сводная (2)', generated: 'summary' as const },
    ];
    expect(placeGeneratedSheet(sheets, 'Сводная', 'summary')).toEqual({ name: 'Сводная (2)', exists: true });
  });

  it('never replaces a generated sheet of the other kind', () => {
    const sheets = [{ name: 'Рекомендации', generated: 'summary' as const }];
    expect(placeGeneratedSheet(sheets, 'Рекомендации', 'recommendations')).toEqual({
      name: 'Рекомендации (2)',
      exists: false,
    });
  });

  it('compares names case-insensitively, as Google Sheets does, and keeps the existing spelling', () => {
    expect(placeGeneratedSheet([{ name: 'СВОДНАЯ', generated: null }], 'Сводная', 'summary').name).toBe(
      'Сводная (2)',
    );
    expect(placeGeneratedSheet([{ name: 'сводная', generated: 'summary' }], 'Сводная', 'summary')).toEqual({
      name: 'сводная',
      exists: true,
    });
  });

  it('numbers names from 2', () => {
    expect(numberedName('Рекомендации', 1)).toBe('Рекомендации');
    expect(numberedName('Рекомендации', 4)).toBe('Рекомендации (4)');
  });
});
