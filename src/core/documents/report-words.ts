/**
 * The words that tell a municipal analytical report from a regional one (docs/domain.md#documents; the
 * roll-up of docs/domain.md#long-format): one document builder draws both, with schools or municipalities as
 * its units and the figures «по муниципалитету» or «по региону».
 */
import { parameterText } from '../parameters/parameters';
import type { OrganizationSummary } from '../findings/analysis-result';
import type { KeyIndicator } from '../findings/key-indicators';
import { MUNICIPAL_WORDS, type SummaryWords } from '../findings/scale-words';
import type { DocumentInput } from './document-input';
import { schoolValueText } from './figure-texts';
import * as T from './messages';

export interface ReportWords {
  /** The municipality, or the region, the report is about. */
  readonly place: (input: DocumentInput) => string;
  readonly titleLine: (place: string, period: string) => string;
  /**
   * What the version for publication leaves out (the Ижевск order № 644, п. 13;
   * docs/domain.md#monitoring-order).
   */
  readonly publicMark: string;
  readonly participantsSubmitted: (count: number) => string;
  readonly participantsCounted: (counted: number, withErrors: number) => string;
  readonly method: string;
  readonly sectionIndicators: string;
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
  readonly qualityHeaders: readonly string[];
  readonly qualityCounts: (
    withErrors: number,
    withWarnings: number,
    errors: number,
    warnings: number,
  ) => string;
  /** The words of the conclusions, shared with «Сводная». */
  readonly summaryWords: SummaryWords;
}

export const MUNICIPAL_REPORT_WORDS: ReportWords = {
  place: (input) => parameterText(input.parameters, 'municipality'),
  titleLine: T.titleLine,
  publicMark: T.PUBLIC_MARK,
  participantsSubmitted: T.participantsSubmitted,
  participantsCounted: T.participantsCounted,
  method: T.METHOD_TEXT,
  sectionIndicators: T.SECTION_INDICATORS,
  indicatorHeaders: T.INDICATOR_HEADERS,
  indicatorWidths: [0.37, 0.11, 0.14, 0.12, 0.15, 0.11],
  belowTargetHeading: T.BELOW_TARGET_HEADING,
  noneBelowTarget: T.NONE_BELOW_TARGET,
  sectionUnits: T.SECTION_SCHOOLS,
  unitHeader: T.SCHOOL_HEADER,
  total: T.TOTAL_ROW,
  unitValue: schoolValueText,
  qualityHeaders: T.QUALITY_HEADERS,
  qualityCounts: T.qualityCounts,
  summaryWords: MUNICIPAL_WORDS,
};
