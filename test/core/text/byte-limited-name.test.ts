import { describe, expect, it } from 'vitest';
import { cutToBytes, utf8Length } from '../../../src/core/text/byte-limited-name';
import { MAX_NAME_BYTES, uniqueFileNames, windowsFileName } from '../../../src/core/text/windows-file-name';

/** 150 characters of an official name: about 290 bytes of UTF-8. */
const LONG =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 ' +
  'с углублённым изучением отдельных предметов имени Героя';

describe('names limited in UTF-8 bytes', () => {
  it('count a Cyrillic letter as two bytes, «№» as three, an emoji as four', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('Шк')).toBe(4);
    expect(utf8Length('№')).toBe(3);
    expect(utf8Length('🙂')).toBe(4);
  });

  it('are cut between characters, never inside one', () => {
    expect(cutToBytes('ШкШ', 5)).toBe('Шк');
    expect(cutToBytes('ШкШ', 6)).toBe('ШкШ');
    expect(cutToBytes('a🙂b', 4)).toBe('a');
    expect(cutToBytes('a🙂b', 5)).toBe('a🙂');
    expect(cutToBytes('№', 2)).toBe('');
  });

  it('keep a 150-character school name within the bytes left for it', () => {
    expect(utf8Length(LONG)).toBeGreaterThan(255);
    const name = windowsFileName(LONG);
    expect(utf8Length(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(LONG.startsWith(name)).toBe(true);
    expect(name.endsWith(' ')).toBe(false);
  });

  it('never leave half of a character at the cut, whether the limit is in characters or in bytes', () => {
    const emoji = windowsFileName('🙂'.repeat(130));
    expect(emoji).toBe('🙂'.repeat(50));
    expect(windowsFileName(`${'w'.repeat(119)}🙂🙂`)).toBe(`${'w'.repeat(119)}🙂`);
  });

  it('make room for «(2)» by shortening the name, not by going over the limit', () => {
    const [first, second, third] = uniqueFileNames([`${LONG} (корпус 1)`, `${LONG} (корпус 2)`, LONG]);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(third.endsWith(' (3)')).toBe(true);
    for (const name of [first, second, third]) expect(utf8Length(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    // With «.docx» and a hidden temporary's «.<name>.<process>-<12 hex>.tmp» still under 255 bytes.
    expect(utf8Length(`.${second}.docx.4194304-0123456789ab.tmp`)).toBeLessThanOrEqual(255);
    expect(new Set([first, second, third].map((name) => name.toLowerCase())).size).toBe(3);
  });
});
