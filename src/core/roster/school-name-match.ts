/**
 * The one matcher of school names as people write them (docs/decisions.md#school-names-as-people-write-them):
 * a tab's school, a workplace in the base or `--school` against the reference names — the roster's, or
 * without one the tabs'. A name is the reference's up to quotes, «№» spacing, case and
 * `ё` («same»); it fits a reference school («fits», told with a warning and the reference's name as the fix)
 * when, the stricter step first (STEPS), exactly one school is left:
 * 1. the same words once Latin look-alikes are read as Russian letters («COШ» typed with Latin C and O) and
 *    the common expansions shortened («средняя общеобразовательная школа» = «СОШ», «основная …» = «ООШ», …);
 * 2. the same, the legal form («МБОУ», «Муниципальное бюджетное общеобразовательное учреждение», …) set aside;
 * 3. the typed words all among the school's — words left out («СОШ № 4» of «СОШ № 4 с углублённым изучением
 *    …», «Гимназия» when one school is a gymnasium, «СОШ № 3 им. Лермонтова» of «… им. М. Ю. Лермонтова»),
 *    the numbers the same when the typed name has any;
 * 4. the same words once «им. …» (the name the school bears) is set aside on both sides;
 * 5. as 3 with «им. …» set aside, or the school's words all among the typed ones with the same numbers;
 * 6. one letter apart, in a name of six letters or more with the same numbers.
 * Two or more schools at a step are «several»: a guess would send one school's figures to another.
 */
import { fixLookAlikes, normaliseKey } from '../text/normalise';
import { schoolKey } from '../text/school-name';

export type SchoolNameMatch =
  /** The reference's name up to quotes, «№» spacing, case and `ё`. */
  | { readonly kind: 'same'; readonly name: string }
  /** Exactly one reference school fits; `lookAlike` when the typed name has Latin letters in Russian words. */
  | { readonly kind: 'fits'; readonly name: string; readonly lookAlike: boolean }
  /** Two or more reference schools fit, in reference order. */
  | { readonly kind: 'several'; readonly names: readonly string[] }
  | { readonly kind: 'none' };

export type SchoolNameMatcher = (typed: string) => SchoolNameMatch;

const NONE: SchoolNameMatch = { kind: 'none' };

const LEGAL_FORMS = new Set([
  'мбоу',
  'мкоу',
  'маоу',
  'моу',
  'гбоу',
  'гкоу',
  'гаоу',
  'гоу',
  'чоу',
  'ноу',
  'боу',
  'коу',
  'аоу',
  'аноо',
  'ано',
  'фгбоу',
  'мбдоу',
  'мкдоу',
  'мадоу',
  'мдоу',
  'мбудо',
  'мкудо',
  'маудо',
  'мбу',
  'му',
  'мау',
  'мку',
]);

/** Long forms, shortened to the words the comparison keeps or drops («моу» is a legal form). */
const LONG_FORMS: readonly (readonly [RegExp, string])[] = [
  [
    /(?:муниципальн|государственн|частн|негосударственн|автономн)\S*(?: (?:бюджетн|казенн|автономн|некоммерческ)\S*)? (?:обще)?образовательн\S* (?:учрежден|организац)\S*/g,
    'моу',
  ],
  [/вечерн\S* (?:\(?сменн\S*\)? )?общеобразовательн\S* школ\S*/g, 'восош'],
  [/средн\S* общеобразовательн\S* школ\S*/g, 'сош'],
  [/основн\S* общеобразовательн\S* школ\S*/g, 'оош'],
  [/начальн\S* общеобразовательн\S* школ\S*/g, 'нош'],
  [/средн\S* школ\S*/g, 'сош'],
  [/основн\S* школ\S*/g, 'оош'],
  [/центр\S* образовани\S*/g, 'цо'],
  [/(?:^| )сш(?= |$)/g, ' сош'],
];

