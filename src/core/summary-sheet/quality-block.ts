/**
 * Data quality: errors and warnings per school (alphabetical, as in the result), then any other
 * sheet with issues («База наставников», «Показатели»), and which figures each school is left
 * out of until its errors are fixed.
 */
import { SHARE_OO_WITH_PREFIX } from '../catalogue/catalogue';
import { COUNT_FORMAT } from '../format/number-formats';
import { buildReport, type SheetGroup } from '../report';
import type { SummaryResult } from '../summary';
import { nameList, QUALITY_ALL_CLEAN, QUALITY_HEADERS, SECTION_QUALITY } from './messages';
import { HEADER_STYLE, LIGHT_RED, LIGHT_YELLOW, SECTION_STYLE } from './palette';
import { addRow, nextRow, type SheetDraft } from './sheet-draft';

export function addQualityBlock(
  draft: SheetDraft,
  result: Pick<SummaryResult, 'organizations' | 'indicators' | 'issues'>,
): void {
  addRow(draft, [{ value: SECTION_QUALITY, style: SECTION_STYLE }]);
  const others = otherSheets(result);
  if (result.organizations.length === 0 && others.length === 0) {
    addRow(draft, [{ value: QUALITY_ALL_CLEAN }]);
    return;
  }
  addRow(
    draft,
    QUALITY_HEADERS.map((header) => ({ value: header, style: HEADER_STYLE })),
  );
  const titles = new Map(result.indicators.map((indicator) => [indicator.id, indicator.title]));
  const count = (value: number) => ({ value, style: { numberFormat: COUNT_FORMAT } });
  const first = nextRow(draft);
  for (const org of result.organizations) {
    // A school left out of a document flag is left out of that flag's share of schools: name it once.
    const excluded = new Set(
      org.excludedFrom.map((id) => titles.get(id) ?? titles.get(SHARE_OO_WITH_PREFIX + id) ?? id),
    );
    addRow(draft, [
      { value: org.name },
      { value: org.sheet },
      count(org.errors),
      count(org.warnings),
      { value: nameList([...excluded]), style: { wrap: true } },
    ]);
  }
  for (const { sheet, counts } of others) {
    addRow(draft, [{ value: sheet }, { value: sheet }, count(counts.error), count(counts.warning), { value: '' }]);
  }
  const rows = nextRow(draft) - first;
  draft.conditionalFormats.push(
    {
      area: { row: first, column: 3, rows, columns: 1 },
      when: { kind: 'greater-or-equal', value: 1 },
      background: LIGHT_RED,
    },
    {
      area: { row: first, column: 4, rows, columns: 1 },
      when: { kind: 'greater-or-equal', value: 1 },
      background: LIGHT_YELLOW,
    },
  );
}

/** Sheets that are not school tabs but have errors or warnings, in the order their issues come. */
function otherSheets(result: Pick<SummaryResult, 'organizations' | 'issues'>): SheetGroup[] {
  const schoolSheets = new Set(result.organizations.map((org) => org.sheet));
  return buildReport(result.issues).groups.filter(
    (group) => !schoolSheets.has(group.sheet) && group.counts.error + group.counts.warning > 0,
  );
}
