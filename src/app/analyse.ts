/**
 * Reading a whole municipal workbook (SPEC 2, 3): every sheet is read once and classified —
 * generated sheets, «База наставников», «Показатели», school tabs, everything else skipped with a
 * Russian reason — then per-school figures, municipal aggregates and every issue in one result.
 */
import { isBaseSheet, validateBase } from '../core/base';
import { BUILTIN_CATALOGUE, type Catalogue } from '../core/catalogue/catalogue';
import { isCatalogueSheet, parseCatalogueSheet } from '../core/catalogue/catalogue-sheet';
import type { Grid } from '../core/grid';
import { aggregate, byName } from '../core/indicators/aggregate';
import { crossCheck } from '../core/indicators/cross-sheet';
import { schoolFigures, type SchoolFigures } from '../core/indicators/school-figures';
import type { Issue } from '../core/issue';
import { SKIP_REASONS } from '../core/monitoring/messages';
import { isSchoolTab, schoolTabSkipReason } from '../core/monitoring/monitoring-header';
import { parseSchoolTab, type SchoolTab } from '../core/monitoring/school-tab';
import { isTemplatesSheet, parseTemplatesSheet } from '../core/recommendations/templates-sheet-parser';
import { BUILTIN_TEMPLATES, type RecommendationTemplate } from '../core/recommendations/templates';
import { schoolKey } from '../core/text/school-name';
import type { OrganizationSummary, SkippedSheet, SummaryResult } from '../core/summary';
import type { Workbook } from './workbook';

export interface AnalyseOptions {
  /** List at most this many issues per sheet (counts of errors and warnings stay exact). */
  readonly issueCap?: number;
}

export interface Analysis {
  /** The catalogue in force: the «Показатели» sheet applied to the built-in one. */
  readonly catalogue: Catalogue;
  /** Recommendation templates in force: the «Шаблоны рекомендаций» sheet applied to the built-in ones. */
  readonly templates: readonly RecommendationTemplate[];
  readonly templatesSheet: string | null;
  readonly result: Omit<SummaryResult, 'recommendations'>;
  readonly baseSheet: string | null;
  readonly catalogueSheet: string | null;
  /** School tabs in workbook order. */
  readonly schoolSheets: readonly string[];
  /** Issues left out of `result.issues` by the cap, per sheet; sheets within the cap are absent. */
  readonly omitted: Readonly<Record<string, number>>;
}

