/**
 * The school tab a typed school name belongs to — a workplace in the base, most often — by the one matcher
 * (school-name-match.ts) over the schools' names, or by the tab's own name typed as it is. A name several
 * schools fit belongs to none: its mentors must not be counted for a guess.
 */
import { schoolKey } from '../text/school-name';
import { matchedName, schoolNameMatcher } from './school-name-match';

export interface SchoolRef {
  /** The school's tab. */
  readonly sheet: string;
  /** The name the school is known by (the roster's when the tab is matched to it). */
  readonly name: string;
}

export type SchoolOfName = (typed: string) => SchoolRef | undefined;

export function schoolOfName(schools: readonly SchoolRef[]): SchoolOfName {
  const matcher = schoolNameMatcher(schools.map((school) => school.name));
  const byName = new Map<string, SchoolRef>();
  for (const school of schools) if (!byName.has(school.name)) byName.set(school.name, school);
  const bySheet = new Map(schools.map((school) => [schoolKey(school.sheet), school]));
  const found = new Map<string, SchoolRef | undefined>();
  return (typed) => {
    if (!found.has(typed)) {
      const name = matchedName(matcher(typed));
      found.set(typed, name === null ? bySheet.get(schoolKey(typed)) : byName.get(name));
    }
    return found.get(typed);
  };
}
