import { describe, it, expect } from 'vitest';
import { interpretInput } from './cell-input';

describe('interpretInput (USER_ENTERED)', () => {
  it('turns a string starting with = into a formula with an empty value', () => {
    expect(interpretInput('=СУММ(E6:E10)')).toEqual({ value: '', formula: '=СУММ(E6:E10)' });
  });

  it('makes a phone number starting with + a formula parse error', () => {
    expect(interpretInput('+7 912 000-00-00')).toEqual({ value: '#ERROR!', formula: '=+7 912 000-00-00' });
    expect(interpretInput('- нет')).toEqual({ value: '#ERROR!', formula: '=- нет' });
  });

  it('keeps a lone plus or minus as text (flags typed as +/-)', () => {
    expect(interpretInput('+')).toEqual({ value: '+' });
    expect(interpretInput('-')).toEqual({ value: '-' });
  });

  it('turns plain numbers with a dot into numbers and keeps comma decimals as text', () => {
    expect(interpretInput('12')).toEqual({ value: 12 });
    expect(interpretInput('-3')).toEqual({ value: -3 });
    expect(interpretInput('1234.5')).toEqual({ value: 1234.5 });
    expect(interpretInput(' 7 ')).toEqual({ value: 7 });
    expect(interpretInput('12,5')).toEqual({ value: '12,5' });
    expect(interpretInput('1 234')).toEqual({ value: '1 234' });
  });

  it('turns percents into fractions with a percent format', () => {
    expect(interpretInput('35%')).toEqual({ value: 0.35, numberFormat: '0%' });
    expect(interpretInput('12.3 %')).toEqual({ value: 0.123, numberFormat: '0.00%' });
  });

  it('stores text after an apostrophe literally', () => {
    expect(interpretInput('\'=HYPERLINK("x")')).toEqual({ value: '=HYPERLINK("x")' });
    expect(interpretInput("'+7 912")).toEqual({ value: '+7 912' });
    expect(interpretInput("'12")).toEqual({ value: '12' });
  });

  it('keeps every string literal in a plain-text (@) cell', () => {
    expect(interpretInput('=1+2', '@')).toEqual({ value: '=1+2' });
    expect(interpretInput('12', '@')).toEqual({ value: '12' });
  });

  it('stores numbers, booleans and dates as they are and clears on null', () => {
    const date = new Date('2025-09-01T00:00:00+03:00');
    expect(interpretInput(5)).toEqual({ value: 5 });
    expect(interpretInput(true)).toEqual({ value: true });
    expect((interpretInput(date).value as Date).getTime()).toBe(date.getTime());
    expect(interpretInput(null)).toEqual({ value: '' });
    expect(interpretInput(undefined)).toEqual({ value: '' });
    expect(interpretInput('Иванова Мария Петровна')).toEqual({ value: 'Иванова Мария Петровна' });
  });
});
