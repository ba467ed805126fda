/**
 * «Место работы» against the list of known schools, by the one matcher of school names
 * (src/core/roster/school-name-match.ts): a name that is a known school's up to quotes, «№», case and
 * `ё` is known; one that fits exactly one known school gets that school's name as the fix; one that
 * fits several names them.
 */
import { schoolNameMatcher } from '../roster/school-name-match';

export interface OrganisationMatch {
  readonly known: boolean;
  /** The known name to propose, when the typed one fits exactly one school. */
  readonly suggestion: string | null;
  /** The known schools the typed name fits, when it fits two or more. */
  readonly several: readonly string[];
}

export type OrganisationMatcher = (name: string) => OrganisationMatch;

/** A matcher over the known names; results are kept per typed name. */
export function createOrganisationMatcher(knownNames: readonly string[]): OrganisationMatcher {
  const matcher = schoolNameMatcher(knownNames);
  return (name) => {
    const match = matcher(name);
    return {
      known: match.kind === 'same',
      suggestion: match.kind === 'fits' ? match.name : null,
      several: match.kind === 'several' ? match.names : [],
    };
  };
}
