/**
 * «Настроить доступ кураторов» without touching Google: which tab each school's curators may edit
 * (docs/domain.md#roster-and-parameters, the roster's «E-mail куратора»), which sheets get a warning only,
 * and what cannot be set and why. A school tab is protected only when the roster gives its curators:
 * protecting a tab nobody at the school may edit would stop the school from submitting at all.
 */
import type { SheetInfo } from './workbook';
import type { Analysis } from './analyse';

export interface SchoolAccess {
  readonly sheet: string;
  /** The school's name on the roster. */
  readonly school: string;
  readonly curators: readonly string[];
}

export interface AccessPlan {
  /** School tabs to protect for their curators (and the person running the command). */
  readonly schools: readonly SchoolAccess[];
  /** Roster schools with a tab but no valid curator e-mail: their tabs stay open. */
  readonly withoutEmail: readonly { readonly school: string; readonly sheet: string }[];
  /** Roster schools with no tab. */
  readonly withoutTab: readonly string[];
  /** School tabs whose school is not on the roster: their tabs stay open. */
  readonly notOnRoster: readonly string[];
  /** Generated sheets («Сводная», «Рекомендации»): a warning before an edit, nobody locked out. */
  readonly generated: readonly string[];
  /** «База наставников»: every editor of the spreadsheet adds their school's mentors. */
  readonly open: readonly string[];
}

/** null when the workbook has no roster: there is nobody to give a tab to. */
export function planCuratorAccess(analysis: Analysis, sheets: readonly SheetInfo[]): AccessPlan | null {
  const { roster, rosterMatch } = analysis;
  if (roster === null || rosterMatch === null) return null;
  const schools: SchoolAccess[] = [];
  const withoutEmail: { school: string; sheet: string }[] = [];
  const notOnRoster: string[] = [];
  for (const sheet of analysis.schoolSheets) {
    const entry = rosterMatch.entryOfTab.get(sheet);
    if (entry === undefined) notOnRoster.push(sheet);
    else if (entry.curatorEmails.length === 0) withoutEmail.push({ school: entry.name, sheet });
    else schools.push({ sheet, school: entry.name, curators: entry.curatorEmails });
  }
  return {
    schools,
    withoutEmail,
    withoutTab: rosterMatch.withoutTab.map((entry) => entry.name),
    notOnRoster,
    generated: sheets.filter((info) => info.generated !== null && !info.backup).map((info) => info.name),
    open: analysis.sheets.base ?? [],
  };
}
