/**
 * One school's figures: every input and derived id of the catalogue, and the ids the school is
 * left out of because an input they use has an error (never silently counted as zero).
 */
import {
  isInput,
  isReported,
  isSchoolShare,
  type Catalogue,
  type IndicatorDef,
} from '../catalogue/catalogue';
import type { Issue } from '../issues/issue';
import type { SchoolTab } from '../monitoring/school-tab';
import { checkConsistency } from './consistency';

export interface SchoolFigures {
  readonly sheet: string;
  readonly name: string;
  /** Every input and derived id; null when missing, invalid or undefined (zero denominator). */
  readonly values: Readonly<Record<string, number | null>>;
  /** Ids whose inputs have errors on this tab, in catalogue order. */
  readonly excludedFrom: readonly string[];
  /** Evidence links of flags, by id. */
  readonly evidence: Readonly<Record<string, string>>;
  /** Consistency issues (the tab's own reading issues stay with the tab). */
  readonly issues: readonly Issue[];
  /** Input ids (and reported shares' ids, catalogue.ts) the tab has no recognised row for. */
  readonly withoutRow: readonly string[];
  /** Titles of the tab's rows with a value that matched no indicator. */
  readonly unreadTitles: readonly string[];
}

/** The input ids a figure is computed from (itself for an input). */
export function inputsOf(def: IndicatorDef): string[] {
  if (isInput(def)) return [def.id];
  return [def.numerator, def.denominator].filter((id): id is string => id !== undefined);
}

export function schoolFigures(tab: SchoolTab, catalogue: Catalogue): SchoolFigures {
  const consistency = checkConsistency(tab, catalogue);
  const invalid = new Set(consistency.invalidated);
  const values: Record<string, number | null> = {};
  const evidence: Record<string, string> = {};
  for (const def of catalogue.indicators) {
    if (!isInput(def)) continue;
    const reading = tab.inputs[def.id];
    if (reading === undefined || reading.invalid) invalid.add(def.id);
    values[def.id] = reading === undefined || invalid.has(def.id) ? null : reading.value;
    if (reading?.evidence !== undefined && values[def.id] === 1) evidence[def.id] = reading.evidence;
  }
  const excludedFrom: string[] = [];
  for (const def of catalogue.indicators) {
    if (isInput(def)) {
      if (invalid.has(def.id)) excludedFrom.push(def.id);
      continue;
    }
    const derived = derivedValue(def, values);
    const own = isReported(def) ? tab.inputs[def.id] : undefined;
    // A share computed from the school's counts stands; else the percent its form gives (docs/domain.md#satisfaction).
    if (derived === null && own !== undefined) {
      values[def.id] = own.invalid ? null : own.value;
      if (own.invalid) excludedFrom.push(def.id);
      continue;
    }
    values[def.id] = derived;
    if (inputsOf(def).some((id) => invalid.has(id))) excludedFrom.push(def.id);
  }
  // A reported share's own row stands for its inputs' rows: the figure can be computed from it.
  const withoutRow = catalogue.indicators
    .filter((def) => (isInput(def) || isReported(def)) && tab.inputs[def.id]?.onForm !== true)
    .map((def) => def.id);
  return {
    sheet: tab.sheet,
    name: tab.name,
    values,
    excludedFrom,
    evidence,
    issues: consistency.issues,
    withoutRow,
    unreadTitles: tab.unreadRows.map((row) => row.title),
  };
}

function derivedValue(def: IndicatorDef, values: Readonly<Record<string, number | null>>): number | null {
  const numerator = def.numerator === undefined ? null : (values[def.numerator] ?? null);
  // A school's part of a share of schools is its own flag: 1 counts towards the share, 0 does not.
  if (isSchoolShare(def)) return numerator;
  const denominator = def.denominator === undefined ? null : (values[def.denominator] ?? null);
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}
