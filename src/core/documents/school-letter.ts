/**
 * «Адресные рекомендации — <ОО>», one per school (docs/domain.md#documents; the letter «О направлении
 * адресных рекомендаций» of docs/domain.md#algorithm and п. 8.6 of docs/domain.md#regulation): the addressee,
 * the school's figures next to the target and the municipal value, its deficits with the recommendation,
 * stage and term as the coordinator left them in «Рекомендации», its data errors with what to change, and the
 * signature. A school with nothing to improve, and a school that did not submit data, still get a letter that
 * says so.
 */
import { indicatorById } from '../catalogue/catalogue';
import type { Issue } from '../issues/issue';
import { parameterText } from '../parameters/parameters';
import { stageLabel } from '../recommendations/stages';
import type { OrganizationSummary } from '../findings/analysis-result';
import { selectKeyIndicators, type KeyIndicator } from '../findings/key-indicators';
import { cellText } from '../text/normalise';
import { schoolKey } from '../text/school-name';
import { heading, paragraph, type Block, type DocModel, type TableBlock } from './doc-model';
import { headOf, municipalityOf, periodOf, type DocumentInput, type LetterRow } from './document-input';
import { municipalText, schoolTargetText, schoolValueText } from './figure-texts';
import * as T from './messages';
import { signatureBlocks } from './signature';

/** More errors than this are counted, not listed: the letter stays readable, the tab has them all. */
export const LETTER_ERRORS_SHOWN = 30;

/**
 * The stage every «submit your data» recommendation belongs to (stage 7 of docs/domain.md#algorithm: сбор
 * данных).
 */
const SUBMIT_STAGE = 7;

export function letterName(school: string): string {
  return `${T.LETTERS_NAME} — ${school}`;
}

/** The letter to a school that submitted data. */
export function buildSchoolLetter(input: DocumentInput, org: OrganizationSummary): DocModel {
  const rows = rowsOf(input.rows, org.name);
  // The school's errors include those of its rows of «База наставников» (by «Место работы»).
  const errors =
    org.dataErrors ??
    input.result.issues.filter((issue) => issue.sheet === org.sheet && issue.severity === 'error');
  return {
    name: letterName(org.name),
    blocks: [
      ...opening(input, org.name),
      heading(2, T.LETTER_FIGURES),
      figuresTable(input, org),
      heading(2, T.LETTER_DEFICITS),
      rows.length === 0 ? paragraph(T.LETTER_NO_DEFICITS) : recommendationsTable(rows),
      ...(errors.length === 0 ? [] : errorBlocks(org.sheet, errors)),
      ...closing(input),
    ],
  };
}

/** The letter to a school on the roster that did not submit data: submit it first. */
export function buildNotSubmittedLetter(input: DocumentInput, school: string): DocModel {
  const own = rowsOf(input.rows, school);
  const submit: LetterRow = {
    organization: school,
    deficit: T.NOT_SUBMITTED_DEFICIT,
    figure: '',
    text: T.NOT_SUBMITTED_TEXT,
    stage: stageLabel(SUBMIT_STAGE),
    term: T.NOT_SUBMITTED_TERM,
  };
  // A stage-7 row drafted for it already (with the coordinator's wording) replaces the built-in one.
  const rows = own.some((row) => row.stage.startsWith(String(SUBMIT_STAGE))) ? own : [submit, ...own];
  return {
    name: letterName(school),
    blocks: [
      ...opening(input, school),
      paragraph(T.LETTER_NOT_SUBMITTED),
      heading(2, T.LETTER_DEFICITS),
      recommendationsTable(rows),
      ...closing(input),
    ],
  };
}

function rowsOf(rows: readonly LetterRow[], school: string): LetterRow[] {
  const wanted = schoolKey(school);
  return rows.filter((row) => schoolKey(row.organization) === wanted);
}

function opening(input: DocumentInput, school: string): Block[] {
  const head = headOf(input, school);
  return [
    paragraph(T.LETTER_TO, 'right'),
    paragraph(T.letterOrganization(school), 'right'),
    ...(head === null ? [] : [paragraph(head, 'right')]),
    heading(1, letterName(school)),
    paragraph(T.LETTER_SUBTITLE, 'center'),
    paragraph(T.titleLine(municipalityOf(input), periodOf(input)), 'center'),
    paragraph(T.letterIntro(parameterText(input.parameters, 'basis'), periodOf(input))),
  ];
}

function closing(input: DocumentInput): Block[] {
  return [paragraph(T.LETTER_CLOSING), ...signatureBlocks(input.parameters)];
}

function figuresTable(input: DocumentInput, org: OrganizationSummary): TableBlock {
  const keys = selectKeyIndicators(input.result.indicators);
  return {
    kind: 'table',
    widths: [0.46, 0.15, 0.19, 0.2],
    headerRows: 1,
    rows: [
      [...T.FIGURE_HEADERS],
      ...keys.map((key) => [
        schoolTitle(input, key),
        schoolValueText(key, org),
        schoolTargetText(key),
        municipalText(key.indicator),
      ]),
    ],
    align: ['left', 'center', 'center', 'center'],
  };
}

/** A document is named for the school itself («Приказ о внедрении …»), not as a share of schools. */
function schoolTitle(input: DocumentInput, key: KeyIndicator): string {
  if (key.kind !== 'school-share') return key.indicator.title;
  return indicatorById(input.catalogue, key.schoolValueId)?.title ?? key.indicator.title;
}

function recommendationsTable(rows: readonly LetterRow[]): TableBlock {
  return {
    kind: 'table',
    widths: [0.24, 0.42, 0.2, 0.14],
    headerRows: 1,
    rows: [
      [...T.RECOMMENDATION_HEADERS],
      ...rows.map((row) => [
        row.figure === '' ? row.deficit : `${row.deficit} (${row.figure})`,
        row.text,
        row.stage,
        row.term,
      ]),
    ],
  };
}

function errorBlocks(sheet: string, errors: readonly Issue[]): Block[] {
  const shown = errors.slice(0, LETTER_ERRORS_SHOWN);
  const blocks: Block[] = [
    heading(2, T.LETTER_ERRORS),
    paragraph(
      errors.every((issue) => issue.sheet === sheet)
        ? T.errorsIntro(sheet, errors.length)
        : T.errorsIntroWithBase(sheet, errors.length),
    ),
    {
      kind: 'table',
      widths: [0.1, 0.2, 0.4, 0.3],
      headerRows: 1,
      rows: [
        [...T.ERROR_HEADERS],
        ...shown.map((issue) => [
          issue.sheet === sheet ? issue.cell : `«${issue.sheet}»!${issue.cell}`,
          cellText(issue.params.value ?? ''),
          issue.message,
          issue.hint ?? '',
        ]),
      ],
      align: ['center', 'left', 'left', 'left'],
    },
  ];
  if (errors.length > shown.length) blocks.push(paragraph(T.errorsCut(shown.length, errors.length)));
  return blocks;
}
