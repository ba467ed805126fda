/** «Прошлый период»: last period's rows, imported from the long-format file (docs/domain.md#long-format). */
import { secondPreviousReason } from '../../../core/long-format/messages';
import type { LongRow } from '../../../core/long-format/long-row';
import { isLongTable, readLongTable } from '../../../core/long-format/read-long-table';
import type { SheetKind } from '../sheet-kind';

declare module '../sheet-kind' {
  interface KindOutputs {
    /** Last period's long-format rows; null without that sheet. */
    previous: readonly LongRow[] | null;
  }
}

export const PREVIOUS_KIND: SheetKind<'previous'> = {
  id: 'previous',
  // Its header is the long format's sixteen English columns, which no other kind shares.
  recognise: (grid) => (isLongTable(grid.values) ? 1 : 0),
  secondSkipped: secondPreviousReason,
  phase: 1,
  none: null,
  analyse([grid], state) {
    const table = readLongTable(grid.name, grid.values);
    state.addIssues(table.issues);
    return table.rows;
  },
  checkAlone: (grid) => readLongTable(grid.name, grid.values).issues,
  marked: true,
};
