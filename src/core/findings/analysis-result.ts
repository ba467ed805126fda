/**
 * The result of reading a whole municipal workbook: per-school values, municipal figures, skipped tabs,
 * issues and recommendation drafts. The CLI prints it as JSON (docs/domain.md#command-line); the generated
 * sheets are drawn from it. Shares and percents are fractions (18,4 % → 0.184).
 */
import type { Issue } from '../issues/issue';

export type IndicatorType = 'count' | 'flag' | 'percent' | 'share';

/** One school (one monitoring tab). */
export interface OrganizationSummary {
  /** Tab name. */
  readonly sheet: string;
  /** School name from the labelled cell, or the tab name. */
  readonly name: string;
  /** Every input and derived id of the catalogue in force; null when missing, invalid or undefined. */
  readonly values: Readonly<Record<string, number | null>>;
  /** Issues of severity error / warning on this tab, cross-sheet issues about this school, and those of its rows of «База наставников». */
  readonly errors: number;
  readonly warnings: number;
  /** Ids of indicators this school is excluded from because their inputs have errors. */
  readonly excludedFrom: readonly string[];
  /** Evidence links found in flag cells, by indicator id. */
  readonly evidence: Readonly<Record<string, string>>;
  /** Its errors, in report order: the tab's, then those of its rows of «База наставников» (by «Место работы»). */
  readonly dataErrors?: readonly Issue[];
  /** What the school has in «База наставников»; absent when the workbook has no base. */
  readonly base?: {
    /** Distinct mentors whose «Место работы» is this school. */
    readonly mentors: number;
    /** Its rows whose form of mentoring is missing or not recognised. */
    readonly withoutForm: number;
  };
}

/** One municipal figure. */
export interface IndicatorSummary {
  readonly id: string;
  /** Catalogue code such as `1.2`; null for derived shares. */
  readonly code: string | null;
  readonly title: string;
  readonly type: IndicatorType;
  /** Sum for counts, Σnum/Σden for shares, share of schools for flags; null when undefined. */
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** Schools whose valid inputs were counted. */
  readonly schoolsCounted: number;
  readonly target: number | null;
  /** null when there is no target or the value is undefined. */
  readonly met: boolean | null;
  /** Names of schools excluded because their inputs for this figure have errors (alphabetical). */
  readonly excluded: readonly string[];
  /** Names of schools whose own value is below the target (alphabetical; never a ranking). */
  readonly belowTarget: readonly string[];
  /**
   * Last period's value, when a previous period is given (docs/domain.md#long-format); null when it had none.
   */
  readonly previous?: number | null;
  /** value − previous in the figure's units (a difference of fractions for shares); null when either is missing. */
  readonly change?: number | null;
  /** Schools last period's figure was counted over, when the previous period gives it: a comparison says when the sets differ. */
  readonly previousSchools?: number | null;
  /** Why the figure is not computed, when no school tab has a recognised row for an input it needs. */
  readonly notComputed?: NotComputed;
  /**
   * How a share a form may give as a percent (satisfaction) was averaged over the schools counted
   * (docs/domain.md#satisfaction): weighted by their respondents, numerator and denominator being the satisfied
   * and the surveyed; or, when a school gives no number of respondents, the plain mean of the schools' percents,
   * with no numerator or denominator. Absent for every other figure.
   */
  readonly weighting?: Weighting;
}

export type Weighting = 'respondents' | 'schools';

/** An input of a figure that no school tab has a recognised row for: the figure cannot be computed. */
export interface NotComputed {
  /** The input's id and title in the catalogue. */
  readonly input: string;
  readonly inputTitle: string;
  /** The titles of the unread rows of the tabs that resemble the input most, most alike first (none when nothing does). */
  readonly nearestRows: readonly string[];
}

export interface SkippedSheet {
  readonly sheet: string;
  /** Russian reason, e.g. «не найдена строка заголовка «Код | Показатель | Значение»». */
  readonly reason: string;
}

/** A draft of an адресная рекомендация for one school and one deficit. */
export interface Recommendation {
  /** School name. */
  readonly organization: string;
  /** Stable deficit code, e.g. `doc_order`, `share_young_mentees`, `data_errors`; key for regeneration with the school. */
  readonly code: string;
  /** Stage of the 8-stage algorithm (docs/domain.md#algorithm), 1..8. */
  readonly stage: number;
  /** Russian deficit, e.g. «Нет приказа о внедрении целевой модели наставничества». */
  readonly deficit: string;
  /** «значение / цель», e.g. «40,0 % / 100,0 %» or «0 / 1»; '' when not applicable. */
  readonly figure: string;
  /** Draft text of the recommendation. */
  readonly text: string;
  /** Term, e.g. «до 20 декабря». */
  readonly term: string;
}

/**
 * How far one school has come (docs/domain.md#roster-and-parameters): every school of the roster, and every
 * school tab read. The coordinator sees at a glance whom to call.
 */
export interface SchoolFill {
  /** The roster's name for a roster school, else the tab's school name. */
  readonly name: string;
  /** The tab read for it; null when it has none. */
  readonly sheet: string | null;
  /** Required values filled (typed, even if wrong) of `requiredTotal`. */
  readonly requiredFilled: number;
  readonly requiredTotal: number;
  readonly errors: number;
  readonly warnings: number;
  /** On the roster with no tab, or with a tab whose required values are all empty: «не представлены данные». */
  readonly notSubmitted: boolean;
  /** Whether the school is on the roster; null when the workbook has no roster. */
  readonly onRoster: boolean | null;
}

export interface SummaryResult {
  readonly period: string | null;
  /** Alphabetical by name. */
  readonly organizations: readonly OrganizationSummary[];
  readonly indicators: readonly IndicatorSummary[];
  readonly skipped: readonly SkippedSheet[];
  /**
   * Roster schools that have not submitted data (no tab, or a tab with every required value
   * empty), in roster order; empty without a roster. They are in no figure and never counted as zero.
   */
  readonly notSubmitted: readonly string[];
  /** Fill status per school, alphabetical by name. */
  readonly fill: readonly SchoolFill[];
  readonly recommendations: readonly Recommendation[];
  /** Every issue of the workbook: the base, the catalogue sheet and all school tabs. */
  readonly issues: readonly Issue[];
  /** Set when the figures carry last period's values: that period as written there ('' when none was). */
  readonly previousPeriod?: string;
}
