import { describe, expect, it } from 'vitest';
import { shownValue } from '../../../src/core/monitoring/shown-value';
import { linkIn, numberFromText, parseValue, type ValueContext } from '../../../src/core/monitoring/value';

const plain: ValueContext = { required: true, percentFormatted: false };
const percentCell: ValueContext = { required: true, percentFormatted: true };

describe('shownValue at its edges', () => {
  it('shows whole numbers without a comma, FALSE, and empty cells as nothing', () => {
    expect(shownValue(12)).toBe('12');
    expect(shownValue(-3.25)).toBe('-3,25');
    expect(shownValue(false)).toBe('FALSE');
    expect(shownValue(null)).toBe('');
    expect(shownValue('  как есть ')).toBe('как есть');
  });

  it('rounds a percent to four decimals of a percent and shows a plain number as it is', () => {
    expect(shownValue(0.123456789, true)).toBe('12,3457\u00a0%');
    expect(shownValue(1, true)).toBe('100\u00a0%');
    expect(shownValue(0.123456789)).toBe('0,123456789');
  });

  it('keeps 60 characters whole and cuts a longer text to 59 and an ellipsis', () => {
    expect(shownValue('б'.repeat(60))).toBe('б'.repeat(60));
    expect(shownValue('б'.repeat(61))).toBe(`${'б'.repeat(59)}…`);
  });

  it('shows a date with two-digit day and month', () => {
    expect(shownValue(new Date(Date.UTC(2025, 0, 5)))).toBe('05.01.2025');
  });
});

describe('numbers and links in text', () => {
  it('reads signs and spaces of every kind, and nothing else', () => {
    expect(numberFromText('+5')).toBe(5);
    expect(numberFromText('1\u202f234\u2009567')).toBe(1234567);
    expect(numberFromText('−2,5')).toBe(-2.5);
    expect(numberFromText('5,')).toBeNull();
    expect(numberFromText(',5')).toBeNull();
    expect(numberFromText('5 5 человек')).toBeNull();
    expect(numberFromText('')).toBeNull();
  });

  it('finds the first link and drops punctuation after it', () => {
    expect(linkIn('см. (https://sosh1.ru/prikaz.pdf).')).toBe('https://sosh1.ru/prikaz.pdf');
    expect(linkIn('http://a.ru/x; http://b.ru/y')).toBe('http://a.ru/x');
    expect(linkIn('WWW.SOSH1.RU/docs')).toBe('WWW.SOSH1.RU/docs');
    expect(linkIn('«https://sosh1.ru/a»')).toBe('https://sosh1.ru/a');
    expect(linkIn('приказ на сайте')).toBeUndefined();
  });
});

describe('parseValue at its edges', () => {
  it('reads a negative annotated count as negative, and an infinite number as no number', () => {
    expect(parseValue('−3 чел.', 'count', plain)).toEqual({ value: null, problem: 'negative' });
    expect(parseValue('+4 чел.', 'count', plain)).toEqual({ value: 4, problem: 'annotated' });
    expect(parseValue(Number.POSITIVE_INFINITY, 'count', plain)).toEqual({
      value: null,
      problem: 'not-number',
    });
    expect(parseValue({ text: '5' }, 'count', plain)).toEqual({ value: null, problem: 'not-number' });
  });

  it('reads flags typed with a full stop or an exclamation, «не имеется» and «ложь»', () => {
    expect(parseValue('Да!', 'flag', plain)).toEqual({ value: 1 });
    expect(parseValue('не имеется', 'flag', plain)).toEqual({ value: 0 });
    expect(parseValue('ЛОЖЬ', 'flag', plain)).toEqual({ value: 0 });
    expect(parseValue('Истина', 'flag', plain)).toEqual({ value: 1 });
    expect(parseValue('—', 'flag', plain)).toEqual({ value: 0 });
    expect(parseValue('ЁСТЬ', 'flag', plain)).toEqual({ value: 1 }); // ё typed for е
    expect(parseValue('__proto__', 'flag', plain)).toEqual({ value: null, problem: 'flag' });
    expect(parseValue('constructor', 'flag', plain)).toEqual({ value: null, problem: 'flag' });
  });

  it('reads a yes with a note after a space or a dash, and a link with only punctuation around it', () => {
    expect(parseValue('да утверждено', 'flag', plain)).toEqual({ value: 1, problem: 'annotated' });
    expect(parseValue('нет—не принят', 'flag', plain)).toEqual({ value: 0, problem: 'annotated' });
    expect(parseValue('может быть', 'flag', plain)).toEqual({ value: null, problem: 'flag' });
    expect(parseValue('(https://sosh1.ru/a.pdf);', 'flag', plain)).toEqual({
      value: 1,
      evidence: 'https://sosh1.ru/a.pdf',
    });
  });

  it('reads percents: a sign makes 1 % one percent, zero is not ambiguous, a %-formatted cell is a fraction', () => {
    expect(parseValue('1 %', 'percent', plain)).toEqual({ value: 0.01 });
    expect(parseValue(' 35 % ', 'percent', plain)).toEqual({ value: 0.35 });
    expect(parseValue(0, 'percent', plain)).toEqual({ value: 0 });
    expect(parseValue('100%', 'percent', plain)).toEqual({ value: 1 });
    expect(parseValue(1, 'percent', percentCell)).toEqual({ value: 1 });
    expect(parseValue(-0.01, 'percent', percentCell)).toEqual({ value: null, problem: 'percent-range' });
    expect(parseValue(Number.NaN, 'percent', percentCell)).toEqual({ value: null, problem: 'not-number' });
    expect(parseValue(Number.POSITIVE_INFINITY, 'percent', plain)).toEqual({
      value: null,
      problem: 'not-number',
    });
    expect(parseValue(true, 'percent', plain)).toEqual({ value: null, problem: 'not-number' });
    expect(parseValue('100,5 %', 'percent', plain)).toEqual({ value: null, problem: 'percent-range' });
    expect(parseValue('%', 'percent', plain)).toEqual({ value: null, problem: 'not-number' });
  });

  it('treats a cell of spaces as empty only when optional values may be empty', () => {
    expect(parseValue(' \u00a0 ', 'percent', { required: false, percentFormatted: false })).toEqual({
      value: null,
    });
    expect(parseValue('#DIV/0!', 'flag', { required: false, percentFormatted: false })).toEqual({
      value: null,
      problem: 'formula-error',
    });
  });
});
