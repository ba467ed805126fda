/**
 * Text normalisation shared by every matcher (headers, forms of mentoring, school names, titles).
 * Matching always happens on normalised keys; the user's original text is kept for messages.
 */
import { isDate } from '../sheet/cell-value';
import { memoised } from './memoised';

const SPACES = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;
const DASHES = /[\u2010-\u2015\u2212\u00ad-]/g;
const QUOTES = /[«»„“”‟"'`´‘’‚‹›]/g;

/** Latin letters that look exactly like Cyrillic ones (upper and lower case). */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
  A: 'А',
  C: 'С',
  E: 'Е',
  O: 'О',
  P: 'Р',
  X: 'Х',
  Y: 'У',
  K: 'К',
  M: 'М',
  T: 'Т',
  H: 'Н',
  B: 'В',
};

/** Any cell value as trimmed text with collapsed spaces; `''` for empty cells. */
export function cellText(value: unknown): string {
  // Most cells are tidy already: a pass over the characters instead of a regex replace on every call.
  if (typeof value === 'string') return mayBeUntidy(value) ? value.replace(SPACES, ' ').trim() : value;
  if (value === null || value === undefined) return '';
  if (isDate(value)) return value.toISOString().slice(0, 10);
  return String(value).replace(SPACES, ' ').trim();
}

/** Collapse every kind of space and line break to one space, unify dashes to `-`, trim. */
export function squeeze(text: string): string {
  return text.replace(DASHES, '-').replace(SPACES, ' ').trim();
}

/** Replace Latin look-alikes inside words that are otherwise Cyrillic. */
export function fixLookAlikes(text: string): string {
  return text.replace(/[A-Za-z\u0400-\u04FF]+/g, (word) =>
    /[\u0400-\u04FF]/.test(word) ? word.replace(/[A-Za-z]/g, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch) : word,
  );
}

/**
 * Matching key: lower case, `ё`→`е`, no quotes, dashes as `-` with no spaces around,
 * collapsed spaces, Latin look-alikes in Cyrillic words replaced, trailing punctuation dropped.
 */
export function normaliseKey(value: unknown): string {
  return typeof value === 'string' ? normaliseTextKey(value) : keyOf(value);
}

const normaliseTextKey = memoised(keyOf);

function keyOf(value: unknown): string {
  return fixLookAlikes(squeeze(cellText(value)))
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(QUOTES, '')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,:;!?*]+$/u, '')
    .trim();
}

/** Whether `tidyCellText` may change the text; most cells are tidy, and a char loop is much cheaper than regexes on 10 000 rows. */
function mayBeUntidy(text: string): boolean {
  const last = text.length - 1;
  if (last < 0) return false;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(last) === 32) return true;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (text.charCodeAt(i + 1) === 32) return true;
    } else if (
      code < 32 ||
      code === 0xa0 ||
      code === 0x2007 ||
      code === 0x202f ||
      code === 0x200b ||
      code === 0xfeff
    ) {
      return true;
    }
  }
  return false;
}

/**
 * A multi-line cell as it should be typed: spaces inside each line collapsed (incl. no-break
 * spaces and tabs), lines trimmed, blank lines at the start and end dropped. Line breaks inside
 * are kept: they separate people in a list.
 */
export function tidyCellText(text: string): string {
  if (!mayBeUntidy(text)) return text;
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t\u00a0\u2007\u202f\u200b\ufeff]+/g, ' ').trim());
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end).join('\n');
}
