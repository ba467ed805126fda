/**
 * Fill status and data quality (docs/domain.md#roster-and-parameters): per school (alphabetical, as in the
 * result) its tab, how many required values are filled, errors and warnings, and which figures it is left out
 * of until its errors are fixed — or «не представлены данные»; then any other sheet with issues («База
 * наставников», «Показатели»); then the figures that could not be computed, and why.
 */
import { SHARE_OO_WITH_PREFIX } from '../catalogue/catalogue';
import { COUNT_FORMAT } from '../format/number-formats';
import { buildReport, type SheetGroup } from '../issues/issue-report';
import type { ModelCell } from '../sheet/sheet-model';
import type { NotComputed, SchoolFill, SummaryResult } from '../findings/analysis-result';
import {
  filledOf,
  nameList,
  NO_TAB,
  NOT_COMPUTED_LABEL,
  notComputedSentence,
  NOT_SUBMITTED,
  QUALITY_ALL_CLEAN,
  SECTION_QUALITY,
} from './messages';
import { MUNICIPAL_WORDS, type SummaryWords } from '../findings/scale-words';
import { HEADER_STYLE, LABEL_STYLE, LIGHT_RED, LIGHT_YELLOW, SECTION_STYLE } from '../sheet/palette';
import { addRow, nextRow, type SheetDraft } from './sheet-draft';

type QualitySource = Pick<SummaryResult, 'organizations' | 'indicators' | 'issues' | 'fill'>;

export function addQualityBlock(
  draft: SheetDraft,
  result: QualitySource,
  words: SummaryWords = MUNICIPAL_WORDS,
): void {
  addRow(draft, [{ value: SECTION_QUALITY, style: SECTION_STYLE }]);
  const others = otherSheets(result);
  if (result.fill.length === 0 && others.length === 0) addRow(draft, [{ value: QUALITY_ALL_CLEAN }]);
  else addQualityTable(draft, { result, others, words });
  addNotComputed(draft, result.indicators);
}

/**
 * Figures no school tab has a row for, each with why (docs/domain.md#own-forms): the table above shows «—» for
 * them, which alone would say nothing of a form worded otherwise.
 */
function addNotComputed(draft: SheetDraft, indicators: QualitySource['indicators']): void {
  const missing = indicators.filter((indicator) => indicator.notComputed !== undefined);
  if (missing.length === 0) return;
  addRow(draft);
  addRow(draft, [{ value: NOT_COMPUTED_LABEL, style: LABEL_STYLE }]);
  for (const indicator of missing)
    addRow(draft, [
      { value: indicator.title, style: { wrap: true } },
      { value: notComputedSentence(indicator.notComputed as NotComputed), style: { wrap: true } },
    ]);
}

interface QualityTable {
  readonly result: QualitySource;
  readonly others: readonly SheetGroup[];
  readonly words: SummaryWords;
}

function addQualityTable(draft: SheetDraft, { result, others, words }: QualityTable): void {
  addRow(
    draft,
    words.qualityHeaders.map((header) => ({ value: header, style: HEADER_STYLE })),
  );
  const titles = new Map(result.indicators.map((indicator) => [indicator.id, indicator.title]));
  const organizations = new Map(result.organizations.map((org) => [org.sheet, org]));
  const count = (value: number): ModelCell => ({ value, style: { numberFormat: COUNT_FORMAT } });
  const first = nextRow(draft);
  for (const school of result.fill) {
    const org = school.sheet === null ? undefined : organizations.get(school.sheet);
    // A school left out of a document flag is left out of that flag's share of schools: name it once.
    const excluded = new Set(
      (org?.excludedFrom ?? []).map((id) => titles.get(id) ?? titles.get(SHARE_OO_WITH_PREFIX + id) ?? id),
    );
    addRow(draft, [
      { value: school.name },
      { value: school.sheet ?? NO_TAB },
      { value: filledOf(school.requiredFilled, school.requiredTotal), style: { align: 'center' } },
      count(school.errors),
      count(school.warnings),
      statusCell(school, [...excluded]),
    ]);
  }
  for (const { sheet, counts } of others) {
    addRow(draft, [
      { value: sheet },
      { value: sheet },
      { value: '' },
      count(counts.error),
      count(counts.warning),
      { value: '' },
    ]);
  }
  const rows = nextRow(draft) - first;
  draft.conditionalFormats.push(
    {
      area: { row: first, column: 4, rows, columns: 1 },
      when: { kind: 'greater-or-equal', value: 1 },
      background: LIGHT_RED,
    },
    {
      area: { row: first, column: 5, rows, columns: 1 },
      when: { kind: 'greater-or-equal', value: 1 },
      background: LIGHT_YELLOW,
    },
    {
      area: { row: first, column: 6, rows, columns: 1 },
      when: { kind: 'text-equals', value: NOT_SUBMITTED },
      background: LIGHT_RED,
    },
  );
}

function statusCell(school: SchoolFill, excluded: readonly string[]): ModelCell {
  if (school.notSubmitted) return { value: NOT_SUBMITTED, style: { bold: true, wrap: true } };
  return { value: nameList(excluded), style: { wrap: true } };
}

/** Sheets that are not school tabs but have errors or warnings, in the order their issues come. */
function otherSheets(result: QualitySource): SheetGroup[] {
  const schoolSheets = new Set(
    result.fill.flatMap((school) => (school.sheet === null ? [] : [school.sheet])),
  );
  return buildReport(result.issues).groups.filter(
    (group) => !schoolSheets.has(group.sheet) && group.counts.error + group.counts.warning > 0,
  );
}