export function analyse(workbook: Workbook, options: AnalyseOptions = {}): Analysis {
  const skipped: SkippedSheet[] = [];
  let base: Grid | null = null;
  let catalogueGrid: Grid | null = null;
  let templatesGrid: Grid | null = null;
  const candidates: Grid[] = [];
  for (const info of workbook.listSheets()) {
    if (info.generated !== null) {
      skipped.push({ sheet: info.name, reason: SKIP_REASONS.generated });
      continue;
    }
    const grid = workbook.readSheet(info.name);
    if (isBaseSheet(grid)) {
      if (base === null) base = grid;
      else skipped.push({ sheet: grid.name, reason: SKIP_REASONS.secondBase(base.name) });
    } else if (isCatalogueSheet(grid)) {
      if (catalogueGrid === null) catalogueGrid = grid;
      else skipped.push({ sheet: grid.name, reason: SKIP_REASONS.secondCatalogue(catalogueGrid.name) });
    } else if (templatesGrid === null && isTemplatesSheet(grid)) {
      templatesGrid = grid;
    } else if (isSchoolTab(grid)) {
      candidates.push(grid);
    } else {
      skipped.push({ sheet: grid.name, reason: schoolTabSkipReason(grid) ?? SKIP_REASONS.noHeader });
    }
  }

  const issuesBySheet = new Map<string, Issue[]>();
  const add = (issues: readonly Issue[]) => {
    for (const issue of issues) {
      if (!issuesBySheet.has(issue.sheet)) issuesBySheet.set(issue.sheet, []);
      issuesBySheet.get(issue.sheet)?.push(issue);
    }
  };

  const parsedCatalogue = catalogueGrid ? parseCatalogueSheet(catalogueGrid, BUILTIN_CATALOGUE) : null;
  const catalogue = parsedCatalogue?.catalogue ?? BUILTIN_CATALOGUE;
  if (parsedCatalogue) add(parsedCatalogue.issues);

  const parsedTemplates = templatesGrid ? parseTemplatesSheet(templatesGrid) : null;
  if (parsedTemplates) add(parsedTemplates.issues);

  const tabs: SchoolTab[] = [];
  const sheetOfSchool = new Map<string, string>();
  for (const grid of candidates) {
    const tab = parseSchoolTab(grid, catalogue);
    if (tab === null || tab.matchedRows === 0) {
      skipped.push({ sheet: grid.name, reason: SKIP_REASONS.noIndicators });
      continue;
    }
    // A copied tab of a school already read would count the school twice in every total.
    const first = sheetOfSchool.get(schoolKey(tab.name));
    if (first !== undefined) {
      skipped.push({ sheet: grid.name, reason: SKIP_REASONS.secondSchoolTab(tab.name, first) });
      continue;
    }
    sheetOfSchool.set(schoolKey(tab.name), tab.sheet);
    tabs.push(tab);
    add(tab.issues);
  }
  const figures: SchoolFigures[] = tabs.map((tab) => schoolFigures(tab, catalogue));
  figures.forEach((school) => add(school.issues));

  if (base !== null) {
    const knownOrganisations = tabs.length > 0 ? tabs.map((tab) => tab.name) : undefined;
    const validation = validateBase(base, knownOrganisations ? { knownOrganisations } : {});
    add(validation.issues);
    const organisationColumn = validation.header?.columns.mentorOrg;
    if (tabs.length > 0 && organisationColumn !== undefined) {
      add(crossCheck({ sheet: base.name, organisationColumn, rows: validation.entries }, tabs));
    }
  }

  const order = workbook.listSheets().map((info) => info.name);
  const { issues, omitted } = capIssues(order, issuesBySheet, options.issueCap);
  const organizations: OrganizationSummary[] = figures
    .map((school) => {
      const own = issuesBySheet.get(school.sheet) ?? [];
      return {
        sheet: school.sheet,
        name: school.name,
        values: school.values,
        errors: own.filter((issue) => issue.severity === 'error').length,
        warnings: own.filter((issue) => issue.severity === 'warning').length,
        excludedFrom: school.excludedFrom,
        evidence: school.evidence,
      };
    })
    .sort((a, b) => byName(a.name, b.name) || byName(a.sheet, b.sheet));

  return {
    catalogue,
    templates: parsedTemplates?.templates ?? BUILTIN_TEMPLATES,
    templatesSheet: templatesGrid?.name ?? null,
    result: {
      period: commonPeriod(tabs),
      organizations,
      indicators: aggregate(figures, catalogue),
      skipped: skipped.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet)),
      issues,
    },
    baseSheet: base?.name ?? null,
    catalogueSheet: catalogueGrid?.name ?? null,
    schoolSheets: tabs.map((tab) => tab.sheet),
    omitted,
  };
}

/** Issues in workbook order, by row and column within a sheet, at most `cap` per sheet. */
function capIssues(
  order: readonly string[],
  bySheet: ReadonlyMap<string, Issue[]>,
  cap: number | undefined,
): { issues: Issue[]; omitted: Record<string, number> } {
  const issues: Issue[] = [];
  const omitted: Record<string, number> = {};
  for (const sheet of order) {
    const own = [...(bySheet.get(sheet) ?? [])].sort((a, b) => a.row - b.row || a.column - b.column);
    const limit = cap === undefined ? own.length : Math.max(0, cap);
    issues.push(...own.slice(0, limit));
    if (own.length > limit) omitted[sheet] = own.length - limit;
  }
  return { issues, omitted };
}

/** The period most tabs give (the first one seen on a tie); null when none gives one. */
function commonPeriod(tabs: readonly SchoolTab[]): string | null {
  const counts = new Map<string, number>();
  for (const tab of tabs) if (tab.period !== null) counts.set(tab.period, (counts.get(tab.period) ?? 0) + 1);
  let best: string | null = null;
  for (const [period, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = period;
  return best;
}
