/**
 * Municipal figures over all schools (docs/domain.md#indicators): sums for counts, weighted shares Σnum /
 * Σden (never the mean of school shares), shares of schools for flags, and the plain mean over schools for
 * percent inputs (these exist only when the «Показатели» sheet adds them; a school's percent has no weight to
 * be weighted by). Satisfaction, which a form may give as a percent, is weighted by respondents where it can
 * be (docs/domain.md#satisfaction). Schools are always listed alphabetically — no rankings.
 */
import {
  BUILTIN_CATALOGUE,
  indicatorById,
  isReported,
  isSchoolShare,
  type Catalogue,
  type IndicatorDef,
} from '../catalogue/catalogue';
import type { IndicatorSummary, NotComputed } from '../findings/analysis-result';
import { resemblance } from '../catalogue/title-match';
import { wordingsOf } from '../catalogue/title-variants';
import { inputsOf, type SchoolFigures } from './school-figures';

/** Tolerance for comparing fractions with targets (0.1 + 0.6 must meet 0.7). */
const EPSILON = 1e-9;

/** One collator for every comparison: localeCompare(…, 'ru') builds one per call. */
const RUSSIAN = new Intl.Collator('ru');

/** A value meets its target with a tolerance for binary fractions; null when either is missing. */
export function meetsTarget(value: number | null, target: number | null): boolean | null {
  return target === null || value === null ? null : value >= target - EPSILON;
}

export function byName(a: string, b: string): number {
  return RUSSIAN.compare(a, b);
}

/**
 * Figures that appear in the summary: built-in flags are shown through their shares of schools
 * (share_oo_with_…). A flag the «Показатели» sheet adds is listed under its own id as well, because The JSON
 * contract (docs/domain.md#command-line) asks for every added indicator; its figure is the same share of
 * schools.
 */
export function summaryIndicators(catalogue: Catalogue): IndicatorDef[] {
  return catalogue.indicators.filter(
    (def) => def.type !== 'flag' || indicatorById(BUILTIN_CATALOGUE, def.id) === undefined,
  );
}

export function aggregate(schools: readonly SchoolFigures[], catalogue: Catalogue): IndicatorSummary[] {
  return summaryIndicators(catalogue).map((def) => {
    const summary = aggregateOne(def, schools);
    // A ratio of two counts is what a form worded otherwise loses silently; a count or a share of schools
    // the form does not hold is simply not asked.
    const ratio = def.type === 'share' && def.denominator !== undefined;
    const why = ratio && summary.value === null ? notComputed(def, schools, catalogue) : null;
    return why === null ? summary : { ...summary, notComputed: why };
  });
}

/** How many unread rows a figure that is not computed names as the closest to its missing input. */
const NEAREST_ROWS = 3;

/**
 * Why a figure is not computed: an input it needs has no recognised row on any school tab (the form words it
 * so that it was not read, or does not hold it). The unread rows most like that input are named, so the
 * coordinator sees which row was meant. Null when every input has a row somewhere (the figure is then missing
 * for another reason: empty or invalid values, a zero denominator — each stated at its cell).
 */
function notComputed(
  def: IndicatorDef,
  schools: readonly SchoolFigures[],
  catalogue: Catalogue,
): NotComputed | null {
  if (schools.length === 0) return null;
  // A form that gives the share itself has its row: the figure is missing for want of values, stated at the cells.
  if (isReported(def) && schools.some((school) => !school.withoutRow.includes(def.id))) return null;
  const input = inputsOf(def).find((id) => schools.every((school) => school.withoutRow.includes(id)));
  const inputDef = input === undefined ? undefined : indicatorById(catalogue, input);
  if (inputDef === undefined) return null;
  const builtin = indicatorById(BUILTIN_CATALOGUE, inputDef.id);
  const wordings = wordingsOf(inputDef.id, [inputDef.title, builtin?.title ?? inputDef.title]);
  const alike = new Map<string, number>();
  for (const school of schools)
    for (const title of school.unreadTitles) {
      if (alike.has(title)) continue;
      const score = resemblance(title, wordings);
      if (score > 0) alike.set(title, score);
    }
  const nearestRows = [...alike]
    .sort((a, b) => b[1] - a[1])
    .slice(0, NEAREST_ROWS)
    .map(([title]) => title);
  return { input: inputDef.id, inputTitle: inputDef.title, nearestRows };
}

