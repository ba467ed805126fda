import { describe, expect, it } from 'vitest';
import { formatFigure, NO_FIGURE } from '../../../src/core/format/figure';

describe('formatFigure', () => {
  it('formats by indicator type', () => {
    expect(formatFigure(1234, 'count')).toBe('1\u00a0234');
    expect(formatFigure(0, 'flag')).toBe('0');
    expect(formatFigure(0.4, 'share')).toBe('40,0\u00a0%');
    expect(formatFigure(0.35, 'percent')).toBe('35,0\u00a0%');
  });

  it('shows a missing or undefined figure as a dash, never as zero', () => {
    expect(formatFigure(null, 'share')).toBe(NO_FIGURE);
    expect(formatFigure(Number.NaN, 'count')).toBe(NO_FIGURE);
  });
});
