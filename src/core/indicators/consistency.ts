/**
 * Consistency of one school's inputs (docs/domain.md#indicators): a part never exceeds its total, a share's
 * numerator is not positive over a zero denominator, and two suspicious flag combinations.
 * Errors point at the part's cell and leave the part out of the school's figures.
 */
import { a1 } from '../sheet/a1';
import type { Catalogue, IndicatorDef } from '../catalogue/catalogue';
import { IMPLAUSIBLE_RULES, PART_OF_TOTAL_RULES } from '../catalogue/consistency-rules';
import { createIssue, type Issue } from '../issues/issue';
import { indicatorLabel } from '../monitoring/messages';
import type { InputReading, SchoolTab } from '../monitoring/school-tab';
import { shownValue } from '../monitoring/shown-value';
import { INDICATOR_MESSAGES as M } from './messages';

export interface ConsistencyResult {
  readonly issues: readonly Issue[];
  /** Inputs that an error made unusable (the parts of broken pairs). */
  readonly invalidated: readonly string[];
}

export function checkConsistency(tab: SchoolTab, catalogue: Catalogue): ConsistencyResult {
  const defs = new Map(catalogue.indicators.map((def) => [def.id, def]));
  const issues: Issue[] = [];
  const invalidated = new Set<string>();
  const usable = (id: string): (InputReading & { value: number }) | null => {
    const reading = tab.inputs[id];
    return reading && !reading.invalid && reading.value !== null
      ? (reading as InputReading & { value: number })
      : null;
  };
  const label = (id: string) => {
    const def = defs.get(id) as IndicatorDef;
    return indicatorLabel(def.code, def.title);
  };

  for (const pair of pairsOf(catalogue)) {
    const part = usable(pair.part);
    const total = usable(pair.total);
    if (part === null || total === null || part.value <= total.value) continue;
    const cell = a1(part.row, part.column);
    const totalCell = a1(total.row, total.column);
    if (total.value === 0 && pair.share !== null) {
      const text = M.zeroDenominator(cell, shownValue(part.value), label(pair.part), {
        share: pair.share.title,
        total: { label: label(pair.total), cell: totalCell },
      });
      const params = { value: shownValue(part.value), indicator: pair.part, total: shownValue(total.value) };
      issues.push(
        createIssue(
          'logic/zero-denominator',
          { sheet: tab.sheet, row: part.row, column: part.column },
          text,
          { params },
        ),
      );
    } else if (pair.rule) {
      const text = M.partExceedsTotal(cell, shownValue(part.value), label(pair.part), {
        label: label(pair.total),
        cell: totalCell,
        shown: shownValue(total.value),
      });
      const params = { value: shownValue(part.value), indicator: pair.part, total: shownValue(total.value) };
      issues.push(
        createIssue(
          'logic/part-exceeds-total',
          { sheet: tab.sheet, row: part.row, column: part.column },
          text,
          { params },
        ),
      );
    } else continue;
    invalidated.add(pair.part);
  }

  for (const rule of IMPLAUSIBLE_RULES) {
    if (!defs.has(rule.when) || !defs.has(rule.then)) continue;
    const when = usable(rule.when);
    const then = usable(rule.then);
    if (when === null || then === null || when.value !== rule.whenValue || then.value !== rule.thenValue)
      continue;
    const text = M.implausible(a1(then.row, then.column), shownValue(then.value), label(rule.then), {
      label: label(rule.when),
      cell: a1(when.row, when.column),
      shown: shownValue(when.value),
    });
    const params = { value: shownValue(then.value), indicator: rule.then, when: shownValue(when.value) };
    issues.push(
      createIssue('logic/implausible', { sheet: tab.sheet, row: then.row, column: then.column }, text, {
        params,
      }),
    );
  }
  return { issues, invalidated: [...invalidated] };
}

interface Pair {
  readonly part: string;
  readonly total: string;
  /** The share dividing part by total, if any: a positive part over a zero total is then undefined. */
  share: IndicatorDef | null;
  /** A part-of-total rule of docs/domain.md#indicators (a share alone may legitimately exceed 1). */
  readonly rule: boolean;
}

/** Part-of-total rules and shares of the catalogue, one entry per (part, total). */
function pairsOf(catalogue: Catalogue): Pair[] {
  const ids = new Set(catalogue.indicators.map((def) => def.id));
  const pairs: Pair[] = PART_OF_TOTAL_RULES.filter((r) => ids.has(r.part) && ids.has(r.total)).map((r) => ({
    part: r.part,
    total: r.total,
    share: null,
    rule: true,
  }));
  for (const def of catalogue.indicators) {
    if (def.type !== 'share' || def.numerator === undefined || def.denominator === undefined) continue;
    const known = pairs.find((p) => p.part === def.numerator && p.total === def.denominator);
    if (known === undefined)
      pairs.push({ part: def.numerator, total: def.denominator, share: def, rule: false });
    else if (known.share === null) known.share = def;
  }
  return pairs;
}
