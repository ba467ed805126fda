import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/core/format/count';

describe('formatCount', () => {
  it('groups digits with a no-break space', () => {
    expect(formatCount(1234)).toBe('1\u00a0234');
    expect(formatCount(130)).toBe('130');
    expect(formatCount(0)).toBe('0');
  });
});
