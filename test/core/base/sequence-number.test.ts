import { describe, it, expect } from 'vitest';
import { parseSequenceNumber } from '../../../src/core/base/sequence-number';

describe('parseSequenceNumber', () => {
  it.each([
    [7, 7],
    ['7', 7],
    [' 12 ', 12],
    ['3.', 3],
    ['4)', 4],
    ['', null],
    [null, null],
    ['   ', null],
    [0, 'invalid'],
    [-2, 'invalid'],
    [1.5, 'invalid'],
    ['1,5', 'invalid'],
    ['первый', 'invalid'],
    [true, 'invalid'],
    [new Date(2024, 8, 1), 'invalid'],
    ['0', 'invalid'],
  ])('%j → %j', (value, number) => {
    expect(parseSequenceNumber(value)).toBe(number);
  });
});
