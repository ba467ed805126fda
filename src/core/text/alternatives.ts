/**
 * Alternatives written out (RUSSIAN.md § 4): no «/» between words and no «(ы)» — «пары/группы» reads
 * «пары (группы)», «Приказ(ы)» reads «Приказ (приказы)», as official texts write them («и (или)»).
 */

/**
 * Two Cyrillic words joined by «/», not inside an address or a path («сайт.рф/новости»), and not an
 * abbreviation of single letters («№ п/п», «м/с»); «и/или» reads «и (или)».
 */
const SLASHED = /(?<![\p{L}\p{N}./])([А-Яа-яЁё]{2,}|и)\/([А-Яа-яЁё]{2,})(?![\p{L}\p{N}/])/gu;
/**
 * A word with its plural ending in brackets, glued to it: «Приказ(ы)», «группа(ы)», «педагог(и)». Not an
 * abbreviation («КПК(и)»): its plural is not made by an ending.
 */
const ENDING = /(?<![\p{L}\p{N}])([А-ЯЁа-яё][а-яё]+)\(([ыиая])\)/gu;
/** A stem that loses its last letter before the ending: «группа(ы)» → «группы», «учитель(я)» → «учителя». */
const DROPPED = /[аяь]$/;
/**
 * A word whose plural is not a noun's ending added to it («наставляемого(ых)», «который(е)»): left as typed
 * rather than turned into a word that does not exist.
 */
const NOT_A_NOUN = /[оеёуыиэюй]$/;

function pluralOf(word: string, ending: string): string {
  const stem = DROPPED.test(word) ? word.slice(0, -1) : word;
  // «Приказ (приказы)»: a capital belongs to the start of a sentence, not to the word in brackets.
  const lower = /^\p{Lu}\p{Ll}*$/u.test(stem) ? stem.toLowerCase() : stem;
  return lower + ending;
}

export function writeOutAlternatives(text: string): string {
  return text
    .replace(ENDING, (match, word: string, ending: string) =>
      NOT_A_NOUN.test(word) ? match : `${word} (${pluralOf(word, ending)})`,
    )
    .replace(SLASHED, '$1 ($2)');
}
