/**
 * A name or a value in quotes as RUSSIAN.md § 4 wants them: «ёлочки» outside, „лапки“ inside —
 * «МБОУ „СОШ № 2“», never «МБОУ «СОШ № 2»» or straight quotes.
 */

/**
 * A straight quote opens at the start of the text or after a space, a bracket, a dash or another opening
 * quote; elsewhere it closes. Position, not alternation: «"А" и "Б"» and «"А"» inside «"Б "В""» both pair.
 */
const OPENS_AFTER = /[\s([{«„—–-]/;

/** The text with its own quotes turned into „лапки“, so it can stand inside «ёлочки». */
export function innerQuotes(text: string): string {
  return text
    .replace(/«/g, '„')
    .replace(/»/g, '“')
    .replace(/"/g, (_mark, at: number) => (at === 0 || OPENS_AFTER.test(text[at - 1]) ? '„' : '“'));
}

/** «text», with the text's own quotes nested. */
export function quote(text: string): string {
  return `«${innerQuotes(text)}»`;
}
