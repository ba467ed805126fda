/**
 * What reading each kind of sheet adds to the analysis (the `analyse` of the registry's entries).
 * Settings come first (the catalogue shapes how tabs are read), the base last (it is checked
 * against the schools the tabs name).
 */
import { validateBase } from '../../core/base';
import { baseBySchool } from '../../core/base/base-by-school';
import { BUILTIN_CATALOGUE } from '../../core/catalogue/catalogue';
import { parseCatalogueSheet } from '../../core/catalogue/catalogue-sheet';
import type { Grid } from '../../core/sheet/grid';
import { crossCheck } from '../../core/indicators/cross-sheet';
import { readLongTable } from '../../core/long-format/read-long-table';
import { schoolFigures } from '../../core/indicators/school-figures';
import type { Issue } from '../../core/issues/issue';
import { SKIP_REASONS } from '../../core/monitoring/messages';
import { parseSchoolTab, type SchoolTab } from '../../core/monitoring/school-tab';
import { parseParametersSheet } from '../../core/parameters/parameters-sheet';
import { parseTemplatesSheet } from '../../core/recommendations/templates-sheet-parser';
import { matchRoster, parseRosterSheet, requiredFill } from '../../core/roster';
import { schoolKey } from '../../core/text/school-name';
import type { AnalysisState } from './sheet-kind';

export function analyseCatalogue([grid]: readonly Grid[], state: AnalysisState): void {
  const parsed = parseCatalogueSheet(grid, state.catalogue);
  state.catalogue = parsed.catalogue;
  state.addIssues(parsed.issues);
}

/** Last period's rows, imported onto «Прошлый период» from the long-format file (SPEC 10). */
export function analysePrevious([grid]: readonly Grid[], state: AnalysisState): void {
  const table = readLongTable(grid.name, grid.values);
  state.previousRows = table.rows;
  state.addIssues(table.issues);
}

export function analyseParameters([grid]: readonly Grid[], state: AnalysisState): void {
  const parsed = parseParametersSheet(grid);
  state.parameters = parsed.parameters;
  state.addIssues(parsed.issues);
}

export function analyseTemplates([grid]: readonly Grid[], state: AnalysisState): void {
  const parsed = parseTemplatesSheet(grid);
  state.templates = parsed.templates;
  state.addIssues(parsed.issues);
}

/** «Список ОО»: the schools taking part, read before the tabs and the base are checked against it. */
export function analyseRoster([grid]: readonly Grid[], state: AnalysisState): void {
  const roster = parseRosterSheet(grid);
  state.roster = roster;
  state.addIssues(roster.issues);
}

/**
 * Every tab that matches the catalogue, each school once: a copied tab would count it twice. Of
 * two tabs of one school the one with fewer invalid inputs is used (a corrected copy beats the
 * stale original), then the more complete one, then the first; the reason names the choice.
 */
export function analyseSchoolTabs(grids: readonly Grid[], state: AnalysisState): void {
  const parsed: SchoolTab[] = [];
  const bySchool = new Map<string, SchoolTab[]>();
  for (const grid of grids) {
    const tab = parseSchoolTab(grid, state.catalogue);
    if (tab === null || tab.matchedRows === 0) {
      state.skipped.push({ sheet: grid.name, reason: SKIP_REASONS.noIndicators });
      continue;
    }
    parsed.push(tab);
    const key = schoolKey(tab.name);
    bySchool.set(key, [...(bySchool.get(key) ?? []), tab]);
  }
  const chosen = new Set<SchoolTab>();
  for (const tabs of bySchool.values()) {
    const best = tabs.reduce((kept, tab) => (better(tab, kept) ? tab : kept));
    chosen.add(best);
    for (const tab of tabs) {
      if (tab === best) continue;
      const reason =
        invalidInputs(best) < invalidInputs(tab)
          ? SKIP_REASONS.staleSchoolTab(tab.name, best.sheet, invalidInputs(tab), invalidInputs(best))
          : SKIP_REASONS.secondSchoolTab(tab.name, best.sheet);
      state.skipped.push({ sheet: tab.sheet, reason });
    }
  }
  // In workbook order, as the tabs were read.
  for (const tab of parsed.filter((each) => chosen.has(each))) {
    state.tabs.push(tab);
    state.addIssues(tab.issues);
  }
  state.used['school-tab'] = state.tabs.map((tab) => tab.sheet);
  if (state.roster !== null) matchTabsToRoster(state);
  for (const tab of state.tabs) {
    if (state.emptyTabs.has(tab.sheet)) continue;
    const figures = schoolFigures(tab, state.catalogue);
    state.figures.push(figures);
    state.addIssues(figures.issues);
  }
}

/**
 * With a roster, each tab is matched to its roster school; a roster school's tab with every
 * required value empty is «не представлены данные» (SPEC 7), so it gives no figures at all
 * instead of being excluded from each one.
 */
function matchTabsToRoster(state: AnalysisState): void {
  const roster = state.roster as NonNullable<AnalysisState['roster']>;
  const match = matchRoster(roster.entries, state.tabs, roster.sheet);
  state.rosterMatch = match;
  state.addIssues(match.issues);
  for (const tab of state.tabs) {
    if (match.entryOfTab.has(tab.sheet) && requiredFill(tab, state.catalogue).filled === 0)
      state.emptyTabs.add(tab.sheet);
  }
}

export function invalidInputs(tab: SchoolTab): number {
  return Object.values(tab.inputs).filter((input) => input.invalid).length;
}

export function filledInputs(tab: SchoolTab): number {
  return Object.values(tab.inputs).filter((input) => input.value !== null).length;
}

/** Fewer invalid inputs, then more filled ones; on a tie the earlier tab stays. */
export function better(tab: SchoolTab, than: SchoolTab): boolean {
  const invalid = invalidInputs(tab) - invalidInputs(than);
  return invalid < 0 || (invalid === 0 && filledInputs(tab) > filledInputs(than));
}

/**
 * The base, with «Место работы» checked against the schools of the roster and of the tabs, and
 * mentors counted per school.
 */
export function analyseBase([grid]: readonly Grid[], state: AnalysisState): void {
  const { tabs } = state;
  const known = knownSchools(state);
  const validation = validateBase(grid, known.length > 0 ? { knownOrganisations: known } : {});
  state.addIssues(validation.issues);
  const organisationColumn = validation.header?.columns.mentorOrg;
  if (validation.header !== null && organisationColumn !== undefined) {
    const schools = tabs.map((tab) => ({ sheet: tab.sheet, name: tab.name }));
    state.schoolsInBase = baseBySchool(
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
    const cross = crossCheck({ sheet: grid.name, organisationColumn, rows: validation.entries }, tabs);
    state.addIssues(
      cross.filter((issue) => issue.code !== 'cross/school-without-tab' || !unknown.has(issue.cell)),
    );
  }
}

/** The schools a workplace may name: the roster's, then the tabs' (each once). */
export function knownSchools(state: Pick<AnalysisState, 'roster' | 'tabs'>): string[] {
  const names = [
    ...(state.roster?.entries.map((entry) => entry.name) ?? []),
    ...state.tabs.map((tab) => tab.name),
  ];
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = schoolKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A tab's own issues against the built-in catalogue (a «Показатели» sheet is another sheet). */
export function checkTabAlone(grid: Grid): readonly Issue[] {
  const tab = parseSchoolTab(grid, BUILTIN_CATALOGUE);
  return tab === null ? [] : [...tab.issues, ...schoolFigures(tab, BUILTIN_CATALOGUE).issues];
}
