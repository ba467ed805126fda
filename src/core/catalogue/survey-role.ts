/**
 * Whose survey a row that names no role is about. Forms put those surveyed and their satisfaction under the row
 * they belong to — «Уровень удовлетворённости наставников, %», then «Количество респондентов»; «Количество
 * наставников», then «из них приняли участие в анкетировании» — so such a row takes the role of the rows above
 * it in its block. A row that names neither a role nor a survey ends the block: a survey row after it has no
 * role and is not guessed.
 */
import { meaningStems } from './title-meaning';

export type SurveyRole = 'наставники' | 'наставляемые';

const isMentor = (stem: string) => stem.startsWith('наставник');
const isMentee = (stem: string) => stem.startsWith('наставляем');

/** The one role a title names, or null when it names none or both. */
function roleOf(stems: readonly string[]): SurveyRole | null {
  const mentor = stems.some(isMentor);
  const mentee = stems.some(isMentee);
  if (mentor === mentee) return null;
  return mentor ? 'наставники' : 'наставляемые';
}

/** Those surveyed, the satisfied or the level of satisfaction (title-meaning.ts brings each to one word). */
function isSurvey(stems: readonly string[]): boolean {
  return stems.some((stem) => stem.startsWith('респондент') || stem.includes('удовлетвор'));
}

/** Where a tab's rows are: the role of the block so far. */
export interface SurveyBlock {
  /** The role to read this row with, or null when it names its own or is no survey row. */
  readonly role: SurveyRole | null;
  /** The block after this row. */
  readonly next: SurveyRole | null;
}

/**
 * A row's title in a block whose role so far is `current`. A section row («Раздел 5. Удовлетворённость …») opens
 * a block of its own: it carries no role from the section above.
 */
export function surveyBlock(current: SurveyRole | null, title: string, section: boolean): SurveyBlock {
  const stems = meaningStems(title);
  const own = roleOf(stems);
  if (own !== null) return { role: null, next: own };
  if (section || !isSurvey(stems)) return { role: null, next: null };
  return { role: current, next: current };
}

/** A survey row's title with the role of its block, as the catalogue's wordings name it. */
export function withRole(title: string, role: SurveyRole): string {
  return `${role}: ${title}`;
}
