/**
 * The letters cut into documents Google Docs can hold. A Google Doc holds at most 1 020 000
 * characters (Google Drive Help, «Files you can store in Google Drive»); 300 letters take about
 * 825 000, so a large municipality's letters go into several documents, «… (часть 1 из 2)», each
 * whole letters only. The budget leaves room for what Google counts beyond the text.
 */
import { plainText } from '../core/documents/doc-model';
import type { SchoolLetter } from '../core/documents/documents';
import { DOCUMENT_MESSAGES } from './messages';

/** Characters of letters one document takes at most. */
export const LETTERS_BUDGET = 950_000;

export interface LettersPart {
  /** The document's name: the letters' book name, with the part when there are several. */
  readonly name: string;
  /** Which of the period's documents this is, for document-slot.ts: 'letters', 'letters-2', … */
  readonly kind: string;
  readonly letters: readonly SchoolLetter[];
}

function letterCharacters(letter: SchoolLetter): number {
  // One more for the page break that starts every letter but the first.
  return plainText(letter.model).length + 1;
}

export function lettersParts(
  bookName: string,
  letters: readonly SchoolLetter[],
  budget = LETTERS_BUDGET,
): LettersPart[] {
  const groups: SchoolLetter[][] = [[]];
  let used = 0;
  for (const letter of letters) {
    const size = letterCharacters(letter);
    const current = groups[groups.length - 1];
    if (current.length > 0 && used + size > budget) {
      groups.push([letter]);
      used = size;
    } else {
      current.push(letter);
      used += size;
    }
  }
  return groups.map((group, i) => ({
    name: groups.length === 1 ? bookName : DOCUMENT_MESSAGES.partName(bookName, i + 1, groups.length),
    kind: i === 0 ? 'letters' : `letters-${i + 1}`,
    letters: group,
  }));
}