/**
 * A share a form may give as a percent (docs/domain.md#satisfaction) over the schools that have it: weighted by
 * respondents when every one of them gives their number (Σ satisfied / Σ surveyed, a school's satisfied being
 * its percent of its surveyed when it gives only the percent), else the plain mean of their percents.
 */
function reportedFigure(
  def: IndicatorDef,
  counted: readonly SchoolFigures[],
): Pick<IndicatorSummary, 'value' | 'numerator' | 'denominator' | 'weighting'> {
  if (counted.length === 0) return { value: null, numerator: null, denominator: null };
  const own = (s: SchoolFigures, id: string | undefined) =>
    id === undefined ? null : (s.values[id] ?? null);
  const weights = counted.map((s) => own(s, def.denominator));
  if (weights.every((n) => n !== null)) {
    const numerator = counted.reduce((sum, s, i) => {
      const satisfied = own(s, def.numerator);
      // The school's own count when its share was computed from it; its percent of its respondents otherwise.
      return sum + (satisfied ?? (own(s, def.id) ?? 0) * (weights[i] as number));
    }, 0);
    const denominator = weights.reduce<number>((sum, n) => sum + (n as number), 0);
    const value = denominator === 0 ? null : numerator / denominator;
    return { value, numerator, denominator, weighting: 'respondents' };
  }
  // A school counted by its counts with nobody surveyed (0 of 0) has no percent to average.
  const percents = counted.flatMap((s) => (own(s, def.id) === null ? [] : [own(s, def.id) as number]));
  const value = percents.length === 0 ? null : percents.reduce((sum, p) => sum + p, 0) / percents.length;
  return { value, numerator: null, denominator: null, weighting: 'schools' };
}

function aggregateOne(def: IndicatorDef, schools: readonly SchoolFigures[]): IndicatorSummary {
  const counted = schools.filter((s) => !s.excludedFrom.includes(def.id) && isCounted(def, s));
  if (isReported(def)) {
    const figure = reportedFigure(def, counted);
    return { ...summaryOf(def, schools, counted), ...figure, met: meetsTarget(figure.value, def.target) };
  }
  let value: number | null = null;
  let numerator: number | null = null;
  let denominator: number | null = null;
  const sumOf = (id: string | undefined) =>
    counted.reduce((sum, s) => sum + (id === undefined ? 0 : (s.values[id] ?? 0)), 0);
  if (counted.length > 0) {
    if (def.type === 'count') value = sumOf(def.id);
    else if (def.type === 'percent') value = sumOf(def.id) / counted.length;
    else if (def.type === 'flag' || isSchoolShare(def)) {
      numerator = sumOf(def.type === 'flag' ? def.id : def.numerator);
      denominator = counted.length;
      value = numerator / denominator;
    } else {
      numerator = sumOf(def.numerator);
      denominator = sumOf(def.denominator);
      value = denominator === 0 ? null : numerator / denominator;
    }
  }
  return {
    ...summaryOf(def, schools, counted),
    value,
    numerator,
    denominator,
    met: meetsTarget(value, def.target),
  };
}

/** What every figure says beside its value: its identity, target, schools counted, excluded and below target. */
function summaryOf(
  def: IndicatorDef,
  schools: readonly SchoolFigures[],
  counted: readonly SchoolFigures[],
): Omit<IndicatorSummary, 'value' | 'numerator' | 'denominator'> {
  const target = def.target;
  const names = (list: readonly SchoolFigures[]) => list.map((s) => s.name).sort(byName);
  return {
    id: def.id,
    code: def.code,
    title: def.title,
    type: def.type,
    schoolsCounted: counted.length,
    target,
    met: null,
    excluded: names(schools.filter((s) => s.excludedFrom.includes(def.id))),
    belowTarget:
      target === null
        ? []
        : names(
            schools.filter(
              (s) => s.values[def.id] !== null && (s.values[def.id] as number) < target - EPSILON,
            ),
          ),
  };
}

/** A school counts towards a figure when every input it needs has a valid value (a reported share: or its own value). */
function isCounted(def: IndicatorDef, school: SchoolFigures): boolean {
  const valid = (id: string) => school.values[id] !== null && school.values[id] !== undefined;
  return inputsOf(def).every(valid) || (isReported(def) && valid(def.id));
}
