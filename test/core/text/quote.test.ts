import { describe, expect, it } from 'vitest';
import { innerQuotes, quote } from '../../../src/core/text/quote';

describe('quote', () => {
  it('puts a name in «ёлочки» and its own quotes, of either kind, in „лапки“', () => {
    expect(quote('МБОУ «СОШ № 1»')).toBe('«МБОУ „СОШ № 1“»');
    expect(quote('МБОУ "Лицей № 3"')).toBe('«МБОУ „Лицей № 3“»');
    expect(quote('СОШ № 2')).toBe('«СОШ № 2»');
    expect(quote('педагог — педагог')).toBe('«педагог — педагог»');
  });

  it('leaves a text without quotes as it is inside', () => {
    expect(innerQuotes('Иванова Анна Петровна')).toBe('Иванова Анна Петровна');
    expect(innerQuotes('«А» и «Б»')).toBe('„А“ и „Б“');
  });
});
