/**
 * A sentence or a cell of a document a head signs, in the house style (RUSSIAN.md §§ 2, 4): one percent style,
 * small counts of times in words, alternatives written out, „лапки“ inside «ёлочек», and no-break spaces
 * where a line must not break. Every step leaves a text that is already right as it is, so it is safe on
 * names, cell addresses and dates, and running it twice changes nothing.
 */
import { writeOutAlternatives } from './alternatives';
import { nestQuotes } from './nested-quotes';
import { smallNumbersInWords } from './small-numbers';
import { typeset, wholePercents } from './typography';

export function documentText(text: string): string {
  return typeset(nestQuotes(writeOutAlternatives(smallNumbersInWords(wholePercents(text)))));
}
