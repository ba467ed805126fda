/**
 * Reading one value cell of a school tab (docs/domain.md#school-tab). Every case here comes from real forms:
 * counts typed as text with spaces or `,0`, flags as «да»/«есть»/«+» or a link to the document,
 * percents as 35, «35 %» or 0.35 in a %-formatted cell. Errors are never read as zeros.
 */
import { isEmptyCell, isErrorValue } from '../sheet/cell-value';
import type { IssueCode } from '../issues/issue';
import type { IndicatorType } from '../findings/analysis-result';
import { cellText } from '../text/normalise';
import { digitLookalike, type DigitLookalike } from './digit-lookalike';

/** What is wrong with a value; messages.ts turns it into a Russian issue. */
export type ValueProblem =
  | 'required'
  | 'formula-error'
  | 'not-number'
  | 'not-integer'
  | 'negative'
  | 'flag'
  | 'percent-range'
  | 'percent-ambiguous'
  | 'annotated'
  | 'letter-for-digit';

/** The rule each problem breaks; its severity is the rule's (only an ambiguous percent is a warning). */
export const VALUE_PROBLEM_CODES: Readonly<Record<ValueProblem, IssueCode>> = {
  required: 'cell/required',
  'formula-error': 'cell/formula-error',
  'not-number': 'cell/type',
  'not-integer': 'value/not-integer',
  negative: 'value/negative',
  flag: 'value/flag',
  'percent-range': 'value/percent-range',
  'percent-ambiguous': 'value/percent-ambiguous',
  annotated: 'value/annotated',
  'letter-for-digit': 'value/letter-for-digit',
};

/** Problems that leave the value read (warnings); every other one makes it invalid. */
export const VALUE_KEPT: ReadonlySet<ValueProblem> = new Set<ValueProblem>([
  'percent-ambiguous',
  'annotated',
]);

export interface ParsedValue {
  /** Counts as numbers, flags as 0/1, percents as fractions (35 % → 0.35); null when empty or invalid. */
  readonly value: number | null;
  /** A link found in a flag cell: the document that proves the flag. */
  readonly evidence?: string;
  /** Absent when the value is fine. `percent-ambiguous` and `annotated` keep the value (warnings). */
  readonly problem?: ValueProblem;
  /** For `letter-for-digit`: the letters typed for digits and the number meant. */
  readonly lookalike?: DigitLookalike;
}

export interface ValueContext {
  readonly required: boolean;
  /** The cell's number format contains `%` (getValues() then gives 0.35 for 35 %). */
  readonly percentFormatted: boolean;
}

const SPACES_IN_NUMBER = /[\s\u00a0\u2007\u202f\u2009]/g;
const NUMBER_TEXT = /^[+\-−]?\d+(?:[.,]\d+)?$/;
const URL_IN_TEXT = /(?:https?:\/\/|www\.)[^\s"'«»<>]+/i;

const FLAG_WORDS: Readonly<Record<string, number>> = {
  '1': 1,
  да: 1,
  есть: 1,
  имеется: 1,
  '+': 1,
  true: 1,
  истина: 1,
  '0': 0,
  нет: 0,
  'не имеется': 0,
  отсутствует: 0,
  '-': 0,
  '−': 0,
  '–': 0,
  '—': 0,
  false: 0,
  ложь: 0,
};

/** `'1 234'`, `'12,0'`, `'−3'` → number; null when the text is not a plain number. */
export function numberFromText(text: string): number | null {
  const compact = text.replace(SPACES_IN_NUMBER, '');
  if (!NUMBER_TEXT.test(compact)) return null;
  return Number(compact.replace('−', '-').replace(',', '.'));
}

/** The first web link in a text (real forms put the link to the document in the cell), without trailing punctuation. */
export function linkIn(text: string): string | undefined {
  return URL_IN_TEXT.exec(text)?.[0].replace(/[.,;:)]+$/, '');
}

export function parseValue(raw: unknown, type: IndicatorType, context: ValueContext): ParsedValue {
  if (isErrorValue(raw)) return { value: null, problem: 'formula-error' };
  if (isEmptyCell(raw) || (typeof raw === 'string' && cellText(raw) === '')) {
    return context.required ? { value: null, problem: 'required' } : { value: null };
  }
  switch (type) {
    case 'flag':
      return parseFlag(raw);
    case 'percent':
      return parsePercent(raw, context.percentFormatted);
    default:
      return parseCount(raw);
  }
}

/**
 * «5 чел.», «12 человек», «3 ед.», «2 шт.», «4 программы»: a count followed by its unit or a word.
 * The number must come first and stand alone; «около 5» or «5–6» stay errors.
 */
