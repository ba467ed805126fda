/**
 * «Аналитическая справка» (docs/domain.md#documents; Положение о муниципальной системе наставничества
 * Усть-Ишимского района, п. 8.5) in two versions from one text: the internal one names schools where it helps
 * the coordinator act (exclusions, schools below target, the schools table, data quality); the one for
 * publication keeps only counts of schools, because the Ижевск order № 644, п. 13
 * (docs/domain.md#monitoring-order) forbids public comparison of schools. The regional report (the roll-up of
 * docs/domain.md#long-format) is the same text with municipalities as its units (`ReportWords`): by analogy
 * its public version keeps only counts of municipalities and of schools.
 */
import { byName } from '../indicators/aggregate';
import { parameterText } from '../parameters/parameters';
import { stageLabel } from '../recommendations/stages';
import type { OrganizationSummary, SummaryResult } from '../findings/analysis-result';
import { buildConclusions } from '../findings/conclusions';
import { flagOfSchoolShare, listedIndicators, selectKeyIndicators } from '../findings/key-indicators';
import { dynamicsSection } from './dynamics-section';
import { bulletList, heading, paragraph, type Block, type DocModel } from './doc-model';
import { periodOf, type DocumentInput } from './document-input';
import { metText, municipalText, ratioText, targetText } from './figure-texts';
import { mainDeficits } from './main-deficits';
import * as T from './messages';
import { MUNICIPAL_REPORT_WORDS, type ReportWords } from './report-words';
import { signatureBlocks } from './signature';

export type Audience = 'internal' | 'public';

/**
 * The school table's figures — the staff counts and the two shares every other share rests on — in
 * this order, with the share of the text width each column takes (the school's name 0.21, the
 * count of targets not met 0.12): each as wide as its longest word in the bold header needs.
 */
const SCHOOL_TABLE: readonly { readonly id: string; readonly width: number }[] = [
  { id: 'ped_total', width: 0.11 },
  { id: 'ped_mentors', width: 0.13 },
  { id: 'ped_mentees', width: 0.15 },
  { id: 'share_mentors', width: 0.13 },
  { id: 'share_mentees', width: 0.15 },
];

export function buildAnalyticalReport(
  input: DocumentInput,
  audience: Audience,
  words: ReportWords = MUNICIPAL_REPORT_WORDS,
): DocModel {
  const place = words.place(input);
  const period = periodOf(input);
  const internal = audience === 'internal';
  const title = internal ? T.REPORT_NAME : T.PUBLIC_REPORT_NAME;
  const blocks: Block[] = [
    heading(1, T.REPORT_TITLE),
    paragraph(words.titleLine(place, period), 'center'),
    ...(internal ? [] : [paragraph([{ text: words.publicMark, italic: true }], 'center')]),
    labelled(T.LABEL_BASIS, parameterText(input.parameters, 'basis')),
    labelled(T.LABEL_DATES, parameterText(input.parameters, 'dates')),
    labelled(T.LABEL_RESPONSIBLE, parameterText(input.parameters, 'responsible')),
    labelled(T.LABEL_GENERATED, input.generatedAt),
    ...participants(input, internal, words),
    heading(2, T.SECTION_METHOD),
    paragraph(words.method),
    ...exclusions(input.result, internal),
    ...indicators(input.result, internal, words),
    ...dynamicsSection(input.result),
    ...(internal
      ? [...unitsTable(input.result, words), ...quality(input.result, words)]
      : publicQuality(input.result, words)),
    ...deficits(input.result),
    heading(2, T.SECTION_CONCLUSIONS),
    // The dynamics section already ends with the sentence on what moved most: not repeated here.
    bulletList(buildConclusions({ ...input.result, previousPeriod: undefined }, words.summaryWords)),
    ...measures(input.result),
    ...signatureBlocks(input.parameters),
  ];
  return { name: `${title} — ${place}, ${period}`, blocks: renumbered(blocks) };
}

function labelled(label: string, value: string): Block {
  return paragraph([{ text: label, bold: true }, { text: value }], 'left');
}

function participants(input: DocumentInput, internal: boolean, words: ReportWords): Block[] {
  const result = input.result;
  const notSubmitted = [...(input.notSubmitted ?? [])].sort(byName);
  const withErrors = result.organizations.filter((org) => org.errors > 0).length;
  const blocks: Block[] = [heading(2, T.SECTION_PARTICIPANTS)];
  const lines: string[] = [];
  if (input.rosterSize !== undefined && input.rosterSize !== null)
    lines.push(T.participantsOnRoster(input.rosterSize));
  lines.push(words.participantsSubmitted(result.organizations.length));
  lines.push(words.participantsCounted(result.organizations.length, withErrors));
  if (notSubmitted.length > 0) lines.push(T.participantsNotSubmitted(notSubmitted.length));
  else if (input.rosterSize !== undefined && input.rosterSize !== null) lines.push(T.ALL_SUBMITTED);
  blocks.push(bulletList(lines));
  if (internal && notSubmitted.length > 0)
    blocks.push(paragraph(T.NOT_SUBMITTED_LIST), bulletList(notSubmitted));
  return blocks;
}

function exclusions(result: SummaryResult, internal: boolean): Block[] {
  const excluded = listedIndicators(result.indicators).filter((indicator) => indicator.excluded.length > 0);
  if (excluded.length === 0) return [];
  return [
    bulletList(
      excluded.map((indicator) =>
        internal
          ? T.methodExcluded(indicator.title, indicator.excluded)
          : T.methodExcludedCount(indicator.title, indicator.excluded.length),
      ),
    ),
  ];
}

