/**
 * Reading a whole municipal workbook (docs/domain.md#sheets, docs/domain.md#indicators): every sheet is read
 * once and recognised by the registry of sheet kinds (generated sheets by their marker, the rest by header;
 * anything else is skipped with a Russian reason), each kind adds what it reads, then municipal aggregates
 * and every issue in one result.
 */
import type { Catalogue } from '../core/catalogue/catalogue';
import type { Grid } from '../core/sheet/grid';
import { aggregate, byName } from '../core/indicators/aggregate';
import type { Issue } from '../core/issues/issue';
import type { LongRow } from '../core/long-format/long-row';
import { SKIP_REASONS } from '../core/monitoring/messages';
import { schoolTabSkipReason } from '../core/monitoring/monitoring-header';
import type { SchoolTab } from '../core/monitoring/school-tab';
import type { Parameters } from '../core/parameters/parameters';
import type { RecommendationTemplate } from '../core/recommendations/templates';
import { severityCounts, sortBySheet, sortIssues } from '../core/issues/issue-report';
import type { OrganizationSummary, SkippedSheet, SummaryResult } from '../core/findings/analysis-result';
import { matchRoster, type Roster, type RosterMatch } from '../core/roster';
import { schoolFill } from './school-fill';
import { knownSchools } from './sheet-kinds/kinds/base-kind';
import { recogniseKind, SHEET_KINDS } from './sheet-kinds/registry';
import type { AnalysisState, AnySheetKind, KindOutputs, SheetKindId } from './sheet-kinds/sheet-kind';
import type { Workbook } from './workbook';

export interface Analysis {
  /** What each kind read, by kind; the fields below are the ones most use cases need. */
  readonly outputs: Readonly<KindOutputs>;
  /** The catalogue in force: the «Показатели» sheet applied to the built-in one. */
  readonly catalogue: Catalogue;
  /** Recommendation templates in force: the «Шаблоны рекомендаций» sheet applied to the built-in ones. */
  readonly templates: readonly RecommendationTemplate[];
  /** What «Параметры» gives the documents; empty without that sheet. */
  readonly parameters: Parameters;
  readonly result: Omit<SummaryResult, 'recommendations'>;
  /** Sheets used, per kind, in workbook order (a skipped sheet is in `result.skipped` instead). */
  readonly sheets: Readonly<Partial<Record<SheetKindId, readonly string[]>>>;
  /** School tabs in workbook order. */
  readonly schoolSheets: readonly string[];
  /** The schools «Место работы» is checked against: the roster's, without one the tabs'. */
  readonly knownSchools: readonly string[];
  /** «Список ОО» when the workbook has one, and which tab belongs to which of its schools. */
  readonly roster: Roster | null;
  readonly rosterMatch: RosterMatch | null;
  /** Last period's rows from the sheet «Прошлый период»; null without one. */
  readonly previousRows: readonly LongRow[] | null;
}

/**
 * Reads a sheet and tells its kind: by the generated marker, else the kind whose header it
 * matches best. A header merged over two rows is found only with the merges, so a sheet recognised as
 * nothing gets a second look with them (the only time merges are read for recognition).
 */
function classify(
  workbook: Workbook,
  name: string,
  generated: string | null,
): { kind: AnySheetKind | null; grid: Grid | null } {
  if (generated !== null)
    return { kind: SHEET_KINDS.find((kind) => kind.generated === generated) ?? null, grid: null };
  const grid = workbook.readSheet(name);
  const kind = recogniseKind(grid);
  if (kind !== null || grid.merges !== undefined || grid.values.length === 0) return { kind, grid };
  const merges = workbook.readMerges(name);
  if (merges.length === 0) return { kind: null, grid };
  const merged = { ...grid, merges };
  return { kind: recogniseKind(merged), grid: merged };
}

/** The grid with what the kind's rules read beyond values, asked of the workbook only then. */
function withLayout(workbook: Workbook, grid: Grid, kind: AnySheetKind, catalogue: Catalogue): Grid {
  const merges = kind.readsMerges && grid.merges === undefined ? workbook.readMerges(grid.name) : undefined;
  const formats =
    grid.numberFormats === undefined && kind.readsFormats?.(catalogue, grid)
      ? workbook.readNumberFormats(grid.name)
      : undefined;
  // The same grid when nothing is added: what was found in it while recognising it is kept.
  if (!(merges && merges.length > 0) && !formats) return grid;
  return {
    ...grid,
    ...(merges && merges.length > 0 ? { merges } : {}),
    ...(formats ? { numberFormats: formats } : {}),
  };
}

