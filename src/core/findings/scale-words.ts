/**
 * The words of «Сводная» and the documents that depend on whose figures they show: a
 * municipality's schools, or — for a roll-up (docs/domain.md#long-format) — a region's municipalities, whose rows are
 * municipalities and whose totals are the region's. Everything else reads the same for both.
 */
import {
  CHART_HEADERS,
  CHART_TITLE,
  clauseSchoolsBelow,
  HEADER_SCHOOL,
  INDICATOR_HEADERS,
  inSchools,
  LABEL_COUNTED,
  OVER_MUNICIPALITY,
  overviewConclusion,
  QUALITY_HEADERS,
  SECTION_CHART,
  SECTION_INDICATORS,
  SECTION_SCHOOLS,
  TOTAL_ROW,
} from './messages';

export interface SummaryWords {
  /** The rows of the first table are municipalities (a roll-up), not schools. */
  readonly rowsAreMunicipalities: boolean;
  /** «по муниципалитету» / «по региону» after a figure's title. */
  readonly over: string;
  readonly counted: string;
  readonly sectionUnits: string;
  readonly sectionIndicators: string;
  readonly sectionChart: string;
  readonly unitHeader: string;
  readonly total: string;
  readonly indicatorHeaders: readonly string[];
  readonly qualityHeaders: readonly string[];
  readonly chartHeaders: readonly string[];
  readonly chartTitle: string;
  /** The clause closing a share below target: how many units fall short. */
  unitsBelow(count: number): string;
  /** «в 3 ОО»: in how many units a main deficit is found. */
  unitsWithDeficit(count: number): string;
  overview(counted: number, withErrors: number, notSubmitted: number): string;
}

export const MUNICIPAL_WORDS: SummaryWords = {
  rowsAreMunicipalities: false,
  over: OVER_MUNICIPALITY,
  counted: LABEL_COUNTED,
  sectionUnits: SECTION_SCHOOLS,
  sectionIndicators: SECTION_INDICATORS,
  sectionChart: SECTION_CHART,
  unitHeader: HEADER_SCHOOL,
  total: TOTAL_ROW,
  indicatorHeaders: INDICATOR_HEADERS,
  qualityHeaders: QUALITY_HEADERS,
  chartHeaders: CHART_HEADERS,
  chartTitle: CHART_TITLE,
  unitsBelow: clauseSchoolsBelow,
  unitsWithDeficit: inSchools,
  overview: overviewConclusion,
};
