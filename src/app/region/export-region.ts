/**
 * The long format (docs/domain.md#long-format) from municipal workbooks already read: every book's school and
 * municipal rows and, for several books, the regional figures of their roll-up.
 */
import { exportRows } from '../../core/long-format/export-rows';
import type { LongRow } from '../../core/long-format/long-row';
import { rollup, type RegionalResult } from '../../core/rollup/rollup';
import { asMunicipalResult, booksWithErrors, type MunicipalBook } from './municipal-book';

export interface RegionExport {
  readonly rows: LongRow[];
  /** The roll-up whose regional rows are there; null for one book. */
  readonly region: RegionalResult | null;
  /** Books whose data has errors: their schools are `excluded`, and the run ends with 1. */
  readonly booksWithErrors: readonly MunicipalBook[];
}

export function exportRegion(books: readonly MunicipalBook[]): RegionExport {
  const region = books.length > 1 ? rollup(books.map(asMunicipalResult)) : null;
  const rows = exportRows(
    books.map((book) => ({
      municipality: book.municipality,
      result: book.summarised.result,
      catalogue: book.summarised.analysis.catalogue,
    })),
    region,
  );
  return { rows, region, booksWithErrors: booksWithErrors(books) };
}
