/**
 * Alternatives written out (RUSSIAN.md § 4): no «/» between words and no «(ы)» — «пары/группы» reads
 * «пары (группы)», «Приказ(ы)» reads «Приказ (приказы)», as official texts write them («и (или)»).
 */

/** Two Cyrillic words joined by «/», not inside an address or a path («сайт.рф/новости»). */
const SLASHED = /(?<![\p{L}\p{N}./])([А-Яа-яЁё]+)\/([А-Яа-яЁё]+)(?![\p{L}\p{N}/])/gu;
/**
 * A word with its plural ending in brackets, glued to it: «Приказ(ы)», «группа(ы)», «педагог(и)». Not an
 * abbreviation («КПК(и)»): its plural is not made by an ending.
 */
const ENDING = /(?<![\p{L}\p{N}])([А-ЯЁа-яё][а-яё]+)\(([а-яё]{1,2})\)/gu;
/** A stem that loses its last letter before a vowel ending: «группа(ы)» → «группы», «учитель(я)» → «учителя». */
const DROPPED = /[аяоеьй]$/;

function pluralOf(word: string, ending: string): string {
  const stem = DROPPED.test(word) && /^[аяыиоеу]/.test(ending) ? word.slice(0, -1) : word;
  // «Приказ (приказы)»: a capital belongs to the start of a sentence, not to the word in brackets.
  const lower = /^\p{Lu}\p{Ll}*$/u.test(stem) ? stem.toLowerCase() : stem;
  return lower + ending;
}

export function writeOutAlternatives(text: string): string {
  return text
    .replace(ENDING, (_match, word: string, ending: string) => `${word} (${pluralOf(word, ending)})`)
    .replace(SLASHED, '$1 ($2)');
}
