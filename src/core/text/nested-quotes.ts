/**
 * Quotes inside quotes as RUSSIAN.md § 4 wants them: «ёлочки» outside, „лапки“ inside — a sentence that puts a
 * school's name in quotes reads «лист «МБОУ „СОШ № 3“»», never «лист «МБОУ «СОШ № 3»»». Straight quotes "…"
 * of a user's text become «ёлочки» first.
 */

/** A straight quote opens at the start or after a space, a bracket, a dash or another quote; else it closes. */
const OPENS_AFTER = /[\s([{«„—–-]/;

function withoutStraightQuotes(text: string): string {
  if ((text.match(/"/g) ?? []).length % 2 !== 0) return text;
  return text.replace(/"/g, (_mark, at: number) => (at === 0 || OPENS_AFTER.test(text[at - 1]) ? '«' : '»'));
}

/**
 * The text with every «ёлочка» inside another turned into a „лапка“. A text whose «ёлочки» do not pair (a
 * name typed without its closing quote) is left as it is: guessing which quote is missing could only move
 * the mistake elsewhere.
 */
export function nestQuotes(text: string): string {
  const source = withoutStraightQuotes(text);
  let depth = 0;
  let result = '';
  for (const char of source) {
    if (char === '«') {
      depth += 1;
      result += depth > 1 ? '„' : '«';
    } else if (char === '»') {
      if (depth === 0) return text;
      result += depth > 1 ? '“' : '»';
      depth -= 1;
    } else result += char;
  }
  return depth === 0 ? result : text;
}
