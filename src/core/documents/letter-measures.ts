/**
 * A row of «Рекомендации» as the letter's table says it (RUSSIAN.md § 6): value and target in a sentence
 * («58,8 % при целевом значении 70 %»), never «нет / да» or «a / b»; a figure the recommendation already
 * states is not said twice; the list of errors, given whole in the appendix, is not repeated in the row.
 */
import { BUILTIN_TEMPLATES, DATA_ERRORS_CODE, PLAN_CORRECTION_CODE } from '../recommendations/templates';
import { stageNumber } from '../recommendations/stages';
import type { LetterRow } from './document-input';
import * as T from './messages';

/** «нет / да» and «0 / не менее 1»: what the deficit «Нет приказа …» already says. */
const SAID_BY_DEFICIT: readonly RegExp[] = [/^нет \/ да$/i, /^\S+ \/ не менее 1$/i];

const deficitOf = (code: string) => BUILTIN_TEMPLATES.find((template) => template.code === code)?.deficit;
const PLAN_CORRECTION = deficitOf(PLAN_CORRECTION_CODE);
const DATA_ERRORS = deficitOf(DATA_ERRORS_CODE);

/** The numbers a text says, «5», «58,8», «2 486» alike. */
function numbersIn(text: string): Set<string> {
  return new Set(
    text.match(/\d+(?:[\s\u00a0]\d{3})*(?:,\d+)?/g)?.map((n) => n.replace(/[\s\u00a0]/g, '')) ?? [],
  );
}

/** A figure whose every number the recommendation's text already gives («в базе — 5 наставников»). */
function saidByText(part: string, text: string): boolean {
  if (text.includes(part)) return true;
  const said = numbersIn(text);
  const own = [...numbersIn(part)];
  return own.length > 0 && own.every((n) => said.has(n));
}

/** One part of a figure in words; '' when the deficit says it already. */
function figurePart(part: string): string {
  if (SAID_BY_DEFICIT.some((pattern) => pattern.test(part))) return '';
  const pair = /^(.+?) \/ (.+)$/.exec(part);
  return pair === null ? part : T.valueAtTarget(pair[1], pair[2]);
}

export function deficitText(row: LetterRow): string {
  if (PLAN_CORRECTION !== undefined && row.deficit === PLAN_CORRECTION) return T.PLAN_CORRECTION_DEFICIT;
  const parts = row.figure
    .split(';')
    .map((part) => figurePart(part.trim()))
    .filter((part) => part !== '' && !saidByText(part, row.text));
  return parts.length === 0 ? row.deficit : `${row.deficit} (${parts.join('; ')})`;
}

/** «Ошибка:», «Ошибки:» or «Ошибки (перечислены первые 10 из 12):», then lines «— «лист»!E7 …». */
const ERROR_LIST_HEADING = /^Ошибк[аи](?: \(.*\))?:$/;

/** The recommendation without the list of errors it carries on the sheet: the appendix gives them. */
export function measureText(row: LetterRow): string {
  const lines = row.text.split('\n');
  const start = lines.findIndex((line) => ERROR_LIST_HEADING.test(line.trim()));
  if (start < 0) return row.text;
  const rest = lines.slice(start + 1).filter((line) => !line.trim().startsWith('—'));
  return [...lines.slice(0, start), T.ERRORS_IN_APPENDIX, ...rest].join('\n');
}

/**
 * The row asking to correct the errors in the school's data: the letter's appendix gives them with their cells
 * and the term, so the table of deficits does not say it a second time.
 */
export function isDataErrorsRow(row: LetterRow): boolean {
  if (DATA_ERRORS !== undefined && row.deficit.startsWith(DATA_ERRORS)) return true;
  return row.text.split('\n').some((line) => ERROR_LIST_HEADING.test(line.trim()));
}

/** The stages of the rows, in order, each once. */
export function stagesOf(rows: readonly LetterRow[]): number[] {
  const stages = new Set<number>();
  for (const row of rows) {
    const stage = stageNumber(row.stage);
    if (stage !== null) stages.add(stage);
  }
  return [...stages].sort((a, b) => a - b);
}
