/**
 * What the documents are made of: the summary result, the recommendation rows in force (with the
 * coordinator's edits), the parameters, and what the roster adds when there is one — the heads of
 * the schools (the letters' addressees) and the schools that did not submit data.
 */
import type { Catalogue } from '../catalogue/catalogue';
import { parameterText, type Parameters } from '../parameters/parameters';
import type { SummaryResult } from '../findings/analysis-result';
import { schoolKey } from '../text/school-name';

/** One recommendation as the letter prints it: the visible columns of «Рекомендации», as text. */
export interface LetterRow {
  readonly organization: string;
  readonly deficit: string;
  readonly figure: string;
  readonly text: string;
  readonly stage: string;
  readonly term: string;
}

export interface DocumentInput {
  readonly result: SummaryResult;
  /** The catalogue in force: the titles of the documents a school is asked about. */
  readonly catalogue: Catalogue;
  readonly parameters: Parameters;
  /** Rows of «Рекомендации» in force: edits kept, rows «устранено» left out. */
  readonly rows: readonly LetterRow[];
  /** The head of each school by its name (the letter's addressee), where the roster gives one. */
  readonly heads?: ReadonlyMap<string, string>;
  /** Schools on the roster: null (or absent) without a roster. */
  readonly rosterSize?: number | null;
  /** Schools on the roster that did not submit data («не представлены данные»). */
  readonly notSubmitted?: readonly string[];
  /** Date of generation as the adapter formats it, e.g. «02.12.2025». */
  readonly generatedAt: string;
}

export function municipalityOf(input: DocumentInput): string {
  return parameterText(input.parameters, 'municipality');
}

/** «Период» of «Параметры», else the period the school tabs give, else the placeholder. */
export function periodOf(input: DocumentInput): string {
  return input.parameters.period ?? input.result.period ?? parameterText(input.parameters, 'period');
}

export function headOf(input: DocumentInput, school: string): string | null {
  if (!input.heads) return null;
  const wanted = schoolKey(school);
  for (const [name, head] of input.heads)
    if (schoolKey(name) === wanted && head.trim() !== '') return head.trim();
  return null;
}
