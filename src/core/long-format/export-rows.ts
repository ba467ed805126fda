/**
 * Every row an export holds (docs/domain.md#long-format): each municipality's school and municipal rows, and
 * for several municipalities the regional figures of their roll-up.
 */
import type { Catalogue } from '../catalogue/catalogue';
import type { RegionalResult } from '../rollup/rollup';
import type { SummaryResult } from '../findings/analysis-result';
import type { LongRow } from './long-row';
import { figureRows, municipalLongRows } from './long-rows';

export interface MunicipalExport {
  readonly municipality: string;
  readonly result: Pick<SummaryResult, 'period' | 'organizations' | 'indicators' | 'notSubmitted'>;
  readonly catalogue: Catalogue;
}

export function exportRows(
  municipalities: readonly MunicipalExport[],
  region: RegionalResult | null,
  regionName = '',
): LongRow[] {
  const rows = municipalities.flatMap(({ municipality, result, catalogue }) =>
    municipalLongRows(
      result,
      catalogue,
      { region: regionName, municipality, period: result.period ?? '' },
      result.notSubmitted,
    ),
  );
  if (region === null) return rows;
  return [
    ...rows,
    ...figureRows(region.indicators, 'region', {
      region: regionName,
      municipality: '',
      period: region.period ?? '',
    }),
  ];
}
