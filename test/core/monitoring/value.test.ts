import { describe, it, expect } from 'vitest';
import { numberFromText, parseValue, type ValueContext } from '../../../src/core/monitoring/value';

const required: ValueContext = { required: true, percentFormatted: false };
const optional: ValueContext = { required: false, percentFormatted: false };
const percentCell: ValueContext = { required: true, percentFormatted: true };

describe('numberFromText', () => {
  it('reads Russian number spellings', () => {
    expect(numberFromText('12,0')).toBe(12);
    expect(numberFromText('1 234')).toBe(1234);
    expect(numberFromText('1\u00a0234')).toBe(1234);
    expect(numberFromText('−3')).toBe(-3);
    expect(numberFromText('12 человек')).toBeNull();
    expect(numberFromText('1.2.3')).toBeNull();
  });
});

describe('counts', () => {
  it.each([
    [12, 12],
    [12.0, 12],
    ['12', 12],
    ['12,0', 12],
    ['1 234', 1234],
    [' 7 ', 7],
    [0, 0],
  ])('accepts %j as %d', (raw, value) => {
    expect(parseValue(raw, 'count', required)).toEqual({ value });
  });

  it.each([
    ['12,5', 'not-integer'],
    [12.5, 'not-integer'],
    [-3, 'negative'],
    ['-3', 'negative'],
    ['много', 'not-number'],
    [true, 'not-number'],
    [new Date(2025, 8, 1), 'not-number'],
    ['12%', 'not-number'],
    [Number.NaN, 'not-number'],
  ])('rejects %j with %s', (raw, problem) => {
    expect(parseValue(raw, 'count', required)).toEqual({ value: null, problem });
  });
});

describe('empty and error cells', () => {
  it('an empty required value is an error, never zero', () => {
    expect(parseValue('', 'count', required)).toEqual({ value: null, problem: 'required' });
    expect(parseValue('   ', 'flag', required)).toEqual({ value: null, problem: 'required' });
    expect(parseValue(null, 'percent', required)).toEqual({ value: null, problem: 'required' });
  });

  it('an empty optional value is null without a problem', () => {
    expect(parseValue('', 'count', optional)).toEqual({ value: null });
  });

  it.each(['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'])(
    '%s is a formula error',
    (raw) => {
      expect(parseValue(raw, 'count', optional)).toEqual({ value: null, problem: 'formula-error' });
      expect(parseValue(raw, 'flag', required).problem).toBe('formula-error');
    },
  );
});

describe('flags', () => {
  it.each([
    [1, 1],
    [0, 0],
    ['1', 1],
    ['0', 0],
    ['да', 1],
    ['Да', 1],
    ['нет', 0],
    ['Нет.', 0],
    ['есть', 1],
    ['ЕСТЬ', 1],
    ['+', 1],
    ['-', 0],
    ['−', 0],
    [true, 1],
    [false, 0],
    ['TRUE', 1],
    ['FALSE', 0],
    ['имеется', 1],
    ['отсутствует', 0],
  ])('reads %j as %d', (raw, value) => {
    expect(parseValue(raw, 'flag', required)).toEqual({ value });
  });

  it('reads a link as 1 and keeps it as evidence', () => {
    expect(parseValue('https://school1.ru/nastavnichestvo/prikaz.pdf', 'flag', required)).toEqual({
      value: 1,
      evidence: 'https://school1.ru/nastavnichestvo/prikaz.pdf',
    });
    // Words beside the link are a note that belongs in «Комментарий / ссылка»: counted, with a warning.
    expect(parseValue('Приказ № 45 от 01.09.2025, www.sosh1.ru/docs/45.pdf.', 'flag', required)).toEqual({
      value: 1,
      evidence: 'www.sosh1.ru/docs/45.pdf',
      problem: 'annotated',
    });
  });

  it.each([[2], ['частично'], ['в разработке'], [0.5], [new Date(2025, 0, 1)]])('rejects %j', (raw) => {
    expect(parseValue(raw, 'flag', required)).toEqual({ value: null, problem: 'flag' });
  });
});

