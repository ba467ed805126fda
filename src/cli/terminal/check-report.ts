/**
 * What `check` prints for people: the totals, what was read (tabs, rows recognised and not, schools that
 * have not submitted), the figures not computed and why, then the issues (issue-report.ts).
 */
import type { Analysis } from '../../app/analyse';
import { severityCounts } from '../../core/issues/issue-report';
import { REPORT_TEXTS as T } from '../messages';
import { countsLine, issueReportLines, readingLines, type CheckReading } from './issue-report';

export function checkReading(analysis: Analysis): CheckReading {
  const { indicators, notSubmitted } = analysis.result;
  const { tabs, names } = analysis.outputs['school-tab'];
  return {
    // Each school by the name it is known by: the roster's when its tab is matched to it.
    tabs: tabs.map((tab) => ({
      sheet: tab.sheet,
      name: names.get(tab.sheet) ?? tab.name,
      matchedRows: tab.matchedRows,
      unreadRows: tab.unreadRows.length,
    })),
    notSubmitted,
    notComputed: indicators.flatMap((figure) =>
      figure.notComputed === undefined ? [] : [{ title: figure.title, why: figure.notComputed }],
    ),
  };
}

export function checkReportLines(workbook: string, analysis: Analysis, verbose: boolean): string[] {
  const { issues } = analysis.result;
  const reading = checkReading(analysis);
  const schools = new Map(reading.tabs.map((tab) => [tab.sheet, tab.name]));
  return [
    `${T.workbook(workbook)}: ${countsLine(severityCounts(issues))}`,
    ...readingLines(reading),
    ...issueReportLines(issues, { verbose, schools }),
    '',
  ];
}
