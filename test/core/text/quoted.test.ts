import { describe, expect, it } from 'vitest';
import { quoted } from '../../../src/core/text/quoted';

describe('quoted', () => {
  it('puts «ёлочки» outside and „лапки“ inside', () => {
    expect(quoted('МБОУ «СОШ № 5»')).toBe('«МБОУ „СОШ № 5“»');
    expect(quoted('Педагоги')).toBe('«Педагоги»');
  });
});
