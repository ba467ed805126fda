/**
 * «Аналитическая справка» (docs/domain.md#documents; Положение о муниципальной системе наставничества
 * Усть-Ишимского района, п. 8.5) as a document a head signs (RUSSIAN.md §6): heading «по состоянию на»,
 * основание, цель и задачи, участники и охват, методика, результаты by section of the catalogue with tables,
 * dynamics, analysis, conclusions, management decisions, the addressed recommendations in brief, signature and
 * исполнитель; pages numbered. Two versions from one text: the internal one names schools where it helps the
 * coordinator act (exclusions, schools below target, the schools table, data quality); the one for publication
 * keeps only counts of schools, because the Ижевск order № 644, п. 13 (docs/domain.md#monitoring-order)
 * forbids public comparison of schools, and carries no note about itself. The regional report (the roll-up of
 * docs/domain.md#long-format) is the same text with municipalities as its units (`ReportWords`).
 */
import { indicatorById, SECTIONS } from '../catalogue/catalogue';
import type { Catalogue } from '../catalogue/catalogue';
import { byName } from '../indicators/aggregate';
import { parameterText } from '../parameters/parameters';
import { stageLabel } from '../recommendations/stages';
import type { IndicatorSummary, OrganizationSummary, SummaryResult } from '../findings/analysis-result';
import { flagOfSchoolShare, listedIndicators, selectKeyIndicators } from '../findings/key-indicators';
import { coverageOf } from './coverage';
import { dynamicsSection } from './dynamics-section';
import { bulletList, heading, introParagraph, paragraph, type Block, type DocModel } from './doc-model';
import { periodOf, type DocumentInput } from './document-input';
import { metText, ratioText, reportMunicipalText, targetText } from './figure-texts';
import { notComputedReason } from '../indicators/not-computed-text';
import { mainDeficits } from './main-deficits';
import { decisionBlocks } from './management-decisions';
import * as T from './messages';
import { analysisBlocks, conclusionBlocks } from './report-analysis';
import { MUNICIPAL_REPORT_WORDS, type ReportWords } from './report-words';
import { reportSignature } from './signature';
import { typesetDocument } from './typeset-document';

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

/**
 * The results in the order of the Положение's indicators (раздел 6): local acts, information, then the
 * results of mentoring — staff, students, satisfaction. A section a coordinator added comes last.
 */
const SECTION_ORDER: readonly string[] = [
  SECTIONS.documents,
  SECTIONS.openness,
  SECTIONS.staff,
  SECTIONS.students,
  SECTIONS.satisfaction,
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
    paragraph(T.REPORT_SUBTITLE, 'center'),
    paragraph(words.placeLine(place), 'center'),
    paragraph(T.asOfLine(period, asOfDate(input)), 'center'),
    paragraph(''),
    labelled(T.LABEL_BASIS, parameterText(input.parameters, 'basis')),
    labelled(T.LABEL_DATES, parameterText(input.parameters, 'dates')),
    heading(2, T.SECTION_PURPOSE),
    paragraph([{ text: T.PURPOSE_LABEL, bold: true }, { text: words.purpose }]),
    paragraph([{ text: T.TASKS_LABEL, bold: true }]),
    bulletList(words.tasks),
    ...participants(input, internal, words),
    heading(2, T.SECTION_METHOD),
    paragraph(words.method),
    ...weightingParagraphs(input.result, words),
    paragraph(words.sources),
    ...exclusions(input.result, internal),
    ...results(input, words),
    ...dynamicsSection(input.result, period),
    ...(internal ? unitsSection(input.result, words) : []),
    ...analysisBlocks(input.result, words, internal),
    ...conclusionBlocks(input.result, words, coverageOf(input)),
    ...decisionBlocks(input.result, input.parameters, words),
    ...recommendations(input.result, words),
    ...reportSignature(input.parameters),
  ];
  return typesetDocument({
    name: `${title} — ${place}, ${period}`,
    blocks: renumbered(blocks),
    pageNumbers: true,
  });
}

/**
 * «По состоянию на»: the date of the data as «Параметры» gives it, else the day the documents are made — the
 * latest the data can be (docs/decisions.md, «The analytical report»).
 */
function asOfDate(input: DocumentInput): string {
  if (input.parameters.asOf !== undefined) return input.parameters.asOf;
  // An adapter may give the time as well («02.12.2025 10:00»): the справка dates its data by the day.
  return /\d{2}\.\d{2}\.\d{4}/.exec(input.generatedAt)?.[0] ?? input.generatedAt;
}

function labelled(label: string, value: string): Block {
  return paragraph([{ text: label, bold: true }, { text: value }], 'left');
}

function participants(input: DocumentInput, internal: boolean, words: ReportWords): Block[] {
  const result = input.result;
  const notSubmitted = [...(input.notSubmitted ?? [])].sort(byName);
  const withErrors = result.organizations.filter((org) => org.errors > 0).length;
  const lines = [
    T.responsibleLine(parameterText(input.parameters, 'responsible')),
    words.participantsSubmitted(coverageOf(input)),
    words.participantsCounted(result.organizations.length, withErrors),
  ];
  if (notSubmitted.length > 0) lines.push(T.participantsNotSubmitted(notSubmitted.length));
  const blocks: Block[] = [heading(2, T.SECTION_PARTICIPANTS), ...lines.map((line) => paragraph(line))];
  if (internal && notSubmitted.length > 0)
    blocks.push(paragraph(T.NOT_SUBMITTED_LIST), bulletList(notSubmitted));
  return blocks;
}

