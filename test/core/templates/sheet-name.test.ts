import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_NAME, sheetNameFor } from '../../../src/core/templates/sheet-name';

describe('sheetNameFor', () => {
  it('keeps an ordinary school name', () => {
    expect(sheetNameFor('МБОУ «СОШ № 1»', [])).toBe('МБОУ «СОШ № 1»');
  });

  it('removes characters Excel forbids and apostrophes at the ends', () => {
    expect(sheetNameFor('МКОУ «ООШ с. Берёзовка / филиал»', [])).toBe('МКОУ «ООШ с. Берёзовка филиал»');
    expect(sheetNameFor("'Гимназия: № 2'", [])).toBe('Гимназия № 2');
    expect(sheetNameFor('[*?]', [])).toBeNull();
  });

  it('shortens long official words, then drops the honorific, never leaving a quote open', () => {
    expect(sheetNameFor('МБОУ «Средняя общеобразовательная школа № 12 имени А. С. Пушкина»', [])).toBe(
      'МБОУ «СОШ № 12»',
    );
    expect(sheetNameFor('МБОУ «СОШ № 2 им. А. С. Пушкина»', [])).toBe('МБОУ «СОШ № 2»');
    expect(
      sheetNameFor(
        'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 с углублённым изучением отдельных предметов»',
        [],
      ),
    ).toBe('МБОУ «СОШ № 5 с углублённым»');
    expect(
      sheetNameFor(
        'Муниципальное казенное общеобразовательное учреждение «Основная общеобразовательная школа с. Ключи»',
        [],
      ),
    ).toBe('МКОУ «ООШ с. Ключи»');
    expect(sheetNameFor('Лицей имени А. С. Пушкина', [])).toBe('Лицей имени А. С. Пушкина');
  });

  it('numbers a name already taken, ignoring case', () => {
    expect(sheetNameFor('СОШ № 1', ['сош № 1'])).toBe('СОШ № 1 (2)');
    expect(sheetNameFor('СОШ № 1', ['СОШ № 1', 'СОШ № 1 (2)'])).toBe('СОШ № 1 (3)');
    expect(sheetNameFor('History', [])).toBe('History (2)');
  });

  it('always gives a valid, new name', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }),
        (name, taken) => {
          const result = sheetNameFor(name, taken);
          if (result === null) return;
          expect(result.length).toBeGreaterThan(0);
          expect(result.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
          expect(result).not.toMatch(/[[\]*?/\\:]|^'|'$/);
          // A quote the name closes is closed in the tab name too.
          if (!name.includes('»') || name.length <= MAX_SHEET_NAME) return;
          expect((result.match(/«/g) ?? []).length).toBeLessThanOrEqual((result.match(/»/g) ?? []).length);
          expect(taken.map((t) => t.toLowerCase())).not.toContain(result.toLowerCase());
        },
      ),
    );
  });
});
