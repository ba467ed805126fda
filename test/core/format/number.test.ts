import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, NBSP } from '../../../src/core/format/number';

describe('formatDecimal', () => {
  it('uses a comma and groups thousands with a no-break space', () => {
    expect(formatDecimal(1234567.891, 2)).toBe(`1${NBSP}234${NBSP}567,89`);
    expect(formatDecimal(999, 0)).toBe('999');
    expect(formatDecimal(1000, 0)).toBe(`1${NBSP}000`);
  });

  it('rounds half away from zero as the spreadsheet shows it, despite binary noise', () => {
    expect(formatDecimal(18.45, 1)).toBe('18,5');
    expect(formatDecimal(1.005, 2)).toBe('1,01');
    expect(formatDecimal(-2.5, 0)).toBe('-3');
  });

  it('never prints a negative zero', () => {
    expect(formatDecimal(-0.0001, 1)).toBe('0,0');
  });

  it('keeps exactly the requested number of decimals', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (value, digits) => {
          const text = formatDecimal(value, digits);
          const fraction = text.split(',')[1];
          expect(fraction === undefined ? 0 : fraction.length).toBe(digits);
          expect(text).toMatch(/^-?\d{1,3}(\u00a0\d{3})*(,\d+)?$/);
        },
      ),
    );
  });
});
