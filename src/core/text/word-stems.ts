/**
 * Content words of a title reduced to their stems, so that wordings of one indicator written by
 * different municipalities compare: «Количество педагогов, участвующих в программах наставничества
 * в роли наставника» and «Педагоги в роли наставника» share «педагог», «рол», «наставник».
 * Function words, the words every indicator starts with («количество», «наличие») and units
 * (docs/domain.md#school-tab: «чел.», «ед.», «шт», «да/нет») carry no meaning for matching and are left out.
 */
import { memoised } from './memoised';
import { normaliseKey } from './normalise';

const IGNORED = new Set([
  // prepositions, conjunctions, particles
  'в',
  'во',
  'на',
  'по',
  'с',
  'со',
  'из',
  'и',
  'или',
  'о',
  'об',
  'от',
  'до',
  'для',
  'к',
  'ко',
  'а',
  'не',
  'за',
  'при',
  'среди',
  'их',
  'том',
  'числе',
  'числа',
  'т',
  'ч',
  'также',
  'который',
  'которых',
  'которые',
  'которой',
  'есть',
  'иных',
  'иные',
  'других',
  'другими',
  'др',
  // words every indicator may begin with
  'количество',
  'кол',
  'число',
  'наличие',
  'отсутствие',
  'показатель',
  'всего',
  // units of docs/domain.md#school-tab
  'чел',
  'человек',
  'ед',
  'единиц',
  'единица',
  'шт',
  'штук',
  'да',
  'нет',
  '1/0',
  'процент',
  'процентов',
]);

/** Endings stripped from the end of a word, longest first; a stem keeps at least three letters. */
const ENDINGS = [
  'ированных',
  'ованных',
  'ениями',
  'ями',
  'ами',
  'иями',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ых',
  'их',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ую',
  'юю',
  'ов',
  'ев',
  'ам',
  'ям',
  'ах',
  'ях',
  'ом',
  'ем',
  'ью',
  'ия',
  'ии',
  'ию',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

/** «наставников» → «наставник», «обучающиеся» → «обучающ»; digits stay as they are. */
export function stem(word: string): string {
  if (/\d/.test(word)) return word;
  // Reflexive participles («обучающихся», «обучившихся») lose «ся» before their ending.
  const base = word.length > 6 && /(?:ся|сь)$/.test(word) ? word.slice(0, -2) : word;
  for (const ending of ENDINGS) {
    if (base.length - ending.length >= MIN_STEM && base.endsWith(ending))
      return base.slice(0, -ending.length);
  }
  return base;
}

/** The distinct stems of a title's content words, space-separated (memoised: titles repeat on every tab). */
const stemLine = memoised((text: string) => {
  const words = normaliseKey(text)
    .replace(/[()[\]«»"„“.,:;!?/\\]/g, ' ')
    .split(/[\s-]+/)
    .filter((word) => word !== '' && !IGNORED.has(word));
  return [...new Set(words.map(stem))].join(' ');
});

export function titleStems(text: string): readonly string[] {
  const line = stemLine(text);
  return line === '' ? [] : line.split(' ');
}

/**
 * Two stems name the same word when equal, or when the shorter (five letters at least) begins
 * the longer: «педагог» and «педагогическ», «наставничеств» and «наставничеств». A short stem
 * («рол», «лет») must be equal.
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}
