import { describe, expect, it } from 'vitest';
import { numberText, percentText } from '../../../src/core/text/number-text';

const NBSP = '\u00a0';

describe('numbers as Russians write them (RUSSIAN.md § 2, § 4)', () => {
  it('writes the decimal comma and keeps every decimal typed', () => {
    expect(numberText(12.5)).toBe('12,5');
    expect(numberText(12.25)).toBe('12,25');
    expect(numberText(0.35)).toBe('0,35');
    expect(numberText(7)).toBe('7');
  });

  it('groups thousands with a no-break space from five digits; a four-digit number (a year) stays whole', () => {
    expect(numberText(2486)).toBe('2486');
    expect(numberText(1985)).toBe('1985');
    expect(numberText(9999.5)).toBe('9999,5');
    expect(numberText(12486)).toBe(`12${NBSP}486`);
    expect(numberText(1020000.5)).toBe(`1${NBSP}020${NBSP}000,5`);
    expect(numberText(-12345)).toBe(`-12${NBSP}345`);
  });

  it('drops binary noise: 0.1 + 0.2 reads «0,3»', () => {
    expect(numberText(0.1 + 0.2)).toBe('0,3');
    expect(numberText(1.005 * 1000)).toBe('1005');
  });

  it('shows a fraction in a percent cell as the percent typed, a no-break space before «%»', () => {
    expect(percentText(0.35)).toBe(`35${NBSP}%`);
    expect(percentText(0.125)).toBe(`12,5${NBSP}%`);
    expect(percentText(1)).toBe(`100${NBSP}%`);
    expect(percentText(0.123456789)).toBe(`12,3457${NBSP}%`);
  });

  it('leaves what is not a number as JavaScript spells it', () => {
    expect(numberText(Number.NaN)).toBe('NaN');
    expect(percentText(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});