export function analyse(workbook: Workbook): Analysis {
  const skipped: SkippedSheet[] = [];
  const grids = new Map<SheetKindId, Grid[]>();
  for (const info of workbook.listSheets()) {
    if (info.backup) {
      skipped.push({ sheet: info.name, reason: SKIP_REASONS.backup });
      continue;
    }
    const { kind, grid } = classify(workbook, info.name, info.generated);
    if (kind === null) {
      skipped.push({
        sheet: info.name,
        reason: (grid && schoolTabSkipReason(grid)) ?? SKIP_REASONS.noHeader,
      });
    } else if (kind.generated !== undefined || grid === null) {
      skipped.push({ sheet: info.name, reason: SKIP_REASONS.generated });
    } else {
      const list = grids.get(kind.id) ?? [];
      if (list.length > 0 && kind.secondSkipped)
        skipped.push({ sheet: info.name, reason: kind.secondSkipped(list[0].name) });
      else grids.set(kind.id, [...list, grid]);
    }
  }

  const issuesBySheet = new Map<string, Issue[]>();
  const outputs = Object.fromEntries(
    SHEET_KINDS.map((kind) => [kind.id, kind.none]),
  ) as unknown as KindOutputs;
  const state: AnalysisState = {
    outputs,
    skipped,
    used: {},
    addIssues(issues) {
      for (const issue of issues) {
        const list = issuesBySheet.get(issue.sheet);
        if (list) list.push(issue);
        else issuesBySheet.set(issue.sheet, [issue]);
      }
    },
  };
  const phased = [...SHEET_KINDS].sort((a, b) => a.phase - b.phase);
  for (const kind of phased) {
    const own = grids.get(kind.id);
    if (!own || !kind.analyse) continue;
    state.used[kind.id] ??= own.map((grid) => grid.name);
    const read = own.map((grid) => withLayout(workbook, grid, kind, outputs.catalogue));
    (outputs as Record<SheetKindId, unknown>)[kind.id] = kind.analyse(read, state);
  }
  const { tabs, figures, emptyTabs } = outputs['school-tab'];
  const roster = outputs.roster;
  // Without tabs the school-tab kind matched nothing: every roster school is then without a tab.
  const rosterMatch =
    roster === null
      ? null
      : (outputs['school-tab'].rosterMatch ?? matchRoster(roster.entries, [], roster.sheet));

  const order = workbook.listSheets().map((info) => info.name);
  // Errors of the school's rows of the base are the school's to fix and count in its data quality.
  const ownIssues = (sheet: string): Issue[] => [
    ...sortIssues(issuesBySheet.get(sheet) ?? []),
    ...(outputs.base?.get(sheet)?.issues ?? []),
  ];
  const organizations: OrganizationSummary[] = figures
    .map((school): OrganizationSummary => {
      const inBase = outputs.base?.get(school.sheet);
      const own = ownIssues(school.sheet);
      const counts = severityCounts(own);
      return {
        sheet: school.sheet,
        name: school.name,
        values: school.values,
        errors: counts.error,
        warnings: counts.warning,
        excludedFrom: school.excludedFrom,
        evidence: school.evidence,
        dataErrors: own.filter((issue) => issue.severity === 'error'),
        ...(inBase === undefined
          ? {}
          : { base: { mentors: inBase.mentors, withoutForm: inBase.withoutForm } }),
      };
    })
    .sort((a, b) => byName(a.name, b.name) || byName(a.sheet, b.sheet));
  const { notSubmitted, fill } = schoolFill(
    {
      roster,
      rosterMatch,
      tabs,
      emptyTabs,
      names: outputs['school-tab'].names,
      catalogue: outputs.catalogue,
    },
    (sheet) => severityCounts(ownIssues(sheet)),
  );

  return {
    outputs,
    catalogue: outputs.catalogue,
    templates: outputs.templates,
    parameters: outputs.parameters,
    result: {
      period: commonPeriod(tabs),
      organizations,
      indicators: aggregate(figures, outputs.catalogue),
      skipped: skipped.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet)),
      notSubmitted,
      fill,
      issues: sortBySheet([...issuesBySheet.values()].flat(), order),
    },
    sheets: state.used,
    schoolSheets: state.used['school-tab'] ?? [],
    knownSchools: knownSchools(roster, outputs['school-tab'].names),
    roster,
    rosterMatch,
    previousRows: outputs.previous,
  };
}

/** The period most tabs give (the first one seen on a tie); null when none gives one. */
function commonPeriod(tabs: readonly SchoolTab[]): string | null {
  const counts = new Map<string, number>();
  for (const tab of tabs) if (tab.period !== null) counts.set(tab.period, (counts.get(tab.period) ?? 0) + 1);
  let best: string | null = null;
  for (const [period, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = period;
  return best;
}
