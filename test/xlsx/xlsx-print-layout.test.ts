import { describe, expect, it } from 'vitest';
import { wrappedLines } from '../../src/xlsx/xlsx-print-layout';

/** A column of 73 px holds ten characters of 6,5 px after its padding. */
const TEN = 73;

describe('wrappedLines', () => {
  it('wraps word by word, as a spreadsheet does: a word that does not fit starts a new line', () => {
    expect(wrappedLines('один два три', TEN)).toBe(2);
    expect(wrappedLines('аааа бббб вввв гггг', TEN)).toBe(2);
    expect(wrappedLines('ааааааа бббббб ввввввв', TEN)).toBe(3);
  });

  it('counts each line of a multi-line text, and cuts a word longer than the column', () => {
    expect(wrappedLines('Ошибки:\n— первая\n— вторая', TEN)).toBe(3);
    expect(wrappedLines('а'.repeat(25), TEN)).toBe(3);
  });
});
