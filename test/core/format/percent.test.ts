import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../src/core/format/percent';

describe('formatPercent', () => {
  it('shows a fraction as a Russian percent with one decimal and a no-break space', () => {
    expect(formatPercent(0.184)).toBe('18,4\u00a0%');
    expect(formatPercent(1)).toBe('100,0\u00a0%');
    expect(formatPercent(0)).toBe('0,0\u00a0%');
  });

  it('rounds the way the cell format 0.0% does', () => {
    expect(formatPercent(24 / 130)).toBe('18,5\u00a0%');
    expect(formatPercent(2 / 3)).toBe('66,7\u00a0%');
  });

  it('takes another number of decimals on request', () => {
    expect(formatPercent(0.70005, 2)).toBe('70,01\u00a0%');
  });
});
