/**
 * A name or a value in quotes as RUSSIAN.md wants them: «ёлочки» outside, „лапки“ inside —
 * «МБОУ „СОШ № 2“», never «МБОУ «СОШ № 2»» or straight quotes.
 */

/** The text with its own quotes turned into „лапки“, so it can stand inside «ёлочки». */
export function innerQuotes(text: string): string {
  let open = true;
  return text
    .replace(/«/g, '„')
    .replace(/»/g, '“')
    .replace(/"/g, () => {
      // Straight quotes come in pairs: the first of a pair opens, the second closes.
      const mark = open ? '„' : '“';
      open = !open;
      return mark;
    });
}

/** «text», with the text's own quotes nested. */
export function quote(text: string): string {
  return `«${innerQuotes(text)}»`;
}
