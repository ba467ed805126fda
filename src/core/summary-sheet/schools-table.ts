/**
 * Schools × key indicators, in the order the result gives (alphabetical, docs/domain.md#indicators: never by
 * value), closed by the municipal total. Shares are coloured against their targets so a coordinator sees
 * «below target» per school without any ranking.
 */
import { BUILTIN_CATALOGUE, indicatorById } from '../catalogue/catalogue';
import { NO_FIGURE } from '../format/figure';
import { COUNT_FORMAT, PERCENT_FORMAT } from '../format/number-formats';
import type { CellStyle, ModelCell } from '../sheet/sheet-model';
import type { IndicatorSummary, OrganizationSummary } from '../findings/analysis-result';
import type { KeyIndicator } from '../findings/key-indicators';
import { byName } from '../indicators/aggregate';
import { FLAG_NO, FLAG_YES } from '../findings/messages';
import { NOT_SUBMITTED, VALUE_ERROR } from './messages';
import { MUNICIPAL_WORDS, type SummaryWords } from '../findings/scale-words';
import { HEADER_STYLE, LIGHT_GREEN, LIGHT_RED, SECTION_STYLE, TOTAL_GREY } from '../sheet/palette';
import { addRow, nextRow, type SheetDraft } from './sheet-draft';
import { typeset } from '../text/typography';

const COUNT_STYLE: CellStyle = { numberFormat: COUNT_FORMAT };
const PERCENT_STYLE: CellStyle = { numberFormat: PERCENT_FORMAT };
const FLAG_STYLE: CellStyle = { align: 'center' };
const NOT_SUBMITTED_STYLE: CellStyle = { align: 'left', italic: true, fontColor: '#666666' };

/** «1.9 Доля …», typeset: a title may hold «10–19 лет» or «№ 5». */
export function headerTitle(indicator: { readonly code: string | null; readonly title: string }): string {
  return typeset(indicator.code === null ? indicator.title : `${indicator.code} ${indicator.title}`);
}

/**
 * A school's column of a document flag is headed by the flag («2.2 Приказ о внедрении …») and
 * shows «да» / «нет»; «Доля ОО, в которых …» fits only the municipal total below it.
 */
function columnTitle(key: KeyIndicator, indicators: readonly IndicatorSummary[]): string {
  if (key.kind !== 'school-share') return headerTitle(key.indicator);
  // A flag added on «Показатели» is a figure of the result; a built-in one is only in the catalogue.
  const flag =
    indicators.find((indicator) => indicator.id === key.schoolValueId) ??
    indicatorById(BUILTIN_CATALOGUE, key.schoolValueId);
  return headerTitle(flag ?? key.indicator);
}

/** What the table shows: a row per unit and per school without data, a column per key indicator. */
export interface SchoolsTable {
  readonly organizations: readonly OrganizationSummary[];
  readonly keys: readonly KeyIndicator[];
  /** The result's figures, where a flag added on «Показатели» finds its title. */
  readonly indicators?: readonly IndicatorSummary[];
  /** Schools of the roster that submitted nothing. */
  readonly notSubmitted?: readonly string[];
}

export function addSchoolsTable(
  draft: SheetDraft,
  { organizations, keys, indicators = [], notSubmitted = [] }: SchoolsTable,
  words: SummaryWords = MUNICIPAL_WORDS,
): void {
  addRow(draft, [{ value: words.sectionUnits, style: SECTION_STYLE }]);
  addRow(draft, [
    { value: words.unitHeader, style: HEADER_STYLE },
    ...keys.map((key) => ({ value: columnTitle(key, indicators), style: HEADER_STYLE })),
  ]);
  const firstSchoolRow = nextRow(draft);
  // Schools that submitted nothing stand among the others, alphabetically, with words across their
  // figures' columns instead of figures.
  const rows: { name: string; cells: ModelCell[] | null }[] = [
    ...organizations.map((org) => ({ name: org.name, cells: keys.map((key) => schoolCell(org, key)) })),
    ...notSubmitted.map((name) => ({ name, cells: null })),
  ];
  if (notSubmitted.length > 0) rows.sort((a, b) => byName(a.name, b.name));
  for (const row of rows) {
    if (row.cells !== null) {
      addRow(draft, [{ value: row.name }, ...row.cells]);
      continue;
    }
    const at = addRow(draft, [{ value: row.name }, { value: NOT_SUBMITTED, style: NOT_SUBMITTED_STYLE }]);
    if (keys.length > 1) draft.merges.push({ row: at, column: 2, rows: 1, columns: keys.length });
  }
  const totalRow = addRow(draft, [
    { value: words.total, style: { bold: true, background: TOTAL_GREY } },
    ...keys.map(totalCell),
  ]);
  keys.forEach((key, index) =>
    addTargetColours(draft, key, index + 2, { first: firstSchoolRow, total: totalRow }),
  );
}

function schoolCell(org: OrganizationSummary, key: KeyIndicator): ModelCell {
  const excluded =
    org.excludedFrom.includes(key.indicator.id) || org.excludedFrom.includes(key.schoolValueId);
  const value = org.values[key.schoolValueId];
  if (value === null || value === undefined)
    return { value: excluded ? VALUE_ERROR : NO_FIGURE, style: FLAG_STYLE };
  if (key.kind === 'school-share') return { value: value >= 1 ? FLAG_YES : FLAG_NO, style: FLAG_STYLE };
  return { value, style: key.kind === 'count' ? COUNT_STYLE : PERCENT_STYLE };
}

function totalCell(key: KeyIndicator): ModelCell {
  const value = key.indicator.value;
  const bold = { bold: true, background: TOTAL_GREY };
  if (value === null) return { value: NO_FIGURE, style: { ...bold, align: 'center' } };
  return { value, style: { ...bold, numberFormat: key.kind === 'count' ? COUNT_FORMAT : PERCENT_FORMAT } };
}

/**
 * Below target → light red, met → light green; flags of single schools are «да»/«нет» text.
 * `rows`: the first school's row and the total's.
 */
function addTargetColours(
  draft: SheetDraft,
  key: KeyIndicator,
  column: number,
  rows: { readonly first: number; readonly total: number },
): void {
  const { first: firstRow, total: totalRow } = rows;
  const target = key.indicator.target;
  if (target === null || key.kind === 'count') return;
  const schools = totalRow - firstRow;
  const numericFrom = key.kind === 'share' ? firstRow : totalRow;
  const area = { row: numericFrom, column, rows: totalRow - numericFrom + 1, columns: 1 };
  draft.conditionalFormats.push(
    { area, when: { kind: 'less-than', value: target }, background: LIGHT_RED },
    { area, when: { kind: 'greater-or-equal', value: target }, background: LIGHT_GREEN },
  );
  if (key.kind !== 'school-share' || schools === 0) return;
  const flags = { row: firstRow, column, rows: schools, columns: 1 };
  draft.conditionalFormats.push(
    { area: flags, when: { kind: 'text-equals', value: FLAG_NO }, background: LIGHT_RED },
    { area: flags, when: { kind: 'text-equals', value: FLAG_YES }, background: LIGHT_GREEN },
  );
}
