/**
 * The words that tell a municipal analytical report from a regional one (docs/domain.md#documents; the
 * roll-up of docs/domain.md#long-format): one document builder draws both, with schools or municipalities as
 * its units and the figures «по муниципалитету» or «по региону».
 */
import { parameterText } from '../parameters/parameters';
import type {
  IndicatorSummary,
  OrganizationSummary,
  SummaryResult,
  Weighting,
} from '../findings/analysis-result';
import type { KeyIndicator } from '../findings/key-indicators';
import type { Coverage } from './coverage';
import type { DocumentInput } from './document-input';
import { reportSchoolValueText } from './figure-texts';
import * as T from './messages';

export interface ReportWords {
  /** The municipality, or the region, the report is about. */
  readonly place: (input: DocumentInput) => string;
  /** The line of the heading under the title that names it. */
  readonly placeLine: (place: string) => string;
  readonly purpose: string;
  readonly tasks: readonly string[];
  /** «Данные представили 11 из 12 ОО по списку.», or without a roster the count alone. */
  readonly participantsSubmitted: (coverage: Coverage) => string;
  readonly participantsCounted: (counted: number, withErrors: number) => string;
  /** The conclusions' first sentence: who took part. */
  readonly tookPart: (coverage: Coverage) => string;
  readonly method: string;
  /** How the satisfaction figures of `titles` were averaged over the units (docs/domain.md#satisfaction). */
  readonly weightingMethod: (weighting: Weighting, titles: readonly string[]) => string;
  readonly sources: string;
  readonly sectionResults: string;
  readonly indicatorHeaders: readonly string[];
  /** Shares of the text width: the last column as wide as its header's longest word needs. */
  readonly indicatorWidths: readonly number[];
  readonly belowTargetHeading: string;
  readonly noneBelowTarget: string;
  readonly sectionUnits: string;
  readonly unitHeader: string;
  readonly total: string;
  /** A unit's own value of a key indicator in the units table. */
  readonly unitValue: (key: KeyIndicator, org: OrganizationSummary) => string;
  /** «5 ОО», «2 муниципалитета»: units that have something. */
  readonly units: (count: number) => string;
  /** «в 5 из 8 ОО»: units below a target of all counted. */
  readonly unitsOf: (count: number, total: number) => string;
  /** The units a figure's «below target» is counted of: the schools counted, or every municipality. */
  readonly unitsCounted: (indicator: IndicatorSummary, result: SummaryResult) => number;
  readonly qualityHeaders: readonly string[];
  readonly qualityCounts: (
    withErrors: number,
    withWarnings: number,
    errors: number,
    warnings: number,
  ) => string;
  /** «Направить адресные рекомендации…»: the decisions every report of this level takes, after those on deficits. */
  readonly standingDecisions: readonly { readonly measure: string; readonly term: string }[];
  readonly recommendationsIntro: (schools: number) => string;
}

export const MUNICIPAL_REPORT_WORDS: ReportWords = {
  place: (input) => parameterText(input.parameters, 'municipality'),
  placeLine: (place) => place,
  purpose: T.PURPOSE,
  tasks: T.TASKS,
  participantsSubmitted: T.participantsSubmitted,
  participantsCounted: T.participantsCounted,
  tookPart: T.coverageConclusion,
  method: T.METHOD_TEXT,
  weightingMethod: T.weightingMethod,
  sources: T.METHOD_SOURCES,
  sectionResults: T.SECTION_RESULTS,
  indicatorHeaders: T.INDICATOR_HEADERS,
  indicatorWidths: [0.37, 0.11, 0.14, 0.12, 0.15, 0.11],
  belowTargetHeading: T.BELOW_TARGET_HEADING,
  noneBelowTarget: T.NONE_BELOW_TARGET,
  sectionUnits: T.SECTION_SCHOOLS,
  unitHeader: T.SCHOOL_HEADER,
  total: T.TOTAL_ROW,
  unitValue: reportSchoolValueText,
  units: T.schoolsCount,
  unitsOf: T.schoolsOf,
  unitsCounted: (indicator) => indicator.schoolsCounted,
  qualityHeaders: T.QUALITY_HEADERS,
  qualityCounts: T.qualityCounts,
  standingDecisions: [
    { measure: T.DECISION_SEND_LETTERS, term: T.DECISION_SEND_LETTERS_TERM },
    { measure: T.DECISION_PUBLISH, term: T.DECISION_PUBLISH_TERM },
  ],
  recommendationsIntro: T.recommendationsIntro,
};
