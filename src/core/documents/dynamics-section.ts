/**
 * The report's section on dynamics against the previous period (docs/domain.md#documents): the municipal
 * figures of both periods and the change. When the periods count different numbers of schools the section says
 * so, or a change of the set would pass for a change of the figure. Municipal figures only, no school is named,
 * so the version for publication carries it too (the Ижевск order № 644, п. 13; docs/domain.md#monitoring-order).
 * What moved most is said once, in the analysis.
 */
import { formatChange } from '../format/change';
import type { IndicatorSummary, SummaryResult } from '../findings/analysis-result';
import { listedIndicators } from '../findings/key-indicators';
import { heading, paragraph, type Block } from './doc-model';
import { reportFigure, reportMunicipalText } from './figure-texts';
import { DYNAMICS_HEADERS, dynamicsSets, NO_VALUE, sectionDynamics } from './messages';

export function dynamicsSection(result: SummaryResult, period: string): Block[] {
  if (result.previousPeriod === undefined) return [];
  const listed = listedIndicators(result.indicators);
  const rows = listed.map((indicator) => [
    indicator.title,
    previousText(indicator),
    reportMunicipalText(indicator),
    typeof indicator.change === 'number' ? formatChange(indicator.change, indicator.type) : NO_VALUE,
  ]);
  return [
    heading(2, sectionDynamics(result.previousPeriod)),
    ...setsNote(listed, period, result.previousPeriod),
    {
      kind: 'table',
      widths: [0.46, 0.18, 0.18, 0.18],
      headerRows: 1,
      rows: [[...DYNAMICS_HEADERS], ...rows],
      align: ['left', 'center', 'center', 'center'],
    },
  ];
}

/** The schools each period is counted over: the most any figure of it is counted over. */
function setsNote(listed: readonly IndicatorSummary[], period: string, previousPeriod: string): Block[] {
  const now = Math.max(0, ...listed.map((indicator) => indicator.schoolsCounted));
  const counted = listed.flatMap((indicator) =>
    typeof indicator.previousSchools === 'number' ? [indicator.previousSchools] : [],
  );
  if (counted.length === 0) return [];
  const before = Math.max(...counted);
  return before === now ? [] : [paragraph(dynamicsSets(period, now, previousPeriod, before))];
}

/** Last period's figure printed as this period's is: a document flag as the share of schools. */
function previousText(indicator: IndicatorSummary): string {
  return reportFigure(indicator.previous ?? null, indicator.type);
}
