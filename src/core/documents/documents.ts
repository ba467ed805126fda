/**
 * The three documents of one run (docs/domain.md#documents): the internal report, the report for publication,
 * and one letter per school — every school that submitted data and every school of the roster that did not,
 * in alphabetical order. The Google Docs adapter binds the letters into one document with a page break
 * between schools (`lettersBook`); the command line writes one file each.
 */
import { byName } from '../indicators/aggregate';
import { schoolKey } from '../text/school-name';
import { buildAnalyticalReport } from './analytical-report';
import { PAGE_BREAK, type Block, type DocModel } from './doc-model';
import { municipalityOf, periodOf, type DocumentInput } from './document-input';
import { LETTERS_NAME } from './messages';
import { REGIONAL_REPORT_WORDS } from './regional-report-words';
import { buildNotSubmittedLetter, buildSchoolLetter } from './school-letter';

export interface SchoolLetter {
  readonly school: string;
  readonly model: DocModel;
}

export interface Documents {
  readonly report: DocModel;
  readonly publicReport: DocModel;
  readonly letters: readonly SchoolLetter[];
}

export function buildDocuments(input: DocumentInput): Documents {
  const submitted = new Set(input.result.organizations.map((org) => schoolKey(org.name)));
  const letters: SchoolLetter[] = [
    ...input.result.organizations.map((org) => ({ school: org.name, model: buildSchoolLetter(input, org) })),
    ...(input.notSubmitted ?? [])
      .filter((school) => !submitted.has(schoolKey(school)))
      .map((school) => ({ school, model: buildNotSubmittedLetter(input, school) })),
  ].sort((a, b) => byName(a.school, b.school));
  return {
    report: buildAnalyticalReport(input, 'internal'),
    publicReport: buildAnalyticalReport(input, 'public'),
    letters,
  };
}

/** «Адресные рекомендации — <муниципалитет>, <период>»: the name of the document with every letter. */
export function lettersBookName(input: DocumentInput): string {
  return `${LETTERS_NAME} — ${municipalityOf(input)}, ${periodOf(input)}`;
}

/** Every letter in one document, each starting on a new page with its own heading. */
export function lettersBook(input: DocumentInput, letters: readonly SchoolLetter[]): DocModel {
  const blocks: Block[] = [];
  letters.forEach((letter, i) => {
    if (i > 0) blocks.push(PAGE_BREAK);
    blocks.push(...letter.model.blocks);
  });
  return { name: lettersBookName(input), blocks };
}

/**
 * The regional report and its public version (the roll-up of docs/domain.md#long-format): letters go to
 * schools from their municipality's report.
 */
export function buildRegionalDocuments(input: DocumentInput): Documents {
  return {
    report: buildAnalyticalReport(input, 'internal', REGIONAL_REPORT_WORDS),
    publicReport: buildAnalyticalReport(input, 'public', REGIONAL_REPORT_WORDS),
    letters: [],
  };
}
