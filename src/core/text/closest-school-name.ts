/**
 * The known school a hand-typed name clearly means, for suggestions wherever school names are
 * compared (the base's «Место работы», a tab's school against the roster). A suggestion is made
 * only when exactly one known school fits: the same numbers, and the same words once quotes, «№»
 * and its spacing, `ё`, the legal form («МБОУ», «МКОУ», «Муниципальное бюджетное
 * общеобразовательное учреждение») and «средняя общеобразовательная школа» ≈ «СОШ» are set
 * aside — or one letter apart. Two candidates are no suggestion: a guess would send a school's
 * figures to another school.
 */
import { schoolKey } from './school-name';

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
  'аноо',
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

/** Long forms, reduced to words the comparison drops or shortens. */
const LONG_FORMS: readonly [RegExp, string][] = [
  [
    /(?:муниципальн|государственн|частн)\S*(?: (?:бюджетн|казенн|автономн)\S*)? (?:обще)?образовательн\S* (?:учрежден|организац)\S*/g,
    'моу',
  ],
  [/средн\S* общеобразовательн\S* школ\S*/g, 'сош'],
  [/основн\S* общеобразовательн\S* школ\S*/g, 'оош'],
  [/начальн\S* общеобразовательн\S* школ\S*/g, 'нош'],
];

function looseKey(name: string): string {
  let key = schoolKey(name).replace(/№/g, ' ');
  for (const [pattern, short] of LONG_FORMS) key = key.replace(pattern, short);
  return key.replace(/[^a-zа-я0-9]+/g, ' ').trim();
}

function withoutLegalForm(key: string): string {
  return key
    .split(' ')
    .filter((word) => !LEGAL_FORMS.has(word))
    .join(' ');
}

function digits(key: string): string {
  return (key.match(/\d+/g) ?? []).join(' ');
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

interface Known {
  readonly name: string;
  readonly loose: string;
  readonly bare: string;
  readonly digits: string;
}

function single(candidates: readonly Known[]): string | null {
  const names = new Set(candidates.map((known) => known.name));
  return names.size === 1 ? candidates[0].name : null;
}

/** Finds, for a typed name, the one known name it clearly means; prepared once for many look-ups. */
export type ClosestSchoolName = (name: string) => string | null;

export function closestSchoolNameIn(knownNames: readonly string[]): ClosestSchoolName {
  const known: Known[] = knownNames.map((name) => {
    const loose = looseKey(name);
    return { name, loose, bare: withoutLegalForm(loose), digits: digits(loose) };
  });
  return (name) => {
    const loose = looseKey(name);
    if (loose === '') return null;
    const number = digits(loose);
    const sameNumber = known.filter((candidate) => candidate.digits === number);
    const byLoose = single(sameNumber.filter((candidate) => candidate.loose === loose));
    if (byLoose) return byLoose;
    const bare = withoutLegalForm(loose);
    if (bare === '') return null;
    const byBare = single(sameNumber.filter((candidate) => candidate.bare === bare));
    if (byBare) return byBare;
    if (bare.length < 6) return null;
    return single(sameNumber.filter((candidate) => distanceWithin(candidate.bare, bare, 1) <= 1));
  };
}

/** The one known name `name` clearly means, or null (a one-off look-up). */
export function closestSchoolName(name: string, knownNames: readonly string[]): string | null {
  return closestSchoolNameIn(knownNames)(name);
}
