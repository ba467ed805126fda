/**
 * Drafts of адресные рекомендации: every template whose condition holds for a school gives one draft. Schools
 * keep the result's alphabetical order; a school's drafts follow the stages. A school with any deficit also
 * gets the plan corrected (stage 8 of docs/domain.md#algorithm); drafts asking for the same document are one
 * row; terms are working days counted from the day the drafts are made, in the order of the stages: no stage's
 * term ends before an earlier stage's (deadline.ts), but for correcting the data, asked for within its own term.
 * Texts are typeset (RUSSIAN.md § 4): «№ 5», «5 ОО», «70 %» do not break across lines, and a clause in an
 * indicator's title is closed by its comma.
 */
import {
  BUILTIN_CATALOGUE,
  indicatorById,
  SHARE_OO_IMPLEMENTING,
  SHARE_OO_WITH_PREFIX,
} from '../catalogue/catalogue';
import { formatCount } from '../format/count';
import { formatFigure } from '../format/figure';
import { MENTORS_ID } from '../indicators/cross-sheet';
import { byName } from '../indicators/aggregate';
import type {
  IndicatorSummary,
  IndicatorType,
  OrganizationSummary,
  Recommendation,
  SummaryResult,
} from '../findings/analysis-result';
import { calendarDayOf, compareDays, scheduleTerm, type CalendarDay } from './deadline';
import {
  AT_LEAST_ONE,
  baseDetails,
  baseFigure,
  errorLine,
  errorListHeading,
  errorsFigure,
  errorsToFix,
  figureOf,
  FLAG_NO,
  FLAG_YES,
  LISTED_ERRORS,
  lowerFirst,
} from './messages';
import { fillPlaceholders, type PlaceholderValues } from './placeholders';
import { BUILTIN_TEMPLATES, DATA_ERRORS_CODE, type RecommendationTemplate } from './templates';
import { closedClauses } from '../text/closed-clause';
import { percent, typeset } from '../text/typography';
import { DEFAULT_CALENDAR, type WorkCalendar } from './work-calendar';

type Source = Omit<SummaryResult, 'recommendations'>;

interface Finding {
  readonly code: string;
  readonly indicator: string;
  readonly value: string;
  readonly target: string;
  readonly figure: string;
  /** Lines added after the text: the cells to correct, what the base lacks. */
  readonly details?: readonly string[];
}

interface Draft {
  readonly template: RecommendationTemplate;
  readonly recommendation: Recommendation;
  readonly details: readonly string[];
}

/** Shares within rounding of the target count as met: 0.6999999 is 70 %. */
const EPSILON = 1e-9;

/**
 * `today`: the day the drafts are made, in the spreadsheet's time zone (terms are counted from it);
 * `calendar`: the working days, with the transfers typed in «Параметры».
 */
export function draftRecommendations(
  result: Source,
  templates: readonly RecommendationTemplate[] = BUILTIN_TEMPLATES,
  today: CalendarDay = calendarDayOf(new Date()),
  calendar: WorkCalendar = DEFAULT_CALENDAR,
): Recommendation[] {
  const drafts: { name: string; own: Recommendation[] }[] = [];
  for (const org of result.organizations) {
    const own: Draft[] = [];
    const rest = templates.filter((template) => template.condition.kind !== 'any-deficit');
    for (const template of rest) {
      for (const finding of findings(template, org, result, templates))
        own.push(render(template, org.name, finding));
    }
    if (own.some((draft) => draft.template.code !== DATA_ERRORS_CODE)) {
      for (const template of templates.filter((each) => each.condition.kind === 'any-deficit'))
        own.push(render(template, org.name, emptyFinding(template.code)));
    }
    // Array sort is stable: templates of one stage keep their order.
    const rows = oneRowPerDocument(own).sort((a, b) => a.stage - b.stage);
    drafts.push({ name: org.name, own: scheduled(rows, today, calendar) });
  }
  // A school that submitted nothing is asked to submit (stage 7), among the others alphabetically.
  const submit = templates.filter((template) => template.condition.kind === 'not-submitted');
  for (const name of result.notSubmitted) {
    const own = submit.map((template) => render(template, name, emptyFinding(template.code)).recommendation);
    drafts.push({ name, own: scheduled(own, today, calendar) });
  }
  if (result.notSubmitted.length > 0) drafts.sort((a, b) => byName(a.name, b.name));
  return drafts.flatMap((school) => school.own);
}

function emptyFinding(code: string): Finding {
  return { code, indicator: '', value: '', target: '', figure: '' };
}

/** The draft with its term as the template writes it; `scheduled` makes it a date. */
function render(template: RecommendationTemplate, organization: string, finding: Finding): Draft {
  const values: PlaceholderValues = {
    ОО: organization,
    показатель: finding.indicator,
    значение: finding.value,
    цель: finding.target,
  };
  const details = finding.details ?? [];
  return {
    template,
    details,
    recommendation: {
      organization,
      code: finding.code,
      stage: template.stage,
      deficit: closedClauses(typeset(fillPlaceholders(template.deficit, values))),
      figure: typeset(finding.figure),
      text: closedClauses(typeset(withDetails(fillPlaceholders(template.text, values), details))),
      term: template.term,
    },
  };
}

/**
 * One school's rows, in stage order, with their terms as working days: a stage's term ends no earlier than
 * the latest term of the stages before it (docs/domain.md#algorithm: the stages follow one another).
 */
