/**
 * «Место работы» against the list of known schools. Names are compared by `schoolKey`; a
 * suggestion is the one known school the name clearly means (src/core/text/closest-school-name.ts).
 */
import { closestSchoolNameIn } from '../text/closest-school-name';
import { schoolKey } from '../text/school-name';

export interface OrganisationMatch {
  readonly known: boolean;
  /** The known name to propose, when the typed one clearly means it. */
  readonly suggestion: string | null;
}

export type OrganisationMatcher = (name: string) => OrganisationMatch;

/** A matcher over the known names; results are cached per typed name. */
export function createOrganisationMatcher(knownNames: readonly string[]): OrganisationMatcher {
  const exact = new Set(knownNames.map((name) => schoolKey(name)));
  const closest = closestSchoolNameIn(knownNames);
  const cache = new Map<string, OrganisationMatch>();
  return (name) => {
    const cached = cache.get(name);
    if (cached) return cached;
    const result: OrganisationMatch = exact.has(schoolKey(name))
      ? { known: true, suggestion: null }
      : { known: false, suggestion: closest(name) };
    cache.set(name, result);
    return result;
  };
}
