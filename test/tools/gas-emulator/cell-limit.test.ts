/**
 * Sheets refuses more than 50 000 characters in one cell: "Your input contains more than the
 * maximum of 50000 characters in a single cell." (the Sheets error, quoted in
 * https://integrately.com/integrations/google-sheets/error and
 * https://qiita.com/koshilife/items/5aff56c1bb9e5d31067f).
 */
import { describe, it, expect } from 'vitest';
import { createEmulator } from './index';

const MESSAGE = 'Your input contains more than the maximum of 50000 characters in a single cell.';
const LIMIT = 'я'.repeat(50_000);
const OVER = `${LIMIT}!`;

function sheet() {
  const emulator = createEmulator();
  emulator.seedSheet('Рекомендации', [
    ['ОО', 'Текст'],
    ['СОШ № 1', 'черновик'],
  ]);
  return { emulator, sheet: emulator.spreadsheet.getSheetByName('Рекомендации')! };
}

describe('the 50 000-character cell limit', () => {
  it('accepts exactly 50 000 characters', () => {
    const { sheet: s } = sheet();
    s.getRange('B2').setValue(LIMIT);
    s.getRange('B2').setNote(LIMIT);
    expect((s.getRange('B2').getValue() as string).length).toBe(50_000);
    expect(s.getRange('B2').getNote().length).toBe(50_000);
  });

  it("refuses 50 001 characters in setValue, setFormula and setNote with Google's message, as an Exception", () => {
    const { sheet: s } = sheet();
    const range = s.getRange('B2');
    for (const write of [
      () => range.setValue(OVER),
      () => range.setFormula(`=${OVER}`),
      () => range.setNote(OVER),
    ]) {
      let thrown: unknown;
      try {
        write();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Error);
      expect((thrown as Error).name).toBe('Exception');
      expect((thrown as Error).message).toBe(MESSAGE);
    }
    expect([range.getValue(), range.getNote()]).toEqual(['черновик', '']);
  });

  it('refuses a setValues, setNotes or appendRow with one long cell and writes none of its cells', () => {
    const { sheet: s } = sheet();
    const block = s.getRange('A2:B2');
    expect(() => block.setValues([['СОШ № 2', OVER]])).toThrow(MESSAGE);
    expect(() => block.setNotes([['', OVER]])).toThrow(MESSAGE);
    expect(() => s.appendRow(['СОШ № 3', OVER])).toThrow(MESSAGE);
    expect(block.getValues()).toEqual([['СОШ № 1', 'черновик']]);
    expect(block.getNotes()).toEqual([['', '']]);
    expect(s.getLastRow()).toBe(2);
  });
});
