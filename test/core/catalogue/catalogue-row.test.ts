import { describe, expect, it } from 'vitest';
import {
  INDICATOR_ID,
  INDICATOR_TYPE,
  readCell,
  REQUIRED_FLAG,
} from '../../../src/core/catalogue/catalogue-row';

describe('the worded cells of a «Показатели» row', () => {
  it('read the words coordinators type, loosely, and leave an empty cell as not given', () => {
    expect(readCell(INDICATOR_TYPE, ' Количество ')).toBe('count');
    expect(readCell(INDICATOR_TYPE, 'да/нет')).toBe('flag');
    expect(readCell(INDICATOR_TYPE, '%')).toBe('percent');
    expect(readCell(INDICATOR_TYPE, '')).toBeUndefined();
    expect(readCell(REQUIRED_FLAG, 'Да')).toBe(true);
    expect(readCell(REQUIRED_FLAG, 0)).toBe(false);
    expect(readCell(REQUIRED_FLAG, null)).toBeUndefined();
    expect(readCell(INDICATOR_ID, 'share_mentors_2')).toBe('share_mentors_2');
  });

  it('refuse anything else', () => {
    expect(readCell(INDICATOR_TYPE, 'проценты?')).toBe('invalid');
    expect(readCell(INDICATOR_TYPE, '#REF!')).toBe('invalid');
    expect(readCell(REQUIRED_FLAG, 'возможно')).toBe('invalid');
    expect(readCell(INDICATOR_ID, '2share')).toBe('invalid');
    expect(readCell(INDICATOR_ID, 'доля_наставников')).toBe('invalid');
  });
});
