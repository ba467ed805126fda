/**
 * The справка's analysis and conclusions (RUSSIAN.md §6): they group the results instead of repeating the
 * tables line by line — which targets are met, which figures are furthest from theirs and in how many units,
 * the most widespread deficits and their stages, what moved most since last period, data quality — and close
 * with a few sentences. Only counts of units are named: both versions carry them (the Ижевск order № 644,
 * п. 13; docs/domain.md#monitoring-order); the internal one adds the table of units with errors.
 */
import type { IndicatorSummary, OrganizationSummary, SummaryResult } from '../findings/analysis-result';
import { dynamicsConclusion } from '../findings/conclusions';
import { listedIndicators } from '../findings/key-indicators';
import { lowerFirst } from '../recommendations/messages';
import { stageLabel } from '../recommendations/stages';
import { heading, paragraph, type Block } from './doc-model';
import { reportMunicipalText, targetText } from './figure-texts';
import { mainDeficits, type MainDeficit } from './main-deficits';
import type { Coverage } from './coverage';
import * as T from './messages';
import type { ReportWords } from './report-words';

/** How many figures, and deficits, the analysis names: the furthest, the most widespread. */
const NAMED = 3;

/** Figures with a target and a value: those the analysis weighs. */
function targeted(result: SummaryResult): IndicatorSummary[] {
  return listedIndicators(result.indicators).filter(
    (indicator) => indicator.target !== null && indicator.met !== null,
  );
}

/** Not met, the furthest from the target first (by the share of the target still missing). */
function shortfalls(result: SummaryResult): IndicatorSummary[] {
  const gap = (indicator: IndicatorSummary) =>
    ((indicator.target as number) - (indicator.value as number)) /
    Math.abs((indicator.target as number) || 1);
  return targeted(result)
    .filter((indicator) => indicator.met === false)
    .sort((a, b) => gap(b) - gap(a));
}

/** Deficits found in at least two units: what the level above acts on. */
export function sharedDeficits(result: SummaryResult): MainDeficit[] {
  return mainDeficits(result.recommendations).filter((item) => item.schools >= 2);
}

export function analysisBlocks(result: SummaryResult, words: ReportWords, internal: boolean): Block[] {
  const withTarget = targeted(result);
  const met = withTarget.filter((indicator) => indicator.met === true);
  const furthest = shortfalls(result).slice(0, NAMED);
  const deficits = mainDeficits(result.recommendations).slice(0, NAMED);
  const stages = [...new Set(sharedDeficits(result).map((item) => item.stage))].sort((a, b) => a - b);
  const blocks: Block[] = [
    heading(2, T.SECTION_ANALYSIS),
    paragraph(
      T.metSentence(
        met.map((indicator) => lowerFirst(indicator.title)),
        withTarget.length,
      ),
    ),
  ];
  if (furthest.length > 0)
    blocks.push(
      paragraph(
        T.furthestSentence(
          furthest.map((indicator) => ({
            title: lowerFirst(indicator.title),
            value: reportMunicipalText(indicator),
            target: targetText(indicator),
            units:
              indicator.belowTarget.length === 0
                ? ''
                : words.unitsOf(indicator.belowTarget.length, words.unitsCounted(indicator, result)),
          })),
        ),
      ),
    );
  if (deficits.length > 0)
    blocks.push(
      paragraph(
        T.deficitsSentence(
          // Deficits are counted over schools at either level (the regional drafts keep every school's).
          deficits.map((item) => ({
            deficit: lowerFirst(item.deficit),
            units: T.schoolsCount(item.schools),
          })),
        ),
      ),
    );
  if (stages.length > 0) blocks.push(paragraph(T.stagesSentence(stages.map(stageLabel))));
  if (result.previousPeriod !== undefined)
    blocks.push(paragraph(dynamicsConclusion(result.indicators, result.previousPeriod)));
  blocks.push(heading(3, T.QUALITY_HEADING), qualityText(result, words));
  if (internal) blocks.push(...qualityTable(result, words));
  return blocks;
}

function qualityText(result: SummaryResult, words: ReportWords): Block {
  const orgs = result.organizations;
  const sum = (pick: (org: OrganizationSummary) => number) =>
    orgs.reduce((total, org) => total + pick(org), 0);
  return paragraph(
    words.qualityCounts(
      orgs.filter((org) => org.errors > 0).length,
      orgs.filter((org) => org.warnings > 0).length,
      sum((org) => org.errors),
      sum((org) => org.warnings),
    ),
  );
}

function qualityTable(result: SummaryResult, words: ReportWords): Block[] {
  const flagged = result.organizations.filter((org) => org.errors + org.warnings > 0);
  if (flagged.length === 0) return [];
  return [
    {
      kind: 'table',
      widths: [0.6, 0.2, 0.2],
      headerRows: 1,
      rows: [
        [...words.qualityHeaders],
        ...flagged.map((org) => [org.name, String(org.errors), String(org.warnings)]),
      ],
      align: ['left', 'center', 'center'],
    },
  ];
}

/** A few sentences: coverage, targets, deficits, and data quality when it limits the results. */
export function conclusionBlocks(result: SummaryResult, words: ReportWords, coverage: Coverage): Block[] {
  const withTarget = targeted(result);
  const met = withTarget.filter((indicator) => indicator.met === true).length;
  const furthest = shortfalls(result)
    .slice(0, 2)
    .map((indicator) => lowerFirst(indicator.title));
  const withErrors = result.organizations.filter((org) => org.errors > 0).length;
  const sentences = [
    words.tookPart(coverage),
    T.targetsConclusion(met, withTarget.length, furthest),
    T.deficitsConclusion(sharedDeficits(result).length),
    ...(withErrors === 0 ? [] : [T.qualityConclusion(words.units(withErrors))]),
  ];
  return [heading(2, T.SECTION_CONCLUSIONS), paragraph(sentences.join(' '))];
}
