/**
 * Reading people out of cells once: several rules read the same ФИО cells (the cell's own
 * checks, self-mentoring, duplicate pairs, the entries), so parses and keys are remembered
 * for one validation.
 */
import { personKey } from './fio';
import { isFormulaError } from './formula-error';
import { parsePeopleCell, type PeopleCell } from './people-cell';

export interface PeopleReader {
  /** The parsed cell. */
  readonly cell: (text: string) => PeopleCell;
  /** The names in a cell, [] when it holds no text. */
  readonly names: (value: unknown) => readonly string[];
  /** `personKey` of a name. */
  readonly key: (name: string) => string;
}

export function createPeopleReader(): PeopleReader {
  const cells = new Map<string, PeopleCell>();
  const keys = new Map<string, string>();
  const cell = (text: string): PeopleCell => {
    let parsed = cells.get(text);
    if (!parsed) {
      parsed = parsePeopleCell(text);
      cells.set(text, parsed);
    }
    return parsed;
  };
  return {
    cell,
    names: (value) => (typeof value === 'string' && !isFormulaError(value) ? cell(value).names : []),
    key: (name) => {
      let key = keys.get(name);
      if (key === undefined) {
        key = personKey(name);
        keys.set(name, key);
      }
      return key;
    },
  };
}