/** «им. А. С. Пушкина», «имени Героя …» up to the closing quote or the end. */
const NAMED_AFTER = /(?:^|\s)(?:им\.|им\s|имени\s)[^»“”"]*/g;

/** The comparison's words of a name, with and without the parts steps 3 and 4 set aside. */
interface Words {
  /** Every word, the long forms shortened. */
  readonly full: string;
  /** Without the legal form. */
  readonly bare: string;
  readonly bareWords: readonly string[];
  /** Without the legal form and «им. …». */
  readonly core: string;
  readonly coreWords: readonly string[];
  /** The numbers, in order. */
  readonly numbers: string;
}

function loose(text: string): string {
  let key = ` ${text.replace(/№/g, ' ').replace(/(\d+)/g, ' $1 ')} `.replace(/\s+/g, ' ');
  for (const [pattern, short] of LONG_FORMS) key = key.replace(pattern, short);
  return key.replace(/[^a-zа-я0-9]+/g, ' ').trim();
}

function withoutLegalForm(key: string): string {
  return key
    .split(' ')
    .filter((word) => word !== '' && !LEGAL_FORMS.has(word))
    .join(' ');
}

function wordsOf(name: string): Words {
  const lower = fixLookAlikes(name.replace(/\s+/g, ' ')).toLowerCase().replace(/ё/g, 'е');
  const full = loose(lower);
  const bare = withoutLegalForm(full);
  const core = withoutLegalForm(loose(lower.replace(NAMED_AFTER, ' ')));
  return {
    full,
    bare,
    bareWords: bare === '' ? [] : bare.split(' '),
    core,
    coreWords: core === '' ? [] : core.split(' '),
    numbers: (full.match(/\d+/g) ?? []).join(' '),
  };
}

/** Whether the name has Latin letters inside Russian words («COШ», «MБОУ»). */
export function hasLookAlikes(name: string): boolean {
  return fixLookAlikes(name) !== name;
}

/** Levenshtein distance up to `limit`; larger distances come back as `limit + 1`. */
function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

interface Reference {
  readonly name: string;
  readonly key: string;
  readonly words: Words;
}

const contains = (outer: readonly string[], inner: readonly string[]): boolean =>
  inner.every((word) => outer.includes(word));

const hasWord = (words: readonly string[]): boolean => words.some((word) => !/^\d+$/.test(word));

/** The typed words all among the known ones, the numbers the same when the typed name has any. */
function within(
  typed: readonly string[],
  known: readonly string[],
  numbers: readonly [string, string],
): boolean {
  return hasWord(typed) && (numbers[0] === '' || numbers[0] === numbers[1]) && contains(known, typed);
}

/** The steps 1–6, the stricter first: each keeps the reference schools the typed words fit. */
const STEPS: readonly ((typed: Words, known: Words) => boolean)[] = [
  (typed, known) => typed.full === known.full,
  (typed, known) => typed.bare !== '' && typed.bare === known.bare,
  (typed, known) => within(typed.bareWords, known.bareWords, [typed.numbers, known.numbers]),
  (typed, known) => typed.core !== '' && typed.core === known.core,
  (typed, known) =>
    within(typed.coreWords, known.coreWords, [typed.numbers, known.numbers]) ||
    (typed.numbers === known.numbers &&
      within(known.coreWords, typed.coreWords, [known.numbers, typed.numbers])),
  (typed, known) =>
    typed.core.length >= 6 &&
    typed.numbers === known.numbers &&
    distanceWithin(typed.core, known.core, 1) <= 1,
];

/**
 * A matcher over the reference names (each school once, in the order given); results are kept per typed
 * name, since a workplace is typed the same way on many rows.
 */
export function schoolNameMatcher(referenceNames: readonly string[]): SchoolNameMatcher {
  const references: Reference[] = [];
  const byKey = new Map<string, Reference>();
  for (const name of referenceNames) {
    const key = schoolKey(name);
    if (key === '' || byKey.has(key)) continue;
    const reference = { name, key, words: wordsOf(name) };
    references.push(reference);
    byKey.set(key, reference);
  }
  const cache = new Map<string, SchoolNameMatch>();
  const decide = (typed: string): SchoolNameMatch => {
    if (normaliseKey(typed) === '') return NONE;
    const lookAlike = hasLookAlikes(typed);
    const same = byKey.get(schoolKey(typed));
    if (same !== undefined)
      return lookAlike && !hasLookAlikes(same.name)
        ? { kind: 'fits', name: same.name, lookAlike }
        : { kind: 'same', name: same.name };
    const words = wordsOf(typed);
    for (const step of STEPS) {
      const fitting = references.filter((reference) => step(words, reference.words));
      if (fitting.length === 1) return { kind: 'fits', name: fitting[0].name, lookAlike };
      if (fitting.length > 1) return { kind: 'several', names: fitting.map((reference) => reference.name) };
    }
    return NONE;
  };
  return (typed) => {
    let match = cache.get(typed);
    if (match === undefined) {
      match = decide(typed);
      cache.set(typed, match);
    }
    return match;
  };
}

/** The reference school a name means: its own on «same», the one that fits, else null. */
export function matchedName(match: SchoolNameMatch): string | null {
  return match.kind === 'same' || match.kind === 'fits' ? match.name : null;
}
