/**
 * Who took part, as the справка counts it (RUSSIAN.md § 6: «представили данные 11 из 12 ОО»): of the schools of
 * «Список ОО», those that submitted data; and apart from them the schools whose data came in although the roster
 * does not list them — counted in the figures, so said, never «8 из 7 ОО».
 */
import { schoolKey } from '../text/school-name';
import type { DocumentInput } from './document-input';

export interface Coverage {
  /** Schools that submitted data: of the roster when there is one, else every school with data. */
  readonly submitted: number;
  /** Schools on the roster; null without one. */
  readonly roster: number | null;
  /** Schools with data that the roster does not list. */
  readonly offRoster: number;
}

export function coverageOf(input: DocumentInput): Coverage {
  const organizations = input.result.organizations;
  const roster = input.rosterSize ?? null;
  if (roster === null) return { submitted: organizations.length, roster, offRoster: 0 };
  // A tab with no required value typed is the roster's school that did not submit, not a school off the roster.
  const notSubmitted = new Set((input.notSubmitted ?? []).map(schoolKey));
  const onRoster = Math.max(0, roster - notSubmitted.size);
  const withData = organizations.filter((org) => !notSubmitted.has(schoolKey(org.name))).length;
  return {
    submitted: Math.min(withData, onRoster),
    roster,
    offRoster: Math.max(0, withData - onRoster),
  };
}
