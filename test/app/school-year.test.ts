import { describe, expect, it } from 'vitest';
import { schoolYearOn } from '../../src/app/school-year';

describe('schoolYearOn', () => {
  it('starts the school year on 1 September', () => {
    expect(schoolYearOn({ year: 2025, month: 9 })).toBe('2025/2026');
    expect(schoolYearOn({ year: 2025, month: 12 })).toBe('2025/2026');
  });

  it('keeps August, and every month from January, in the year that started the September before', () => {
    expect(schoolYearOn({ year: 2025, month: 8 })).toBe('2024/2025');
    expect(schoolYearOn({ year: 2026, month: 1 })).toBe('2025/2026');
    expect(schoolYearOn({ year: 2026, month: 6 })).toBe('2025/2026');
  });
});