const ANNOTATED_COUNT = /^([+\-−]?\d[\d\s\u00a0]*(?:[.,]\d+)?)\s*[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё.\s]*$/;

/**
 * A number with letters typed for digits («3O», «l5 %»): an error, never a value with a note.
 * `read` says whether the corrected text is a number of the indicator's kind.
 */
function mistyped(text: string, read: (corrected: string) => boolean): ParsedValue | null {
  const lookalike = digitLookalike(text);
  return lookalike !== null && read(lookalike.corrected)
    ? { value: null, problem: 'letter-for-digit', lookalike }
    : null;
}

function parseCount(raw: unknown): ParsedValue {
  const text = typeof raw === 'string' ? cellText(raw) : '';
  let n = typeof raw === 'number' ? raw : typeof raw === 'string' ? numberFromText(text) : null;
  let annotated = false;
  if (n === null && typeof raw === 'string') {
    const letters = mistyped(text, (corrected) => numberFromText(corrected) !== null);
    if (letters) return letters;
    const match = ANNOTATED_COUNT.exec(text);
    n = match ? numberFromText(match[1]) : null;
    annotated = n !== null;
  }
  if (n === null || !Number.isFinite(n)) return { value: null, problem: 'not-number' };
  if (n < 0) return { value: null, problem: 'negative' };
  if (!Number.isInteger(n)) return { value: null, problem: 'not-integer' };
  return annotated ? { value: n, problem: 'annotated' } : { value: n };
}

function parseFlag(raw: unknown): ParsedValue {
  if (typeof raw === 'boolean') return { value: raw ? 1 : 0 };
  if (typeof raw === 'number')
    return raw === 1 || raw === 0 ? { value: raw } : { value: null, problem: 'flag' };
  if (typeof raw !== 'string') return { value: null, problem: 'flag' };
  const text = cellText(raw);
  const link = linkIn(text);
  if (link !== undefined) {
    // A link is the document itself; words around it («есть — ссылка …») are a note to move out.
    const rest = text.replace(URL_IN_TEXT, '').replace(/[\s,;:()«»"'.—–-]+/g, '');
    return rest === '' ? { value: 1, evidence: link } : { value: 1, evidence: link, problem: 'annotated' };
  }
  const word = flagWord(text);
  if (word !== undefined) return { value: word };
  // «да (приказ № 112 от 02.09.2025)», «да, на сайте», «есть — ссылка …»: the first word is the answer.
  const first = /^([^\s,;:(—–-]+)\s*[,;:(—–-]\s*\S/.exec(text) ?? /^([^\s,;:(—–-]+)\s+\S/.exec(text);
  const annotated = first ? flagWord(first[1]) : undefined;
  return annotated === undefined
    ? { value: null, problem: 'flag' }
    : { value: annotated, problem: 'annotated' };
}

function flagKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.!]+$/, '');
}

/** The 1 or 0 a word means; own keys only, so «__proto__» typed in a cell is no answer. */
function flagWord(text: string): number | undefined {
  const key = flagKey(text);
  return Object.prototype.hasOwnProperty.call(FLAG_WORDS, key) ? FLAG_WORDS[key] : undefined;
}

function parsePercent(raw: unknown, percentFormatted: boolean): ParsedValue {
  let fraction: number;
  let ambiguous = false;
  if (typeof raw === 'number' && percentFormatted) fraction = raw;
  else {
    const read =
      typeof raw === 'number'
        ? { n: raw, sign: false }
        : typeof raw === 'string'
          ? percentText(cellText(raw))
          : null;
    if (read === null && typeof raw === 'string') {
      const letters = mistyped(cellText(raw), (corrected) => percentText(corrected) !== null);
      if (letters) return letters;
    }
    if (read === null || !Number.isFinite(read.n)) return { value: null, problem: 'not-number' };
    // 0.35 typed without a % sign or format: 35 % or 0.35 %? Read as 35 % and ask to check.
    ambiguous = !read.sign && read.n > 0 && read.n <= 1;
    fraction = ambiguous ? read.n : read.n / 100;
  }
  if (!Number.isFinite(fraction)) return { value: null, problem: 'not-number' };
  if (fraction < 0 || fraction > 1) return { value: null, problem: 'percent-range' };
  return ambiguous ? { value: fraction, problem: 'percent-ambiguous' } : { value: fraction };
}

/** `'35 %'` → 35 with a sign; `'35'` → 35 without; null when not a number. */
function percentText(text: string): { n: number; sign: boolean } | null {
  const signed = /^(.*?)\s*%$/.exec(text);
  const n = numberFromText(signed ? signed[1] : text);
  return n === null ? null : { n, sign: signed !== null };
}
