import { describe, expect, it } from 'vitest';
import { literalValue, PLAIN_TEXT_FORMAT } from '../../src/gas/literal-value';
import { interpretInput } from '../tools/gas-emulator/cell-input';

describe('literalValue', () => {
  it('keeps every string Sheets would interpret as the same text', () => {
    for (const text of [
      '=HYPERLINK("http://x";"СОШ")',
      '+7 912 000-00-00',
      '- нет',
      '12',
      '35%',
      '01.09.2025',
      'TRUE',
      "'цитата",
      'педагог — педагог',
    ]) {
      expect(interpretInput(literalValue(text)).value, text).toBe(text);
      expect(interpretInput(literalValue(text)).formula, text).toBeUndefined();
    }
  });

  it('writes strings bare into plain-text cells, and numbers, booleans and dates as they are', () => {
    expect(literalValue('=1+1', PLAIN_TEXT_FORMAT)).toBe('=1+1');
    expect(literalValue(12)).toBe(12);
    expect(literalValue(false)).toBe(false);
    const date = new Date(Date.UTC(2025, 8, 1));
    expect(literalValue(date)).toBe(date);
    expect(literalValue(null)).toBe('');
    expect(literalValue('')).toBe('');
  });
});
