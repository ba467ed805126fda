/**
 * Tab names that open everywhere: Excel allows at most 31 characters (Google Sheets 100), none of
 * `[ ] * ? / \ :`, no apostrophe at either end, and no two names that differ only in case.
 */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]*?/\\:]/g;
/** Excel keeps this name for its change history. */
const RESERVED = 'history';

/** Long official words shortened the way schools shorten them themselves, used only when a name is too long. */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/муниципальное\s+бюджетное\s+общеобразовательное\s+учреждение/giu, 'МБОУ'],
  [/муниципальное\s+каз[её]нное\s+общеобразовательное\s+учреждение/giu, 'МКОУ'],
  [/муниципальное\s+автономное\s+общеобразовательное\s+учреждение/giu, 'МАОУ'],
  [/средняя\s+общеобразовательная\s+школа/giu, 'СОШ'],
  [/основная\s+общеобразовательная\s+школа/giu, 'ООШ'],
  [/начальная\s+общеобразовательная\s+школа/giu, 'НОШ'],
  [/(^|\s)имени(?=\s)/giu, '$1им.'],
];

function abbreviate(name: string): string {
  return ABBREVIATIONS.reduce((text, [pattern, short]) => text.replace(pattern, short), name);
}

function clean(name: string): string {
  return name
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
}

/** Cut to `limit` characters, at a space when one is near the end (a cut word reads worse than a lost one). */
function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit);
  const space = head.lastIndexOf(' ');
  return (space >= limit - 8 ? head.slice(0, space) : head).trim();
}

/** A valid tab name for `name` that is not in `taken` (compared case-insensitively); null for an empty name. */
export function sheetNameFor(name: string, taken: readonly string[]): string | null {
  const cleaned = clean(name);
  if (cleaned === '') return null;
  const base = cleaned.length > MAX_SHEET_NAME ? abbreviate(cleaned) : cleaned;
  const used = new Set([...taken.map((t) => t.toLowerCase()), RESERVED]);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
