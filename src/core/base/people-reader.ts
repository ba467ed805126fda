/**
 * Reading people out of cells once: several rules read the same ФИО cells (the cell's own
 * checks, self-mentoring, duplicate pairs, the entries), and a mentor's name comes back on every
 * row of their pairs, so parses, checks and keys are remembered for one validation.
 */
import { checkFio, personKey, type FioCheck } from './fio';
import { isFormulaError } from './formula-error';
import { parsePeopleCell, type PeopleCell } from './people-cell';

export interface PeopleReader {
  /** The parsed cell. */
  readonly cell: (text: string) => PeopleCell;
  /** The names in a cell, [] when it holds no text. */
  readonly names: (value: unknown) => readonly string[];
  /** `personKey` of a name. */
  readonly key: (name: string) => string;
  /** `checkFio` of a name. */
  readonly check: (name: string) => FioCheck;
}

function remembered<T>(compute: (name: string) => T): (name: string) => T {
  const known = new Map<string, T>();
  return (name) => {
    let result = known.get(name);
    if (result === undefined) {
      result = compute(name);
      known.set(name, result);
    }
    return result;
  };
}

export function createPeopleReader(): PeopleReader {
  const cell = remembered(parsePeopleCell);
  return {
    cell,
    names: (value) => (typeof value === 'string' && !isFormulaError(value) ? cell(value).names : []),
    key: remembered(personKey),
    check: remembered(checkFio),
  };
}
