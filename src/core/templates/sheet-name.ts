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

/** The name with the characters a tab name cannot hold replaced by spaces and edge apostrophes dropped. */
export function cleanSheetName(name: string): string {
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

/** How many «ёлочки» are open at the end of the text. */
function openQuotes(text: string): number {
  return (text.match(/«/g) ?? []).length - (text.match(/»/g) ?? []).length;
}

/** Cut to `limit` characters with every quote opened in what is kept closed again. */
function cutClosed(text: string, limit: number): string {
  for (let room = limit; room > 0; room--) {
    const head = cut(text, room).replace(/[\s,.;—-]+$/u, '');
    const open = Math.max(0, openQuotes(head));
    if (head.length + open <= limit) return head + '»'.repeat(open);
  }
  return cut(text, limit);
}

/** What an official name can lose and still be told apart: «им. А. С. Пушкина». */
const HONORIFIC = /\s+им\.\s[^«»]*?(?=»|$)/u;

/**
 * A name of at most `limit` characters: long official words shortened, then the honorific dropped,
 * and only then cut at a word — never leaving a quote open («МБОУ «СОШ № 2»», not
 * «МБОУ «СОШ № 2 им. А. С.»).
 */
function shortName(name: string, limit: number): string {
  if (name.length <= limit) return name;
  const short = abbreviate(name);
  if (short.length <= limit) return short;
  return cutClosed(short.replace(HONORIFIC, '').trim(), limit);
}

/** A valid tab name for `name` that is not in `taken` (compared case-insensitively); null for an empty name. */
export function sheetNameFor(name: string, taken: readonly string[]): string | null {
  const cleaned = cleanSheetName(name);
  if (cleaned === '') return null;
  const used = new Set([...taken.map((t) => t.toLowerCase()), RESERVED]);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = shortName(cleaned, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
