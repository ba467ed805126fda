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

  it('pairs straight quotes by where they stand, not by counting them', () => {
    expect(quote('"А" и "Б"')).toBe('«„А“ и „Б“»');
    expect(quote('приказ "О внедрении"')).toBe('«приказ „О внедрении“»');
    // A stray closing quote stays a closing one and does not turn the next pair inside out.
    expect(quote('5" и "Лицей"')).toBe('«5“ и „Лицей“»');
    expect(quote('("Лицей")')).toBe('«(„Лицей“)»');
  });

  it('nests a text already in «ёлочки», and leaves its „лапки“ as they are', () => {
    expect(quote('«МБОУ «СОШ № 1»»')).toBe('«„МБОУ „СОШ № 1““»');
    expect(quote('МБОУ „СОШ № 1“')).toBe('«МБОУ „СОШ № 1“»');
  });
});
