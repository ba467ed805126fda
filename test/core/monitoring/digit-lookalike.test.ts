import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { checkConsistency } from '../../../src/core/indicators/consistency';
import { digitLookalike } from '../../../src/core/monitoring/digit-lookalike';
import { parseSchoolTab } from '../../../src/core/monitoring/school-tab';
import { parseValue } from '../../../src/core/monitoring/value';
import { rowOf, schoolTab, validValues } from './school-tab-fixture';
import { validateBase } from '../../../src/core/base';
import { baseGrid, realisticRows } from '../base/base-grid';

const plain = { required: true, percentFormatted: false };

describe('letters typed for digits', () => {
  it('finds them, Latin and Cyrillic, and the number meant', () => {
    expect(digitLookalike('3O')).toEqual({
      letters: [{ letter: 'O', digit: '0', script: 'latin' }],
      corrected: '30',
    });
    expect(digitLookalike('1О')?.letters).toEqual([{ letter: 'О', digit: '0', script: 'cyrillic' }]);
    expect(digitLookalike('l5')?.corrected).toBe('15');
    expect(digitLookalike('З')?.corrected).toBe('3');
    expect(digitLookalike('1б')?.corrected).toBe('16');
    expect(digitLookalike('lO')?.letters.map((entry) => entry.digit)).toEqual(['1', '0']);
  });

  it('leaves alone a text with any other letter, and one without these letters', () => {
    expect(digitLookalike('5 человек')).toBeNull();
    expect(digitLookalike('около 5')).toBeNull();
    expect(digitLookalike('15')).toBeNull();
    expect(digitLookalike('Oх')).toBeNull();
  });

  it('makes a count or a percent so typed an error, never a value with a note', () => {
    for (const [text, corrected] of [
      ['3O', '30'],
      ['l5', '15'],
      ['1О', '10'],
      ['З', '3'],
      ['б', '6'],
    ]) {
      const read = parseValue(text, 'count', plain);
      expect(read).toMatchObject({ value: null, problem: 'letter-for-digit' });
      expect(read.lookalike?.corrected).toBe(corrected);
    }
    expect(parseValue('4O %', 'percent', plain)).toMatchObject({ value: null, problem: 'letter-for-digit' });
    // A letter that makes no number is not a mistyped number: «5 чел.» is still a count with a note.
    expect(parseValue('5 чел.', 'count', plain)).toEqual({ value: 5, problem: 'annotated' });
    expect(parseValue('O ч', 'count', plain)).toEqual({ value: null, problem: 'not-number' });
    // Flags read words: «нет» is no mistyped number.
    expect(parseValue('нет', 'flag', plain)).toEqual({ value: 0 });
  });

  it('says which letter stands for which digit, offers the number, and no cross rule fires on the value', () => {
    const grid = schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues({ ped_total: '3O' }));
    const tab = parseSchoolTab(grid, BUILTIN_CATALOGUE);
    if (tab === null) throw new Error('not recognised');
    const cell = `E${rowOf('ped_total')}`;
    const own = tab.issues.filter((issue) => issue.cell === cell);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ code: 'value/letter-for-digit', severity: 'error' });
    expect(own[0].message).toBe(
      `В ячейке ${cell} «3O»: латинская буква «O» вместо цифры 0 (показатель 1.1 «Общая численность педагогических работников»)`,
    );
    expect(own[0].hint).toBe('Исправьте значение на 30: буквы, похожие на цифры, не считаются числом.');
    expect(own[0].fix).toEqual({ value: 30, label: 'Заменить на 30' });
    expect(tab.inputs.ped_total).toMatchObject({ value: null, invalid: true });
    // Eight mentors of «3»: no «больше, чем 1.1» while 1.1 is itself an error.
    const consistency = checkConsistency(tab, BUILTIN_CATALOGUE).issues;
    expect(consistency.filter((issue) => issue.message.includes(cell))).toEqual([]);
  });

  it('names every letter when there are several', () => {
    const grid = schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues({ ped_mentors: 'lO' }));
    const issue = parseSchoolTab(grid, BUILTIN_CATALOGUE)?.issues[0];
    expect(issue?.message).toContain('буквы вместо цифр: «l» вместо 1, «O» вместо 0');
    expect(issue?.fix?.value).toBe(10);
  });
});

describe('letters typed for digits in «№ п/п» of «База наставников»', () => {
  it('are a warning, as numbering is, naming the letter and offering the number', () => {
    const rows = realisticRows(2);
    rows[1][0] = '2О';
    const issue = validateBase(baseGrid(rows)).issues.find((i) => i.column === 1 && i.row === 4);
    expect(issue).toMatchObject({ code: 'value/letter-for-digit', severity: 'warning' });
    expect(issue?.message).toContain('«2О»: русская буква «О» вместо цифры 0');
    expect(issue?.fix?.value).toBe(20);
    rows[1][0] = 'два';
    const other = validateBase(baseGrid(rows)).issues.find((i) => i.column === 1 && i.row === 4);
    expect(other?.code).toBe('cell/type');
  });
});
