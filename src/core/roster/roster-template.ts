/**
 * The «Список ОО» sheet the templates create (docs/domain.md#roster-and-parameters): its five columns, empty
 * or with the given schools. The header is the first row, so the roster reads back by the same header match.
 */
import type { ModelCell, SheetModel } from '../sheet/sheet-model';
import { HEADER_STYLE } from '../templates/template-style';
import { ROSTER_NOTE, ROSTER_SHEET_NAME } from './messages';
import { ROSTER_COLUMNS, type RosterField } from './roster-header';

export const ROSTER_COLUMN_ORDER: readonly RosterField[] = ['school', 'sheet', 'head', 'curator', 'emails'];

const WIDTHS: Readonly<Record<RosterField, number>> = {
  school: 420,
  sheet: 200,
  head: 230,
  curator: 230,
  emails: 260,
};

/** What a roster row holds, as the template writes it (a RosterEntry fits). */
export interface RosterRowValues {
  readonly name: string;
  readonly sheet?: string;
  readonly head?: string;
  readonly curator?: string;
  readonly curatorEmails?: readonly string[];
}

/** One row of the roster for `entry`, in the order of ROSTER_COLUMN_ORDER. */
export function rosterRow(entry: RosterRowValues): ModelCell[] {
  const values: Record<RosterField, string> = {
    school: entry.name,
    sheet: entry.sheet ?? '',
    head: entry.head ?? '',
    curator: entry.curator ?? '',
    emails: (entry.curatorEmails ?? []).join('; '),
  };
  return ROSTER_COLUMN_ORDER.map((field) => ({
    value: values[field] === '' ? null : values[field],
    style: { wrap: true },
  }));
}

export function rosterTemplate(entries: readonly RosterRowValues[] = []): SheetModel {
  return {
    name: ROSTER_SHEET_NAME,
    cells: [
      ROSTER_COLUMN_ORDER.map((field) => ({ value: ROSTER_COLUMNS[field], style: HEADER_STYLE })),
      ...entries.map(rosterRow),
    ],
    merges: [],
    columnWidths: ROSTER_COLUMN_ORDER.map((field) => WIDTHS[field]),
    frozenRows: 1,
    conditionalFormats: [],
    charts: [],
    dataValidations: [],
    note: ROSTER_NOTE,
  };
}
