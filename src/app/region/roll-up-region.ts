/**
 * The regional summary (docs/domain.md#long-format) from municipal workbooks already read: per municipality its
 * figures, the regional figures weighted over schools (Σ/Σ), the municipalities alphabetically —
 * and, when asked, «Сводная» of the region drawn into a workbook with the regional words.
 */
import { REGIONAL_WORDS } from '../../core/findings/regional-words';
import { rollup, type RegionalResult } from '../../core/rollup/rollup';
import { generateSummary } from '../generate';
import type { Workbook } from '../workbook';
import { asMunicipalResult, type MunicipalBook } from './municipal-book';

export interface RegionRollUp {
  readonly region: RegionalResult;
  /** How many schools each book holds, by its source (the `sheet` of its organisation). */
  readonly schools: ReadonlyMap<string, number>;
  /** Errors in the data of every book together: any makes the run end with 1. */
  readonly errors: number;
}

export function rollUpRegion(books: readonly MunicipalBook[]): RegionRollUp {
  const region = rollup(books.map(asMunicipalResult));
  return {
    region,
    schools: new Map(books.map((book) => [book.source, book.summarised.result.organizations.length])),
    errors: region.organizations.reduce((sum, org) => sum + org.errors, 0),
  };
}

/** The region's «Сводная»: municipalities as rows, «Итого по региону», no ranking. */
export function generateRegionalSummary(
  workbook: Workbook,
  region: RegionalResult,
  generatedAt: string,
): void {
  generateSummary(workbook, region, { generatedAt, words: REGIONAL_WORDS });
}