function indicators(result: SummaryResult, internal: boolean, words: ReportWords): Block[] {
  const listed = listedIndicators(result.indicators);
  const rows = listed.map((indicator) => [
    indicator.title,
    municipalText(indicator),
    ratioText(indicator, flagOfSchoolShare(indicator.id) !== null),
    indicator.target === null ? T.NO_VALUE : targetText(indicator),
    metText(indicator),
    indicator.target === null ? '' : String(indicator.belowTarget.length),
  ]);
  const blocks: Block[] = [
    heading(2, words.sectionIndicators),
    {
      kind: 'table',
      widths: [...words.indicatorWidths],
      headerRows: 1,
      rows: [[...words.indicatorHeaders], ...rows],
      align: ['left', 'center', 'center', 'center', 'center', 'center'],
    },
  ];
  if (!internal) return blocks;
  const below = listed.filter((indicator) => indicator.belowTarget.length > 0);
  blocks.push(heading(3, words.belowTargetHeading));
  blocks.push(
    below.length === 0
      ? paragraph(words.noneBelowTarget)
      : bulletList(below.map((indicator) => T.belowTargetLine(indicator.title, indicator.belowTarget))),
  );
  return blocks;
}

function unitsTable(result: SummaryResult, words: ReportWords): Block[] {
  const available = selectKeyIndicators(result.indicators);
  const columns = SCHOOL_TABLE.flatMap((column) => {
    const key = available.find((candidate) => candidate.indicator.id === column.id);
    return key === undefined ? [] : [{ key, width: column.width }];
  });
  const keys = columns.map((column) => column.key);
  const targets = listedIndicators(result.indicators);
  const belowCount = (org: OrganizationSummary) =>
    targets.filter((indicator) => indicator.belowTarget.includes(org.name)).length;
  const rows = result.organizations.map((org) => [
    org.name,
    ...keys.map((key) => words.unitValue(key, org)),
    String(belowCount(org)),
  ]);
  const total = [words.total, ...keys.map((key) => municipalText(key.indicator)), ''];
  const header = [words.unitHeader, ...keys.map((key) => T.SCHOOL_COLUMNS[key.indicator.id]), T.BELOW_HEADER];
  const widths = [0.21, ...columns.map((column) => column.width), 0.12];
  return [
    heading(2, words.sectionUnits),
    {
      kind: 'table',
      widths,
      headerRows: 1,
      rows: [header, ...rows, total],
      align: ['left', ...keys.map(() => 'center' as const), 'center'],
      boldRows: [rows.length + 1],
    },
  ];
}

function quality(result: SummaryResult, words: ReportWords): Block[] {
  const flagged = result.organizations.filter((org) => org.errors + org.warnings > 0);
  const blocks: Block[] = [heading(2, T.SECTION_QUALITY), publicQualityText(result, words)];
  if (flagged.length > 0) {
    blocks.push({
      kind: 'table',
      widths: [0.6, 0.2, 0.2],
      headerRows: 1,
      rows: [
        [...words.qualityHeaders],
        ...flagged.map((org) => [org.name, String(org.errors), String(org.warnings)]),
      ],
      align: ['left', 'center', 'center'],
    });
  }
  return blocks;
}

function publicQualityText(result: SummaryResult, words: ReportWords): Block {
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

function publicQuality(result: SummaryResult, words: ReportWords): Block[] {
  return [heading(2, T.SECTION_QUALITY), publicQualityText(result, words)];
}

function deficits(result: SummaryResult): Block[] {
  const found = mainDeficits(result.recommendations);
  if (found.length === 0) return [heading(2, T.SECTION_DEFICITS), paragraph(T.NO_DEFICITS)];
  return [
    heading(2, T.SECTION_DEFICITS),
    {
      kind: 'table',
      widths: [0.55, 0.33, 0.12],
      headerRows: 1,
      rows: [
        [...T.DEFICIT_HEADERS],
        ...found.map((item) => [item.deficit, stageLabel(item.stage), String(item.schools)]),
      ],
      align: ['left', 'left', 'center'],
    },
  ];
}

function measures(result: SummaryResult): Block[] {
  const shared = mainDeficits(result.recommendations).filter((item) => item.schools >= 2);
  if (shared.length === 0) return [heading(2, T.SECTION_MEASURES), paragraph(T.NO_MEASURES)];
  const stages = [...new Set(shared.map((item) => item.stage))].sort((a, b) => a - b);
  const blocks: Block[] = [heading(2, T.SECTION_MEASURES), paragraph(T.MEASURES_INTRO)];
  for (const stage of stages) {
    const own = shared.filter((item) => item.stage === stage);
    blocks.push(heading(3, T.measureStage(stageLabel(stage))));
    blocks.push(paragraph(`${capitalised(T.MUNICIPAL_MEASURES[stage] ?? '')}.`));
    blocks.push(bulletList(own.map((item) => T.measureDeficit(item.deficit, item.schools))));
  }
  return blocks;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Sections are numbered in the order they appear: the public version has no schools table, and
 * the dynamics section is there only when a previous period is given.
 */
function renumbered(blocks: Block[]): Block[] {
  let n = 0;
  return blocks.map((block) => {
    if (block.kind !== 'heading' || block.level !== 2) return block;
    n += 1;
    return { ...block, text: block.text.replace(/^\d+\./, `${n}.`) };
  });
}
