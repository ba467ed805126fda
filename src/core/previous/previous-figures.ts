/**
 * Last period's municipal figures out of long-format rows (docs/domain.md#long-format): the rows of level
 * `municipality` of the municipality at hand — by its name, or the only municipality the rows
 * have — keyed by indicator id. Rows of several municipalities and no name that matches give
 * nothing rather than another municipality's figures.
 */
import type { LongRow } from '../long-format/long-row';
import { normaliseKey } from '../text/normalise';

export interface PreviousFigures {
  /** The period the rows were exported for, as written there; '' when none was. */
  readonly period: string;
  readonly byId: ReadonlyMap<string, LongRow>;
}

export type PreviousMatch =
  | { readonly found: true; readonly figures: PreviousFigures }
  | { readonly found: false; readonly municipalities: readonly string[] };

export function previousFigures(rows: readonly LongRow[], municipality: string | null): PreviousMatch {
  const groups = new Map<string, LongRow[]>();
  for (const row of rows) {
    if (row.level !== 'municipality') continue;
    const list = groups.get(row.municipality);
    if (list) list.push(row);
    else groups.set(row.municipality, [row]);
  }
  const wanted = municipality === null ? null : normaliseKey(municipality);
  const named = [...groups.keys()].find((name) => wanted !== null && normaliseKey(name) === wanted);
  const chosen = named ?? (groups.size === 1 ? [...groups.keys()][0] : undefined);
  if (chosen === undefined) return { found: false, municipalities: [...groups.keys()] };
  const own = groups.get(chosen) as LongRow[];
  return {
    found: true,
    figures: { period: own[0].period, byId: new Map(own.map((row) => [row.indicator_id, row])) },
  };
}
