/**
 * Russian typography of generated text (RUSSIAN.md § 4): a no-break space (U+00A0) where a line must not
 * break — «№ 5», «5 ОО», «100 %», «2027 г.», «М. А. Иванова», «т. п.», «г. Ижевск», «1 020 000» — and one
 * percent style per document (RUSSIAN.md § 2).
 *
 * `typeset` only turns the spaces of these places into one no-break space: it never adds, removes or moves
 * anything else, so it is safe on any text (names, e-mails, dates «01.02.2027», codes «1.10») and running it
 * twice changes nothing. Every rule looks at the characters around a space without taking them, so
 * neighbouring places («М. А. Иванова», «1 020 000») are all found in one pass.
 */
import { formatPercent } from '../format/percent';
import { NBSP } from '../format/number';

/** A run of spaces, ordinary or no-break, between two parts that belong together. */
const GAP = '[ \\u00a0]+';
/** Not preceded by a letter or a digit: the start of a word. */
const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or a digit: the end of a word. */
const WORD_END = '(?![\\p{L}\\p{N}])';

/** Units and words that stay on the line of the number before them. */
const UNITS = [
  '%',
  '‰',
  'ОО',
  'чел\\.',
  'г\\.',
  'гг\\.',
  'год',
  'года',
  'лет',
  'мес\\.',
  'дн\\.',
  'п\\.[ \\u00a0]?п\\.',
  'руб\\.',
  'тыс\\.',
  'млн',
  'млрд',
];

/** Abbreviations bound to the word or number after them: «г. Ижевск», «ул. Горького», «ст. 112». */
const BEFORE_WORD = ['г', 'с', 'ул', 'пос', 'д', 'п', 'ст', 'ч', 'гл', 'им', 'рис', 'табл', 'стр', 'см'];

/** Each rule: the text left of the gap (lookbehind) and right of it (lookahead). */
const RULES: readonly RegExp[] = [
  // «№ 5», «§ 6».
  new RegExp(`(?<=[№§])${GAP}(?=\\p{N})`, 'gu'),
  // «5 ОО», «100 %», «2027 г.», «10–19 лет».
  new RegExp(`(?<=\\p{N})${GAP}(?=(?:${UNITS.join('|')})(?:${WORD_END}|(?<=\\.)))`, 'gu'),
  // Thousands: «1 020 000» (a group of three digits after one of one to three, not after a decimal part).
  new RegExp(`(?<=(?<![\\p{N},.])\\p{N}{1,3}(?:${GAP}\\p{N}{3})*)${GAP}(?=\\p{N}{3}(?!\\p{N}))`, 'gu'),
  // Initials before a surname: «М. А. Иванова», and the second initial: «М. А.».
  new RegExp(`(?<=${WORD_START}\\p{Lu}\\.)${GAP}(?=\\p{Lu}\\.|\\p{Lu}\\p{Ll})`, 'gu'),
  // A surname before its initials: «Сорокину П. И.».
  new RegExp(`(?<=\\p{Lu}\\p{Ll}+)${GAP}(?=\\p{Lu}\\.${GAP}?\\p{Lu}\\.)`, 'gu'),
  // «т. п.», «т. е.», «т. д.», «и. о.», «п. п.».
  new RegExp(`(?<=${WORD_START}[тип]\\.)${GAP}(?=[пдеко]\\.${WORD_END})`, 'gu'),
  // «г. Ижевск», «с. Усть-Ишим», «ст. 112»; not «2026 г. Представить», where «г.» ends a date.
  new RegExp(
    `(?<=(?<!\\p{N}${GAP})${WORD_START}(?:${BEFORE_WORD.join('|')})\\.)${GAP}(?=[\\p{Lu}\\p{N}])`,
    'gu',
  ),
];

/** The text with a no-break space wherever RUSSIAN.md § 4 wants one; idempotent. */
export function typeset(text: string): string {
  return RULES.reduce((result, rule) => result.replace(rule, NBSP), text);
}

/**
 * One percent style for a document (docs/decisions.md, «Terms and typography»): a whole percent reads
 * «70 %», any other one decimal «18,4 %» — in the text and in the table alike — always with a no-break
 * space. `digits` fixes the decimals where a column must show them all the same.
 */
export function percent(fraction: number, digits: number = percentDigits(fraction)): string {
  return formatPercent(fraction, digits);
}

/** 0 for a percent that is whole once rounded to one decimal («70 %», «100 %»), else 1 («18,4 %»). */
export function percentDigits(fraction: number): number {
  return Number.isInteger(Math.round(fraction * 1000) / 10) ? 0 : 1;
}

/**
 * A text in the document's percent style: «100,0 %» and «70,0 %» read «100 %» and «70 %», as `percent` writes
 * them — a figure a coordinator typed in «Рекомендации» agrees with the table beside it. «18,4 %» and
 * «10,05 %» are kept.
 */
export function wholePercents(text: string): string {
  return text.replace(/(?<=\d),0(?=[ \u00a0]?%)/g, '');
}
