import { describe, expect, it } from 'vitest';
import { checkFio, personKey } from '../../../src/core/base/fio';
import { parsePeopleCell } from '../../../src/core/base/people-cell';
import { createPeopleReader } from '../../../src/core/base/people-reader';

const CELL = 'Сидоров Иван Петрович, Белова Ольга Игоревна';

describe('createPeopleReader', () => {
  it('reads the names of a cell as parsePeopleCell does', () => {
    const reader = createPeopleReader();
    expect(reader.names(CELL)).toEqual(parsePeopleCell(CELL).names);
    expect(reader.names(CELL)).toHaveLength(2);
  });

  it('finds no names in a formula error, a number or an empty cell', () => {
    const reader = createPeopleReader();
    expect(reader.names('#REF!')).toEqual([]);
    expect(reader.names('#N/A')).toEqual([]);
    expect(reader.names(42)).toEqual([]);
    expect(reader.names(null)).toEqual([]);
  });

  it('keys and checks a name as fio.ts does', () => {
    const reader = createPeopleReader();
    expect(reader.key('Сидоров Иван Петрович')).toBe(personKey('Сидоров Иван Петрович'));
    expect(reader.check('сидоров иван')).toEqual(checkFio('сидоров иван'));
  });

  it('parses, keys and checks each text once per validation: the same answer object comes back', () => {
    const reader = createPeopleReader();
    expect(reader.cell(CELL)).toBe(reader.cell(CELL));
    expect(reader.check('Сидоров Иван Петрович')).toBe(reader.check('Сидоров Иван Петрович'));
    // A second reader (the next validation) starts afresh.
    expect(createPeopleReader().cell(CELL)).not.toBe(reader.cell(CELL));
  });
});
