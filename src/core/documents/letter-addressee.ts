/**
 * Whom a letter is addressed to (RUSSIAN.md § 6, docs/domain.md#algorithm): «Директору МБОУ «СОШ № 3»
 * Сорокину П. И.» and «Уважаемый Павел Ильич!». The head's name comes from «Руководитель» of «Список ОО»;
 * the gender is read from the patronymic only (-ич, -вна/-чна, «оглы»/«кызы»), and the surname is declined by
 * `petrovich`. A name that is missing or not a full ФИО gets a visible placeholder and a neutral salutation:
 * a wrong declension in a letter to a head is worse than a blank to fill (docs/decisions.md#letters-to-schools).
 */
import petrovich from 'petrovich';
import * as T from './messages';

export type Gender = 'male' | 'female';

export interface HeadName {
  readonly last: string;
  readonly first: string;
  /** With «оглы» / «кызы» where the name has it. */
  readonly middle: string;
  readonly gender: Gender;
}

export interface Addressee {
  /** The lines of the addressee block, right-aligned in the letter. */
  readonly lines: readonly string[];
  readonly salutation: string;
}

/** A name part: a capital and small letters, maybe doubled with a hyphen («Салтыков-Щедрин»). */
const PART = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*$/;
/** «оглы» (son of), «кызы» / «гызы» (daughter of) after a Turkic father's name. */
const TURKIC: Readonly<Record<string, Gender>> = {
  оглы: 'male',
  улы: 'male',
  кызы: 'female',
  гызы: 'female',
};

function genderOfPatronymic(middle: string): Gender | null {
  if (/ич$/.test(middle)) return 'male';
  if (/(?:вна|чна)$/.test(middle)) return 'female';
  return null;
}

/** «Сорокин Павел Ильич» → its parts and gender; null when it is not a full ФИО. */
export function parseHeadName(text: string): HeadName | null {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length === 4) {
    const gender = TURKIC[words[3].toLowerCase()];
    if (gender === undefined || !words.slice(0, 3).every((word) => PART.test(word))) return null;
    return { last: words[0], first: words[1], middle: `${words[2]} ${words[3].toLowerCase()}`, gender };
  }
  if (words.length !== 3 || !words.every((word) => PART.test(word))) return null;
  const gender = genderOfPatronymic(words[2]);
  if (gender === null) return null;
  return { last: words[0], first: words[1], middle: words[2], gender };
}

/** «Сорокину П. И.»: the surname in the dative, then the initials. */
export function dativeWithInitials(name: HeadName): string {
  const initials = [name.first, name.middle].map((part) => `${part[0]}.`).join(' ');
  return `${petrovich[name.gender].last.dative(name.last)} ${initials}`;
}

/** A school named by an abbreviation («МБОУ «СОШ № 3»») reads after «Директору» without declension. */
function isAbbreviated(school: string): boolean {
  return /^[А-ЯЁ]{2,}\s/.test(school.trim());
}

/** Adjectives of a legal form in the genitive: «муниципального бюджетного», «государственной казённой». */
const ADJECTIVE_GENITIVE: readonly (readonly [RegExp, string])[] = [
  [/ое$/, 'ого'],
  [/ая$/, 'ой'],
];
/** The nouns a full name of a school ends its legal form with, in the genitive. */
const NOUN_GENITIVE: Readonly<Record<string, string>> = {
  учреждение: 'учреждения',
  организация: 'организации',
};

/**
 * «Муниципальное бюджетное общеобразовательное учреждение «…»» → «муниципального бюджетного
 * общеобразовательного учреждения «…»», as «Директору» needs; null for any name not of that shape,
 * which then keeps its nominative (a wrong case is worse than none).
 */
export function genitiveOfFullName(school: string): string | null {
  const quote = school.indexOf('«');
  if (quote <= 0) return null;
  const words = school.slice(0, quote).trim().toLowerCase().split(/\s+/);
  const noun = NOUN_GENITIVE[words.at(-1) ?? ''];
  if (noun === undefined) return null;
  const adjectives = words.slice(0, -1).map((word) => {
    const rule = ADJECTIVE_GENITIVE.find(([ending]) => ending.test(word));
    return rule === undefined ? null : word.replace(rule[0], rule[1]);
  });
  if (adjectives.some((word) => word === null)) return null;
  return `${[...adjectives, noun].join(' ')} ${school.slice(quote).trim()}`;
}

export function addresseeOf(school: string, head: string | null): Addressee {
  const name = head === null ? null : parseHeadName(head);
  const genitive = isAbbreviated(school) ? null : genitiveOfFullName(school);
  return {
    lines: [
      T.addresseeSchool(genitive ?? school, genitive !== null || isAbbreviated(school)),
      name === null ? T.HEAD_PLACEHOLDER : dativeWithInitials(name),
    ],
    salutation:
      name === null ? T.NEUTRAL_SALUTATION : T.salutation(name.gender, `${name.first} ${name.middle}`),
  };
}
