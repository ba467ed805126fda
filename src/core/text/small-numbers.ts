/**
 * Numbers from one to nine without a unit are words in a sentence (RUSSIAN.md § 2): a catalogue title
 * «не реже 1 раза в месяц» reads «не реже одного раза в месяц» in a document. Only counts of times after
 * «не реже», «не чаще», «не менее», «не более» are rewritten: there the case (genitive) is known.
 */

const GENITIVE = ['', 'одного', 'двух', 'трёх', 'четырёх', 'пяти', 'шести', 'семи', 'восьми', 'девяти'];

const TIMES =
  /(?<=(?:^|[^\p{L}])[Нн]е[ \u00a0](?:реже|чаще|менее|более)[ \u00a0])([1-9])[ \u00a0]раза?(?![\p{L}\p{N}])/gu;

export function smallNumbersInWords(text: string): string {
  return text.replace(
    TIMES,
    (_match, digit: string) => `${GENITIVE[Number(digit)]} ${digit === '1' ? 'раза' : 'раз'}`,
  );
}
