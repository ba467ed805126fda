/**
 * Drafts of адресные рекомендации: every template whose condition holds for a school gives one
 * draft. Schools keep the result's alphabetical order; a school's drafts follow the stages.
 */
import { BUILTIN_CATALOGUE, indicatorById, SHARE_OO_IMPLEMENTING, SHARE_OO_WITH_PREFIX } from '../catalogue/catalogue';
import { formatCount } from '../format/count';
import { formatFigure } from '../format/figure';
import { byName } from '../indicators/aggregate';
import type { IndicatorSummary, IndicatorType, OrganizationSummary, Recommendation, SummaryResult } from '../summary';
import { AT_LEAST_ONE, errorsFigure, figureOf } from './messages';
import { fillPlaceholders, type PlaceholderValues } from './placeholders';
import { BUILTIN_TEMPLATES, type RecommendationTemplate } from './templates';

type Source = Omit<SummaryResult, 'recommendations'>;

interface Finding {
  readonly code: string;
  readonly indicator: string;
  readonly value: string;
  readonly target: string;
  readonly figure: string;
}

/** Shares within rounding of the target count as met: 0.6999999 is 70 %. */
const EPSILON = 1e-9;

export function draftRecommendations(
  result: Source,
  templates: readonly RecommendationTemplate[] = BUILTIN_TEMPLATES,
): Recommendation[] {
  const drafts: { name: string; own: Recommendation[] }[] = [];
  for (const org of result.organizations) {
    const own: Recommendation[] = [];
    for (const template of templates) {
      for (const finding of findings(template, org, result, templates)) own.push(render(template, org.name, finding));
    }
    // Array sort is stable: templates of one stage keep their order.
    drafts.push({ name: org.name, own: own.sort((a, b) => a.stage - b.stage) });
  }
  // A school that submitted nothing is asked to submit (stage 7), among the others alphabetically.
  const submit = templates.filter((template) => template.condition.kind === 'not-submitted');
  for (const name of result.notSubmitted) {
    const finding = { code: '', indicator: '', value: '', target: '', figure: '' };
    drafts.push({ name, own: submit.map((template) => render(template, name, { ...finding, code: template.code })) });
  }
  if (result.notSubmitted.length > 0) drafts.sort((a, b) => byName(a.name, b.name));
  return drafts.flatMap((school) => school.own);
}

function render(template: RecommendationTemplate, organization: string, finding: Finding): Recommendation {
  const values: PlaceholderValues = {
    ОО: organization,
    показатель: finding.indicator,
    значение: finding.value,
    цель: finding.target,
  };
  return {
    organization,
    code: finding.code,
    stage: template.stage,
    deficit: fillPlaceholders(template.deficit, values),
    figure: finding.figure,
    text: fillPlaceholders(template.text, values),
    term: template.term,
  };
}

function findings(
  template: RecommendationTemplate,
  org: OrganizationSummary,
  result: Source,
  templates: readonly RecommendationTemplate[],
): Finding[] {
  const condition = template.condition;
  switch (condition.kind) {
    case 'flag-absent':
    case 'count-zero': {
      if (org.values[condition.indicator] !== 0) return [];
      const target = condition.kind === 'flag-absent' ? '1' : AT_LEAST_ONE;
      const value = formatCount(0);
      return [{ code: template.code, indicator: titleOf(condition.indicator, result), value, target, figure: figureOf(value, target) }];
    }
    case 'below-target': {
      const indicator = result.indicators.find((candidate) => candidate.id === condition.indicator);
      const finding = indicator ? belowTarget(indicator, org, indicator.id) : null;
      return finding ? [finding] : [];
    }
    case 'other-below-target': {
      const covered = new Set(
        templates.flatMap((other) => (other.condition.kind === 'below-target' ? [other.condition.indicator] : [])),
      );
      return result.indicators
        .filter((indicator) => isOwnShare(indicator) && !covered.has(indicator.id))
        .flatMap((indicator) => belowTarget(indicator, org, indicator.id) ?? []);
    }
    case 'not-submitted':
      return [];
    case 'data-errors': {
      if (org.errors <= 0) return [];
      const figure = errorsFigure(org.errors);
      return [{ code: template.code, indicator: '', value: figure, target: '', figure }];
    }
  }
}

/**
 * A figure a single school has its own value of, compared with a target: shares and percents, and
 * flags added on «Показатели» (built-in flags have templates of their own and are not municipal
 * figures). Shares of schools exist only for the municipality.
 */
function isOwnShare(indicator: IndicatorSummary): boolean {
  const ofSchools = indicator.id === SHARE_OO_IMPLEMENTING || indicator.id.startsWith(SHARE_OO_WITH_PREFIX);
  return (indicator.type === 'share' || indicator.type === 'percent' || indicator.type === 'flag') && !ofSchools;
}

function belowTarget(indicator: IndicatorSummary, org: OrganizationSummary, code: string): Finding | null {
  const value = org.values[indicator.id];
  const target = indicator.target;
  if (value === null || value === undefined || target === null || !(value < target - EPSILON)) return null;
  const type: IndicatorType = indicator.type;
  const shownValue = formatFigure(value, type);
  const shownTarget = formatFigure(target, type);
  return { code, indicator: indicator.title, value: shownValue, target: shownTarget, figure: figureOf(shownValue, shownTarget) };
}

/** The title of the catalogue in force; flags are not municipal figures, so they fall back to the built-in catalogue. */
function titleOf(id: string, result: Source): string {
  return result.indicators.find((indicator) => indicator.id === id)?.title ?? indicatorById(BUILTIN_CATALOGUE, id)?.title ?? id;
}
