/**
 * The letters cut into Google Docs (docs/decisions.md#documents-through-drive): at most
 * LETTERS_PER_DOCUMENT letters a document, in the order of the schools, and never more characters
 * than a Google Doc holds — at most 1 020 000 (Google Drive Help, «Files you can store in Google
 * Drive»; 300 letters take about 825 000). Each part holds whole letters only, a page per letter,
 * and is named «… (часть 1 из 6)» when there are several.
 */
import { PAGE_BREAK, plainText, type Block, type DocModel } from '../core/documents/doc-model';
import type { SchoolLetter } from '../core/documents/documents';
import { DOCUMENT_MESSAGES } from './document-messages';

/** Characters of letters one document takes at most: room is left for what Google counts beyond the text. */
export const LETTERS_BUDGET = 950_000;

/**
 * Letters a document holds at most. Fifty keep 300 schools to six documents of letters, eight
 * documents a run with the two reports — far from the 250 documents Google lets an ordinary
 * account create a day — each converted by Drive in one call, and a part small enough to print,
 * read through or send on.
 */
export const LETTERS_PER_DOCUMENT = 50;

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
    if (current.length > 0 && (used + size > budget || current.length === LETTERS_PER_DOCUMENT)) {
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

/** A part as one document: its letters one after another, each from a new page. */
export function partModel(part: LettersPart): DocModel {
  const blocks: Block[] = [];
  part.letters.forEach((letter, i) => {
    if (i > 0) blocks.push(PAGE_BREAK);
    blocks.push(...letter.model.blocks);
  });
  return { name: part.name, blocks };
}