function scheduled(
  rows: readonly Recommendation[],
  today: CalendarDay,
  calendar: WorkCalendar,
): Recommendation[] {
  let before: CalendarDay | undefined;
  let latest: CalendarDay | undefined;
  let stage = 0;
  return rows.map((row) => {
    // Correcting the data is asked for within its own term, not after the stages before 7: the figures of
    // every other measure wait for it (docs/decisions.md#documents-third-round).
    if (row.code === DATA_ERRORS_CODE)
      return { ...row, term: scheduleTerm(row.term, { today, calendar }).text };
    if (row.stage !== stage) {
      before = latest;
      stage = row.stage;
    }
    const term = scheduleTerm(row.term, { today, calendar, notBefore: before });
    if (term.end !== null && (latest === undefined || compareDays(term.end, latest) > 0)) latest = term.end;
    return { ...row, term: term.text };
  });
}

function withDetails(text: string, details: readonly string[]): string {
  return details.length === 0 ? text : [text, ...details].join('\n');
}

/**
 * Drafts asking for the same document are one row: the text of the template named as the
 * document (or of the first draft), every deficit and figure, and every draft's details.
 */
function oneRowPerDocument(drafts: readonly Draft[]): Recommendation[] {
  const groups = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const key = draft.template.document ?? draft.recommendation.code;
    groups.set(key, [...(groups.get(key) ?? []), draft]);
  }
  return [...groups].map(([key, members]) => {
    if (members.length === 1) return members[0].recommendation;
    const owner = members.find((member) => member.template.code === key) ?? members[0];
    const ordered = [owner, ...members.filter((member) => member !== owner)];
    const others = ordered.slice(1);
    const ownerText = owner.recommendation.text;
    return {
      ...owner.recommendation,
      deficit: ordered
        .map((member, index) =>
          index === 0 ? member.recommendation.deficit : lowerFirst(member.recommendation.deficit),
        )
        .join('; '),
      figure: ordered
        .map((member) => member.recommendation.figure)
        .filter((figure) => figure !== '')
        .join('; '),
      text: withDetails(
        ownerText,
        others.flatMap((member) => member.details),
      ),
    };
  });
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
      // A flag reads «нет / да» (item 10: not «0 / 1»); a count «0 / не менее 1».
      const target = condition.kind === 'flag-absent' ? FLAG_YES : AT_LEAST_ONE;
      const value = condition.kind === 'flag-absent' ? FLAG_NO : formatCount(0);
      return [
        {
          code: template.code,
          indicator: titleOf(condition.indicator, result),
          value,
          target,
          figure: figureOf(value, target),
        },
      ];
    }
    case 'below-target': {
      const indicator = result.indicators.find((candidate) => candidate.id === condition.indicator);
      const finding = indicator ? belowTarget(indicator, org, indicator.id) : null;
      return finding ? [finding] : [];
    }
    case 'other-below-target': {
      const covered = new Set(
        templates.flatMap((other) =>
          other.condition.kind === 'below-target' ? [other.condition.indicator] : [],
        ),
      );
      return result.indicators
        .filter((indicator) => isOwnShare(indicator) && !covered.has(indicator.id))
        .flatMap((indicator) => belowTarget(indicator, org, indicator.id) ?? []);
    }
    case 'not-submitted':
      return [];
    case 'data-errors': {
      if (org.errors <= 0) return [];
      const errors = org.dataErrors ?? [];
      const listed = errors.slice(0, LISTED_ERRORS);
      const details =
        listed.length === 0 ? [] : [errorListHeading(listed.length, errors.length), ...listed.map(errorLine)];
      return [
        {
          code: template.code,
          indicator: '',
          value: errorsToFix(org.errors),
          target: '',
          figure: errorsFigure(org.errors),
          details,
        },
      ];
    }
    case 'base-incomplete': {
      if (org.base === undefined) return [];
      const declared = org.values[MENTORS_ID] ?? null;
      const { mentors, withoutForm } = org.base;
      if (!((declared !== null && mentors < declared) || withoutForm > 0)) return [];
      const figure = baseFigure(mentors, declared, withoutForm);
      return [
        {
          code: template.code,
          indicator: '',
          value: '',
          target: '',
          figure,
          details: baseDetails(mentors, declared, withoutForm),
        },
      ];
    }
    case 'any-deficit':
      return [];
  }
}

/**
 * A figure a single school has its own value of, compared with a target: shares and percents, and
 * flags added on «Показатели» (built-in flags have templates of their own and are not municipal
 * figures). Shares of schools exist only for the municipality.
 */
function isOwnShare(indicator: IndicatorSummary): boolean {
  const ofSchools = indicator.id === SHARE_OO_IMPLEMENTING || indicator.id.startsWith(SHARE_OO_WITH_PREFIX);
  return (
    (indicator.type === 'share' || indicator.type === 'percent' || indicator.type === 'flag') && !ofSchools
  );
}

function belowTarget(indicator: IndicatorSummary, org: OrganizationSummary, code: string): Finding | null {
  const value = org.values[indicator.id];
  const target = indicator.target;
  if (value === null || value === undefined || target === null || !(value < target - EPSILON)) return null;
  const type: IndicatorType = indicator.type;
  // One percent style with «Сводная» and the documents: «70 %», «58,8 %» (docs/decisions.md).
  const fraction = type === 'share' || type === 'percent';
  const shownValue = fraction ? percent(value) : formatFigure(value, type);
  const shownTarget = fraction ? percent(target) : formatFigure(target, type);
  return {
    code,
    indicator: indicator.title,
    value: shownValue,
    target: shownTarget,
    figure: figureOf(shownValue, shownTarget),
  };
}

/** The title of the catalogue in force; flags are not municipal figures, so they fall back to the built-in catalogue. */
function titleOf(id: string, result: Source): string {
  return (
    result.indicators.find((indicator) => indicator.id === id)?.title ??
    indicatorById(BUILTIN_CATALOGUE, id)?.title ??
    id
  );
}
