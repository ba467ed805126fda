import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toGridValue } from '../../src/xlsx/xlsx-cell-value';

describe('toGridValue', () => {
  it('passes plain values through and turns an empty cell into an empty string', () => {
    expect(toGridValue(40)).toBe(40);
    expect(toGridValue('МБОУ «СОШ № 1»')).toBe('МБОУ «СОШ № 1»');
    expect(toGridValue(false)).toBe(false);
    expect(toGridValue(null)).toBe('');
    expect(toGridValue(undefined)).toBe('');
  });

  it('gives error cells as their error string', () => {
    expect(toGridValue({ error: '#N/A' })).toBe('#N/A');
    expect(toGridValue({ formula: 'VLOOKUP(A1,B:C,2,0)', result: { error: '#N/A' } })).toBe('#N/A');
  });

  it('gives formulas their cached result, and an empty string when there is none', () => {
    expect(toGridValue({ formula: 'B6+B7', result: 12 })).toBe(12);
    expect(toGridValue({ sharedFormula: 'E6', result: 'да' })).toBe('да');
    expect(toGridValue({ formula: 'TODAY()' })).toBe('');
  });

  it('flattens rich text, also inside a hyperlink', () => {
    expect(
      toGridValue({ richText: [{ text: 'Иванова ' }, { text: 'Мария Петровна', font: { bold: true } }] }),
    ).toBe('Иванова Мария Петровна');
    expect(
      toGridValue({ text: { richText: [{ text: 'Положение' }] }, hyperlink: 'https://sosh.ru/pol.pdf' }),
    ).toBe('Положение');
  });

  it('keeps the address of a link whose text is empty: a URL in a flag cell is evidence', () => {
    expect(toGridValue({ text: '', hyperlink: 'https://sosh1.edu.ru/nastavnichestvo' })).toBe(
      'https://sosh1.edu.ru/nastavnichestvo',
    );
    expect(toGridValue({ hyperlink: 'https://sosh1.edu.ru/prikaz.pdf' })).toBe(
      'https://sosh1.edu.ru/prikaz.pdf',
    );
  });

  it('never throws and always gives a plain cell value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const out = toGridValue(value);
        expect(
          ['string', 'number', 'boolean'].includes(typeof out) ||
            Object.prototype.toString.call(out) === '[object Date]',
        ).toBe(true);
      }),
    );
  });
});
