/**
 * A regional summary from municipal results (docs/domain.md#long-format): per municipality its figures, and
 * regional figures weighted over schools — Σ numerators / Σ denominators of the municipalities, which is Σ
 * over every counted school, never a mean of municipal shares. The result has the shape of a municipal one
 * with municipalities as its organisations, alphabetical (no ranking), so the JSON, «Сводная» and the long
 * format draw it as they draw a municipality.
 */
import { byName, meetsTarget } from '../indicators/aggregate';
import { severityCounts } from '../issues/issue-report';
import type {
  IndicatorSummary,
  OrganizationSummary,
  SchoolFill,
  SkippedSheet,
  SummaryResult,
  Weighting,
} from '../findings/analysis-result';

export interface MunicipalResult {
  /** The municipality's name (from «Параметры» or the file name). */
  readonly municipality: string;
  /** Where it was read from, e.g. the file name. */
  readonly source: string;
  readonly result: Omit<SummaryResult, 'recommendations'>;
}

/** A municipal result whose `notSubmitted` are every school that gave no data, as «ОО (муниципалитет)». */
export type RegionalResult = SummaryResult;

/** «МБОУ «СОШ № 1» (Сосновский район)»: a school named where several municipalities meet. */
function schoolInMunicipality(school: string, municipality: string): string {
  return `${school} (${municipality})`;
}

export function rollup(municipalities: readonly MunicipalResult[]): RegionalResult {
  const sorted = [...municipalities].sort(
    (a, b) => byName(a.municipality, b.municipality) || byName(a.source, b.source),
  );
  const indicators = regionalIndicators(sorted);
  return {
    period: commonValue(sorted.map((each) => each.result.period)),
    organizations: sorted.map(municipalityAsOrganization),
    indicators,
    skipped: sorted.flatMap(({ municipality, result }) =>
      result.skipped.map((skipped): SkippedSheet => ({
        sheet: `${municipality}: ${skipped.sheet}`,
        reason: skipped.reason,
      })),
    ),
    recommendations: [],
    issues: [],
    notSubmitted: sorted.flatMap(({ municipality, result }) =>
      result.notSubmitted.map((school) => schoolInMunicipality(school, municipality)),
    ),
    fill: sorted.map(municipalFill),
  };
}

/** A municipality's fill: its schools' required values together, its issues counted once. */
function municipalFill({ municipality, source, result }: MunicipalResult): SchoolFill {
  const counts = severityCounts(result.issues);
  return {
    name: municipality,
    sheet: source,
    requiredFilled: result.fill.reduce((sum, school) => sum + school.requiredFilled, 0),
    requiredTotal: result.fill.reduce((sum, school) => sum + school.requiredTotal, 0),
    errors: counts.error,
    warnings: counts.warning,
    notSubmitted: result.fill.length > 0 && result.fill.every((school) => school.notSubmitted),
    onRoster: null,
  };
}

function municipalityAsOrganization({ municipality, source, result }: MunicipalResult): OrganizationSummary {
  const counts = severityCounts(result.issues);
  return {
    sheet: source,
    name: municipality,
    values: Object.fromEntries(result.indicators.map((indicator) => [indicator.id, indicator.value])),
    errors: counts.error,
    warnings: counts.warning,
    excludedFrom: result.indicators
      .filter((indicator) => indicator.excluded.length > 0)
      .map((indicator) => indicator.id),
    evidence: {},
  };
}

/** Every figure any municipality has, in the order the first one lists them (then the others'). */
function regionalIndicators(municipalities: readonly MunicipalResult[]): IndicatorSummary[] {
  const ids: string[] = [];
  for (const { result } of municipalities)
    for (const indicator of result.indicators) if (!ids.includes(indicator.id)) ids.push(indicator.id);
  return ids.map((id) => {
    const parts = municipalities.flatMap(({ municipality, result }) => {
      const indicator = result.indicators.find((each) => each.id === id);
      return indicator === undefined ? [] : [{ municipality, indicator }];
    });
    return regionalFigure(parts);
  });
}

function sum(values: readonly (number | null)[]): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

function regionalFigure(
  parts: readonly { municipality: string; indicator: IndicatorSummary }[],
): IndicatorSummary {
  const first = parts[0].indicator;
  const counted = parts
    .filter(({ indicator }) => indicator.schoolsCounted > 0)
    .map(({ indicator }) => indicator);
  const schoolsCounted = sum(counted.map((indicator) => indicator.schoolsCounted));
  let value: number | null = null;
  let numerator: number | null = null;
  let denominator: number | null = null;
  const weighting = regionalWeighting(counted);
  if (counted.length > 0) {
    if (first.type === 'count') value = sum(counted.map((indicator) => indicator.value));
    else if (first.type === 'percent' || weighting === 'schools')
      // A mean over schools: each municipal figure weighted by its schools.
      value =
        sum(counted.map((indicator) => (indicator.value ?? 0) * indicator.schoolsCounted)) / schoolsCounted;
    else {
      numerator = sum(counted.map((indicator) => indicator.numerator));
      denominator = sum(counted.map((indicator) => indicator.denominator));
      value = denominator === 0 ? null : numerator / denominator;
    }
  }
  // A municipality may set its own target on «Показатели»: the region keeps the one most of them use.
  const target = commonValue(parts.map(({ indicator }) => indicator.target));
  return {
    id: first.id,
    code: first.code,
    title: first.title,
    type: first.type,
    value,
    numerator,
    denominator,
    schoolsCounted,
    target,
    met: meetsTarget(value, target),
    ...(weighting === null ? {} : { weighting }),
    excluded: parts
      .flatMap(({ municipality, indicator }) =>
        indicator.excluded.map((school) => schoolInMunicipality(school, municipality)),
      )
      .sort(byName),
    belowTarget: parts
      .filter(
        ({ indicator }) =>
          target !== null && indicator.value !== null && meetsTarget(indicator.value, target) === false,
      )
      .map(({ municipality }) => municipality),
  };
}

/**
 * How a satisfaction figure is weighted over the region (docs/domain.md#satisfaction): by respondents when every
 * municipality's is (Σ satisfied / Σ surveyed), else by schools — each municipal figure counted as many times
 * as it has schools, never a mean of municipal means. Null for every other figure.
 */
function regionalWeighting(counted: readonly IndicatorSummary[]): Weighting | null {
  if (counted.every((indicator) => indicator.weighting === undefined)) return null;
  return counted.every((indicator) => indicator.weighting === 'respondents') ? 'respondents' : 'schools';
}

/** The value most entries share (the first seen on a tie); null when none has one. */
function commonValue<T>(values: readonly (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}
