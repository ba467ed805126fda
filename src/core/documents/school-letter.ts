/**
 * «Адресные рекомендации — <ОО>», one per school (docs/domain.md#documents): an official letter on the model
 * of the letter «О направлении адресных рекомендаций» (docs/domain.md#algorithm, RUSSIAN.md § 6) — the
 * sender's block with «№ … от …», the subject, the addressee in the dative and the salutation, the body, the
 * school's figures next to the target and the municipal value, its deficits with the recommendation, stage
 * and term as the coordinator left them in «Рекомендации», the documents of those stages, the signature and
 * «Исполнитель»; the errors in its data go to an appendix for the curator. A school with nothing to improve,
 * and a school that did not submit data, still get a letter that says so.
 */
import { indicatorById } from '../catalogue/catalogue';
import { parameterText } from '../parameters/parameters';
import { stageLabel } from '../recommendations/stages';
import type { OrganizationSummary } from '../findings/analysis-result';
import { selectKeyIndicators, type KeyIndicator } from '../findings/key-indicators';
import { schoolKey } from '../text/school-name';
import {
  bulletList,
  heading,
  keptTogether,
  paragraph,
  type Block,
  type DocModel,
  type TableBlock,
} from './doc-model';
import { headOf, periodOf, type DocumentInput, type LetterRow } from './document-input';
import { reportMunicipalText, reportSchoolValueText, schoolTargetText } from './figure-texts';
import { addresseeOf } from './letter-addressee';
import { distinctErrors, errorAppendix } from './letter-errors';
import { deficitText, isDataErrorsRow, measureText, stagesOf } from './letter-measures';
import * as T from './messages';
import { signatureLine } from './signature';
import { typesetDocument } from './typeset-document';

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
  // The school's errors include those of its rows of «База наставников» (by «Место работы»).
  const errors = distinctErrors(
    org.dataErrors ??
      input.result.issues.filter((issue) => issue.sheet === org.sheet && issue.severity === 'error'),
  );
  // The errors, their cells and their term are the appendix's: the table does not repeat them.
  const rows = rowsOf(input.rows, org.name).filter((row) => errors.length === 0 || !isDataErrorsRow(row));
  const body = [
    paragraph(T.letterBody(parameterText(input.parameters, 'basis'), periodOf(input), true)),
    ...(rows.length === 0 ? [] : [paragraph(T.LETTER_BODY_MEASURES)]),
    ...(errors.length === 0 ? [] : [paragraph(T.LETTER_BODY_ERRORS)]),
  ];
  return typesetDocument({
    name: letterName(org.name),
    blocks: [
      ...opening(input, org.name),
      ...body,
      heading(2, T.LETTER_FIGURES),
      figuresTable(input, org),
      heading(2, T.LETTER_DEFICITS),
      ...(rows.length === 0 ? [paragraph(T.LETTER_NO_DEFICITS)] : measures(rows)),
      ...closing(input),
      ...(errors.length === 0 ? [] : errorAppendix(org.sheet, errors)),
    ],
  });
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
  return typesetDocument({
    name: letterName(school),
    blocks: [
      ...opening(input, school),
      paragraph(T.letterBody(parameterText(input.parameters, 'basis'), periodOf(input), false)),
      paragraph(T.LETTER_NOT_SUBMITTED),
      heading(2, T.LETTER_DEFICITS),
      ...measures(rows),
      ...closing(input),
    ],
  });
}

function rowsOf(rows: readonly LetterRow[], school: string): LetterRow[] {
  const wanted = schoolKey(school);
  return rows.filter((row) => schoolKey(row.organization) === wanted);
}

/**
 * The sender's block, the addressee, «№ … от …», the subject and the salutation — in this order, as an official
 * letter is read (RUSSIAN.md § 6): the letter has no heading of its own; the subject says what it is.
 */
function opening(input: DocumentInput, school: string): Block[] {
  const { parameters } = input;
  const addressee = addresseeOf(school, headOf(input, school));
  return [
    paragraph([{ text: parameterText(parameters, 'sender'), bold: true }], 'left'),
    paragraph(parameterText(parameters, 'senderContacts'), 'left'),
    paragraph(''),
    ...addressee.lines.map((line) => paragraph(line, 'right')),
    paragraph(''),
    paragraph(T.letterNumberLine(parameters.letterNumber, parameters.letterDate), 'left'),
    paragraph(''),
    paragraph([{ text: T.LETTER_SUBJECT, italic: true }], 'left'),
    paragraph(''),
    paragraph(addressee.salutation, 'center'),
  ];
}

/** The closing request, the signature (position, line, name) and «Исполнитель». */
function closing(input: DocumentInput): Block[] {
  const { parameters } = input;
  return keptTogether([
    paragraph(T.LETTER_CLOSING),
    paragraph(''),
    paragraph(parameterText(parameters, 'signerPosition'), 'left'),
    paragraph(signatureLine(parameters), 'right'),
    paragraph(''),
    paragraph(
      T.executorLine(parameterText(parameters, 'executor'), parameterText(parameters, 'executorPhone')),
      'left',
    ),
  ]);
}

/**
 * The school's key figures. A figure the school's form did not ask (no value, no error) is left out: a row
 * of «—» tells the head nothing.
 */
function figuresTable(input: DocumentInput, org: OrganizationSummary): TableBlock {
  const keys = selectKeyIndicators(input.result.indicators).filter((key) => wasAsked(key, org));
  return {
    kind: 'table',
    widths: [0.46, 0.15, 0.19, 0.2],
    headerRows: 1,
    rows: [
      [...T.FIGURE_HEADERS],
      ...keys.map((key) => [
        schoolTitle(input, key),
        reportSchoolValueText(key, org),
        schoolTargetText(key),
        reportMunicipalText(key.indicator),
      ]),
    ],
    align: ['left', 'center', 'center', 'center'],
  };
}

function wasAsked(key: KeyIndicator, org: OrganizationSummary): boolean {
  const excluded = [key.indicator.id, key.schoolValueId].some((id) => org.excludedFrom.includes(id));
  return excluded || (org.values[key.schoolValueId] ?? null) !== null;
}

/** A document is named for the school itself («Приказ о внедрении …»), not as a share of schools. */
function schoolTitle(input: DocumentInput, key: KeyIndicator): string {
  if (key.kind !== 'school-share') return key.indicator.title;
  return indicatorById(input.catalogue, key.schoolValueId)?.title ?? key.indicator.title;
}

/** The table of deficits and measures, then the documents of their stages by name. */
function measures(rows: readonly LetterRow[]): Block[] {
  const table: TableBlock = {
    kind: 'table',
    widths: [0.24, 0.42, 0.2, 0.14],
    headerRows: 1,
    rows: [
      [...T.RECOMMENDATION_HEADERS],
      ...rows.map((row) => [deficitText(row), measureText(row), row.stage, row.term]),
    ],
  };
  const stages = stagesOf(rows).filter((stage) => T.STAGE_DOCUMENTS[stage] !== undefined);
  if (stages.length === 0) return [table];
  return [
    table,
    heading(2, T.STAGE_DOCUMENTS_HEADING),
    paragraph(T.STAGE_DOCUMENTS_INTRO),
    bulletList(stages.map((stage) => T.stageDocumentsItem(stageLabel(stage), T.STAGE_DOCUMENTS[stage]))),
  ];
}