describe('percents', () => {
  it('reads 0.35 from a %-formatted cell, 35, «35%» and «35 %» as 35 %', () => {
    expect(parseValue(0.35, 'percent', percentCell)).toEqual({ value: 0.35 });
    expect(parseValue(35, 'percent', required)).toEqual({ value: 0.35 });
    expect(parseValue('35%', 'percent', required)).toEqual({ value: 0.35 });
    expect(parseValue('35 %', 'percent', required)).toEqual({ value: 0.35 });
    expect(parseValue('35,5 %', 'percent', required)).toEqual({ value: 0.355 });
    expect(parseValue(100, 'percent', required)).toEqual({ value: 1 });
    expect(parseValue(0, 'percent', required)).toEqual({ value: 0 });
  });

  it('warns about a bare number in 0..1 and reads it as a fraction', () => {
    expect(parseValue(0.35, 'percent', required)).toEqual({ value: 0.35, problem: 'percent-ambiguous' });
    expect(parseValue('0,35', 'percent', required)).toEqual({ value: 0.35, problem: 'percent-ambiguous' });
    expect(parseValue(1, 'percent', required)).toEqual({ value: 1, problem: 'percent-ambiguous' });
  });

  it('rejects percents outside 0..100', () => {
    expect(parseValue(135, 'percent', required)).toEqual({ value: null, problem: 'percent-range' });
    expect(parseValue('135 %', 'percent', required)).toEqual({ value: null, problem: 'percent-range' });
    expect(parseValue(1.35, 'percent', percentCell)).toEqual({ value: null, problem: 'percent-range' });
    expect(parseValue(-5, 'percent', required)).toEqual({ value: null, problem: 'percent-range' });
    expect(parseValue('около трети', 'percent', required)).toEqual({ value: null, problem: 'not-number' });
  });
});

describe('values with a note typed into the cell (value/annotated)', () => {
  const count = (raw: unknown) => parseValue(raw, 'count', { required: true, percentFormatted: false });
  const flag = (raw: unknown) => parseValue(raw, 'flag', { required: true, percentFormatted: false });

  it('reads a count followed by its unit or a word, and warns', () => {
    for (const [typed, value] of [
      ['5 чел.', 5],
      ['12 человек', 12],
      ['3 ед.', 3],
      ['1 234 чел', 1234],
      ['2 программы', 2],
    ] as const)
      expect(count(typed), typed).toEqual({ value, problem: 'annotated' });
  });

  it('leaves what is still ambiguous an error', () => {
    expect(count('около 5').problem).toBe('not-number');
    expect(count('5–6 чел.').problem).toBe('not-number');
    expect(count('2,5 ставки').problem).toBe('not-integer');
    expect(count('чел.').problem).toBe('not-number');
  });

  it('reads yes or no followed by a note, and warns', () => {
    expect(flag('да (приказ № 112 от 02.09.2025)')).toEqual({ value: 1, problem: 'annotated' });
    expect(flag('да, на сайте')).toEqual({ value: 1, problem: 'annotated' });
    expect(flag('есть — положение утверждено')).toEqual({ value: 1, problem: 'annotated' });
    expect(flag('нет, в разработке')).toEqual({ value: 0, problem: 'annotated' });
    expect(flag('есть — ссылка https://school5.ru/nastavnichestvo')).toEqual({
      value: 1,
      evidence: 'https://school5.ru/nastavnichestvo',
      problem: 'annotated',
    });
    expect(flag('https://school5.ru/nastavnichestvo')).toEqual({
      value: 1,
      evidence: 'https://school5.ru/nastavnichestvo',
    });
    expect(flag('возможно, позже').problem).toBe('flag');
    expect(flag('да')).toEqual({ value: 1 });
  });
});
