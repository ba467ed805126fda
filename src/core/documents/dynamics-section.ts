/**
 * The report's section on dynamics against the previous period (docs/domain.md#documents): the municipal
 * figures of both periods and the change, then the sentence on what moved most. Municipal figures only, no
 * school is named, so the version for publication carries it too (the Ижевск order № 644, п. 13;
 * docs/domain.md#monitoring-order).
 */
import { formatChange } from '../format/change';
import { formatFigure } from '../format/figure';
import type { IndicatorSummary, SummaryResult } from '../findings/analysis-result';
import { dynamicsConclusion } from '../findings/conclusions';
import { listedIndicators } from '../findings/key-indicators';
import { heading, paragraph, type Block } from './doc-model';
import { municipalText } from './figure-texts';
import { DYNAMICS_HEADERS, NO_VALUE, sectionDynamics } from './messages';

export function dynamicsSection(result: SummaryResult): Block[] {
  if (result.previousPeriod === undefined) return [];
  const listed = listedIndicators(result.indicators);
  const rows = listed.map((indicator) => [
    indicator.title,
    previousText(indicator),
    municipalText(indicator),
    typeof indicator.change === 'number' ? formatChange(indicator.change, indicator.type) : NO_VALUE,
  ]);
  return [
    heading(2, sectionDynamics(result.previousPeriod)),
    {
      kind: 'table',
      widths: [0.46, 0.18, 0.18, 0.18],
      headerRows: 1,
      rows: [[...DYNAMICS_HEADERS], ...rows],
      align: ['left', 'center', 'center', 'center'],
    },
    paragraph(dynamicsConclusion(result.indicators, result.previousPeriod)),
  ];
}

/** Last period's figure printed as this period's is: a document flag as the share of schools. */
function previousText(indicator: IndicatorSummary): string {
  return formatFigure(indicator.previous ?? null, indicator.type === 'flag' ? 'share' : indicator.type);
}