/**
 * How satisfaction was averaged (docs/domain.md#satisfaction): its figures carry the weighting the summary used,
 * by respondents or the plain mean of the units, and the method says which — of satisfaction as a whole when
 * all its figures were averaged alike, else figure by figure.
 */
function weightingParagraphs(result: SummaryResult, words: ReportWords): Block[] {
  const weighted = listedIndicators(result.indicators).filter(
    (indicator) => indicator.weighting !== undefined,
  );
  const kinds = (['respondents', 'schools'] as const).filter((kind) =>
    weighted.some((indicator) => indicator.weighting === kind),
  );
  return kinds.map((kind) => {
    const titles = weighted.filter((indicator) => indicator.weighting === kind).map((i) => i.title);
    return paragraph(words.weightingMethod(kind, kinds.length === 1 ? [] : titles));
  });
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

/** The section of the catalogue an indicator belongs to; a share of schools with a document, its document's. */
function sectionOf(catalogue: Catalogue, indicator: IndicatorSummary): string {
  return indicatorById(catalogue, indicator.id)?.section ?? T.OTHER_SECTION;
}

function results(input: DocumentInput, words: ReportWords): Block[] {
  const listed = listedIndicators(input.result.indicators);
  const groups = new Map<string, IndicatorSummary[]>();
  for (const indicator of listed) {
    const section = sectionOf(input.catalogue, indicator);
    groups.set(section, [...(groups.get(section) ?? []), indicator]);
  }
  const rank = (section: string) => {
    const at = SECTION_ORDER.indexOf(section);
    return at === -1 ? SECTION_ORDER.length : at;
  };
  const sections = [...groups.keys()].sort((a, b) => rank(a) - rank(b));
  const blocks: Block[] = [heading(2, words.sectionResults)];
  for (const section of sections) {
    const indicators = groups.get(section) as IndicatorSummary[];
    blocks.push(heading(3, section), indicatorTable(indicators, words));
    // «—» alone would not say that the form lacks the row (docs/domain.md#own-forms).
    for (const indicator of indicators)
      if (indicator.notComputed !== undefined)
        blocks.push(paragraph(`${indicator.title}: ${notComputedReason(indicator.notComputed)}.`));
  }
  return blocks;
}

function indicatorTable(indicators: readonly IndicatorSummary[], words: ReportWords): Block {
  const rows = indicators.map((indicator) => [
    indicator.title,
    reportMunicipalText(indicator),
    ratioText(indicator, flagOfSchoolShare(indicator.id) !== null),
    indicator.target === null ? T.NO_VALUE : targetText(indicator),
    metText(indicator),
    indicator.target === null ? '' : String(indicator.belowTarget.length),
  ]);
  return {
    kind: 'table',
    widths: [...words.indicatorWidths],
    headerRows: 1,
    rows: [[...words.indicatorHeaders], ...rows],
    align: ['left', 'center', 'center', 'center', 'center', 'center'],
  };
}

/** The internal version's per-unit results: the key figures of each, and who is below which target. */
function unitsSection(result: SummaryResult, words: ReportWords): Block[] {
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
  const total = [words.total, ...keys.map((key) => reportMunicipalText(key.indicator)), ''];
  const header = [words.unitHeader, ...keys.map((key) => T.SCHOOL_COLUMNS[key.indicator.id]), T.BELOW_HEADER];
  const widths = [0.21, ...columns.map((column) => column.width), 0.12];
  const below = targets.filter((indicator) => indicator.belowTarget.length > 0);
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
    heading(3, words.belowTargetHeading),
    below.length === 0
      ? paragraph(words.noneBelowTarget)
      : bulletList(below.map((indicator) => T.belowTargetLine(indicator.title, indicator.belowTarget))),
  ];
}

/** The addressed recommendations in brief: each deficit, its stage and in how many units it was found. */
function recommendations(result: SummaryResult, words: ReportWords): Block[] {
  const found = mainDeficits(result.recommendations);
  const blocks: Block[] = [heading(2, T.SECTION_RECOMMENDATIONS)];
  if (found.length === 0) return [...blocks, paragraph(T.NO_DEFICITS)];
  return [
    ...blocks,
    introParagraph(words.recommendationsIntro(result.organizations.length)),
    {
      kind: 'table',
      widths: [0.55, 0.33, 0.12],
      headerRows: 1,
      // The signature follows: it takes the table's last row to its page rather than stand there alone.
      keepWithNext: true,
      rows: [
        [...T.DEFICIT_HEADERS],
        ...found.map((item) => [item.deficit, stageLabel(item.stage), String(item.schools)]),
      ],
      align: ['left', 'left', 'center'],
    },
  ];
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
