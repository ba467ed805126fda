import { describe, expect, it } from 'vitest';
import { shownValue } from '../../../src/core/monitoring/shown-value';

describe('shownValue', () => {
  it('shows numbers, percents and booleans as a Russian-locale sheet does', () => {
    expect(shownValue(12.5)).toBe('12,5');
    expect(shownValue(0.35, true)).toBe('35\u00a0%');
    expect(shownValue(true)).toBe('TRUE');
  });

  it('shows a date cell by its calendar day in the time zone of the values, not in UTC', () => {
    // Midnight of 1 September where the sheet is (e.g. Moscow) is still 31 August in UTC.
    expect(shownValue(new Date(2025, 8, 1))).toBe('01.09.2025');
    expect(shownValue(new Date(2025, 11, 31, 0, 0))).toBe('31.12.2025');
  });

  it('cuts very long text', () => {
    expect(shownValue('а'.repeat(100))).toHaveLength(60);
  });
});
