import { describe, expect, it } from 'vitest';
import { memoised } from '../../../src/core/text/memoised';

describe('memoised', () => {
  it('computes a text once and gives the same answer again', () => {
    const seen: string[] = [];
    const upper = memoised((text) => {
      seen.push(text);
      return text.toUpperCase();
    });
    expect([upper('сош'), upper('лицей'), upper('сош')]).toEqual(['СОШ', 'ЛИЦЕЙ', 'СОШ']);
    expect(seen).toEqual(['сош', 'лицей']);
  });

  it('forgets everything past its limit instead of growing without end', () => {
    const seen: string[] = [];
    const key = memoised((text) => {
      seen.push(text);
      return text.trim();
    }, 2);
    key('а');
    key('б');
    key('в');
    key('а');
    expect(seen).toEqual(['а', 'б', 'в', 'а']);
    expect(key(' г ')).toBe('г');
  });
});
