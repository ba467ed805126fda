/**
 * «База наставников» (Приложение 3): checked row by row, its «Место работы» against the schools
 * of the roster and of the tabs, and its mentors counted per school.
 */
import { findBaseHeader, validateBase } from '../../../core/base';
import { baseBySchool, type SchoolInBase } from '../../../core/base/base-by-school';
import { crossCheck } from '../../../core/indicators/cross-sheet';
import { SKIP_REASONS } from '../../../core/monitoring/messages';
import type { Roster } from '../../../core/roster';
import type { Grid } from '../../../core/sheet/grid';
import { baseTemplate, canonicalForms } from '../../../core/templates/base-template';
import { schoolKey } from '../../../core/text/school-name';
import { needsFullRead, planBaseMarks, planLeftRow } from '../../live/base-edit';
import { headerScore } from '../header-score';
import type { AnalysisState, KindOutputs, SheetKind } from '../sheet-kind';

declare module '../sheet-kind' {
  interface KindOutputs {
    /** Each school's rows of the base, by school tab; null while no base was read. */
    base: ReadonlyMap<string, SchoolInBase> | null;
  }
}

export const BASE_KIND: SheetKind<'base'> = {
  id: 'base',
  recognise: (grid) => headerScore(grid, findBaseHeader(grid)),
  readsMerges: true,
  secondSkipped: SKIP_REASONS.secondBase,
  phase: 3,
  none: null,
  analyse: analyseBase,
  checkAlone: (grid, context) => validateBase(grid, context).issues,
  marked: true,
  startLive(top) {
    const header = findBaseHeader(top);
    if (header === null) return null;
    return {
      headerRow: header.row,
      reads: 'rows',
      needsAllRows: (area, oldValue) => needsFullRead(header, area, oldValue),
      plan: (grid, area, oldValue, options) => planBaseMarks({ header, grid, area, oldValue, options }),
      planLeftRow: (grid, row) => planLeftRow(header, grid, row),
    };
  },
  template: {
    caption: 'Создать лист «База наставников»',
    functionName: 'menuCreateBaseSheet',
    files: { municipal: 2, school: 2 },
    sheet: (options) => baseTemplate(options.forms ?? canonicalForms()),
  },
};

function analyseBase([grid]: readonly Grid[], state: AnalysisState): KindOutputs['base'] {
  const { tabs, names } = state.outputs['school-tab'];
  const known = knownSchools(state.outputs.roster, names);
  const validation = validateBase(grid, known.length > 0 ? { knownOrganisations: known } : {});
  state.addIssues(validation.issues);
  const organisationColumn = validation.header?.columns.mentorOrg;
  let schoolsInBase: KindOutputs['base'] = null;
  if (validation.header !== null && organisationColumn !== undefined) {
    const schools = tabs.map((tab) => ({ sheet: tab.sheet, name: names.get(tab.sheet) ?? tab.name }));
    schoolsInBase = baseBySchool(
      {
        grid,
        headerRow: validation.header.row,
        organisationColumn,
        issues: validation.issues,
        entries: validation.entries,
      },
      schools,
    );
  }
  if (tabs.length > 0 && organisationColumn !== undefined) {
    // A workplace is told once: where «нет такой ОО» (with its suggestion) stands, «нет листа» is not repeated.
    const unknown = new Set(
      validation.issues.filter((issue) => issue.code === 'org/unknown').map((issue) => issue.cell),
    );
    const cross = crossCheck({ sheet: grid.name, organisationColumn, rows: validation.entries }, tabs, names);
    state.addIssues(
      cross.filter((issue) => issue.code !== 'cross/school-without-tab' || !unknown.has(issue.cell)),
    );
  }
  return schoolsInBase;
}

/**
 * The schools a workplace may name: the roster's when there is one (a tab's other spelling is no school
 * of its own), else the names the tabs' schools are known by (each once).
 */
export function knownSchools(roster: Roster | null, names: ReadonlyMap<string, string>): string[] {
  const all = roster !== null ? roster.entries.map((entry) => entry.name) : [...names.values()];
  const seen = new Set<string>();
  return all.filter((name) => {
    const key = schoolKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
