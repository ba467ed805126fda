/**
 * A municipal result as long-format rows (docs/domain.md#long-format): every school × every municipal figure,
 * then the municipal figures themselves. A school row carries what its municipal figure sums — the numerator
 * and denominator of a share, 1 as the denominator of a share of schools and of a satisfaction given as a
 * plain mean of percents (docs/domain.md#satisfaction) — so that any engine recomputes each
 * municipal and regional share as Σ numerator / Σ denominator over the school rows with status `counted`, the
 * same schools the engine counted.
 */
import { isReported, isSchoolShare, type Catalogue, type IndicatorDef } from '../catalogue/catalogue';
import { meetsTarget, summaryIndicators } from '../indicators/aggregate';
import { inputsOf } from '../indicators/school-figures';
import type { IndicatorSummary, OrganizationSummary, SummaryResult } from '../findings/analysis-result';
import type { LongRow, LongStatus } from './long-row';

/** Where the rows belong: the columns every row of one workbook shares. */
export interface LongUnit {
  readonly region: string;
  readonly municipality: string;
  /** The period as written in the workbook; '' when none is. */
  readonly period: string;
}

/** The catalogue definition behind each municipal figure, in the result's order. */
function definitions(
  result: Pick<SummaryResult, 'indicators'>,
  catalogue: Catalogue,
): Map<string, IndicatorDef> {
  const byId = new Map(summaryIndicators(catalogue).map((def) => [def.id, def]));
  return new Map(
    result.indicators.flatMap((indicator) => {
      const def = byId.get(indicator.id);
      return def === undefined ? [] : [[indicator.id, def] as const];
    }),
  );
}

export function municipalLongRows(
  result: Pick<SummaryResult, 'organizations' | 'indicators'>,
  catalogue: Catalogue,
  unit: LongUnit,
  notSubmitted: readonly string[] = [],
): LongRow[] {
  const defs = definitions(result, catalogue);
  const rows: LongRow[] = [];
  for (const org of result.organizations) {
    for (const indicator of result.indicators) {
      const def = defs.get(indicator.id);
      if (def !== undefined) rows.push(schoolRow(org, def, indicator, unit));
    }
  }
  for (const school of notSubmitted) {
    for (const indicator of result.indicators) rows.push(missingSchoolRow(school, indicator, unit));
  }
  for (const indicator of result.indicators) rows.push(figureRow(indicator, 'municipality', unit));
  return rows;
}

/** The figures of a whole region (or any unit above the municipality) as rows of one level. */
export function figureRows(
  indicators: readonly IndicatorSummary[],
  level: 'municipality' | 'region',
  unit: LongUnit,
): LongRow[] {
  return indicators.map((indicator) => figureRow(indicator, level, unit));
}

/** What a row has of its own beside the unit and the indicator: whose figures, and the figures. */
type RowFigures = Pick<
  LongRow,
  'level' | 'school' | 'value' | 'numerator' | 'denominator' | 'schools_counted' | 'met' | 'status'
>;

/**
 * Every row is built by this one literal, in the contract's column order: objects of one shape
 * stay fast and small for V8 when an export holds hundreds of thousands of them (spreading the
 * unit into each row made them several times slower).
 */
function longRow(unit: LongUnit, indicator: IndicatorSummary, figures: RowFigures): LongRow {
  return {
    period: unit.period,
    region: unit.region,
    municipality: unit.municipality,
    level: figures.level,
    school: figures.school,
    indicator_id: indicator.id,
    indicator_code: indicator.code ?? '',
    indicator_title: indicator.title,
    type: indicator.type,
    value: figures.value,
    numerator: figures.numerator,
    denominator: figures.denominator,
    schools_counted: figures.schools_counted,
    target: indicator.target,
    met: figures.met,
    status: figures.status,
  };
}

function figureRow(indicator: IndicatorSummary, level: 'municipality' | 'region', unit: LongUnit): LongRow {
  return longRow(unit, indicator, {
    level,
    school: '',
    value: indicator.value,
    numerator: indicator.numerator,
    denominator: indicator.denominator,
    schools_counted: indicator.schoolsCounted,
    met: indicator.met,
    status: indicator.schoolsCounted > 0 ? 'counted' : 'not_submitted',
  });
}

function schoolRow(
  org: OrganizationSummary,
  def: IndicatorDef,
  indicator: IndicatorSummary,
  unit: LongUnit,
): LongRow {
  const own = (id: string | undefined) => (id === undefined ? null : (org.values[id] ?? null));
  const value = own(def.id);
  let numerator: number | null = null;
  let denominator: number | null = null;
  if (def.type === 'flag' || isSchoolShare(def)) {
    // A school is one of the schools a share of schools counts: its flag over 1.
    numerator = own(def.type === 'flag' ? def.id : def.numerator);
    denominator = numerator === null ? null : 1;
  } else if (isReported(def)) {
    // What the municipal figure sums (docs/domain.md#satisfaction): respondents, satisfied among them (the
    // school's percent of them when it gives only the percent); or, for a plain mean, the percent over 1.
    const respondents = own(def.denominator);
    const byRespondents = indicator.weighting === 'respondents' && respondents !== null;
    numerator = byRespondents ? (own(def.numerator) ?? (value ?? 0) * respondents) : value;
    denominator = byRespondents ? respondents : value === null ? null : 1;
  } else if (def.type === 'share') {
    numerator = own(def.numerator);
    denominator = own(def.denominator);
  }
  const excluded = org.excludedFrom.includes(def.id);
  const given = inputsOf(def).every((id) => own(id) !== null) || (isReported(def) && value !== null);
  const status: LongStatus = excluded ? 'excluded' : given ? 'counted' : 'not_submitted';
  return longRow(unit, indicator, {
    level: 'school',
    school: org.name,
    value,
    numerator,
    denominator,
    schools_counted: null,
    met: meetsTarget(value, indicator.target),
    status,
  });
}

function missingSchoolRow(school: string, indicator: IndicatorSummary, unit: LongUnit): LongRow {
  return longRow(unit, indicator, {
    level: 'school',
    school,
    value: null,
    numerator: null,
    denominator: null,
    schools_counted: null,
    met: null,
    status: 'not_submitted',
  });
}
