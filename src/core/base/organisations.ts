/**
 * «Место работы» against the list of known schools. Names are compared by `schoolKey`; a
 * suggestion is made only when exactly one known school is clearly meant (same number, the
 * same words once quotes, «№», the legal form and «средняя общеобразовательная школа» ≈ «СОШ»
 * are set aside — the legal form spelt out or abbreviated alike — or one letter apart).
 */
import { schoolKey } from '../text/school-name';

export interface OrganisationMatch {
  readonly known: boolean;
  /** The known name to propose, when the typed one clearly means it. */
  readonly suggestion: string | null;
}

export type OrganisationMatcher = (name: string) => OrganisationMatch;

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
const SCHOOL_TYPES: readonly [RegExp, string][] = [
  // Legal forms spelt out, as a roster or an order writes them: «муниципальное бюджетное общеобразовательное учреждение».
  [/муниципальн\S* бюджетн\S* общеобразовательн\S* учреждени\S*/g, 'мбоу'],
  [/муниципальн\S* казенн\S* общеобразовательн\S* учреждени\S*/g, 'мкоу'],
  [/муниципальн\S* автономн\S* общеобразовательн\S* учреждени\S*/g, 'маоу'],
  [/средн\S* общеобразовательн\S* школ\S*/g, 'сош'],
  [/основн\S* общеобразовательн\S* школ\S*/g, 'оош'],
  [/начальн\S* общеобразовательн\S* школ\S*/g, 'нош'],
];

function looseKey(name: string): string {
  let key = schoolKey(name).replace(/№/g, ' ');
  for (const [pattern, short] of SCHOOL_TYPES) key = key.replace(pattern, short);
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

/** A matcher over the known names; results are cached per typed name. */
export function createOrganisationMatcher(knownNames: readonly string[]): OrganisationMatcher {
  const exact = new Set(knownNames.map((name) => schoolKey(name)));
  const known: Known[] = knownNames.map((name) => {
    const loose = looseKey(name);
    return { name, loose, bare: withoutLegalForm(loose), digits: digits(loose) };
  });
  const cache = new Map<string, OrganisationMatch>();
  return (name) => {
    const cached = cache.get(name);
    if (cached) return cached;
    const result: OrganisationMatch = exact.has(schoolKey(name))
      ? { known: true, suggestion: null }
      : { known: false, suggestion: suggest(known, name) };
    cache.set(name, result);
    return result;
  };
}

function suggest(known: readonly Known[], name: string): string | null {
  const loose = looseKey(name);
  if (loose === '') return null;
  const sameNumber = known.filter((candidate) => candidate.digits === digits(loose));
  const byLoose = single(sameNumber.filter((candidate) => candidate.loose === loose));
  if (byLoose) return byLoose;
  const bare = withoutLegalForm(loose);
  if (bare === '') return null;
  const byBare = single(sameNumber.filter((candidate) => candidate.bare === bare));
  if (byBare) return byBare;
  if (bare.length < 6) return null;
  return single(sameNumber.filter((candidate) => distanceWithin(candidate.bare, bare, 1) <= 1));
}
