/**
 * What every kind of sheet the add-on understands declares: how it is recognised, what reading it
 * adds to the analysis, how edits of it are checked live, and the template that creates it. The
 * use cases (analyse, the full check, the live check, the menu, the command line) loop over the
 * registry (registry.ts) instead of naming kinds, so a new kind is its engine folder plus one entry.
 */
import type { Catalogue } from '../../core/catalogue/catalogue';
import type { Area, Grid } from '../../core/sheet/grid';
import type { Issue } from '../../core/issues/issue';
import type { SchoolInBase } from '../../core/base/base-by-school';
import type { SchoolFigures } from '../../core/indicators/school-figures';
import type { LongRow } from '../../core/long-format/long-row';
import type { SchoolTab } from '../../core/monitoring/school-tab';
import type { Parameters } from '../../core/parameters/parameters';
import type { RecommendationTemplate } from '../../core/recommendations/templates';
import type { Roster, RosterMatch } from '../../core/roster';
import type { GeneratedKind } from '../../core/sheet/sheet-model';
import type { SkippedSheet } from '../../core/findings/analysis-result';
import type { LiveContext } from '../live/live-context';
import type { MarkPlan } from '../live/mark-plan';

export type SheetKindId =
  | 'summary'
  | 'recommendations'
  | 'base'
  | 'catalogue'
  | 'templates'
  | 'parameters'
  | 'roster'
  | 'previous'
  | 'school-tab';

/** What the kinds read so far; each kind's `analyse` adds to it, in the order of their `phase`. */
export interface AnalysisState {
  catalogue: Catalogue;
  templates: readonly RecommendationTemplate[];
  /** What «Параметры» gives the documents; empty without that sheet. */
  parameters: Parameters;
  /**
   * «Список ОО» when the workbook has one: then it is the list of schools taking part
   * (docs/domain.md#roster-and-parameters).
   */
  roster: Roster | null;
  /** The roster's schools matched to the tabs, once the tabs are read. */
  rosterMatch: RosterMatch | null;
  /** Tabs of roster schools with every required value empty: not submitted, left out of the figures. */
  readonly emptyTabs: Set<string>;
  readonly tabs: SchoolTab[];
  readonly figures: SchoolFigures[];
  readonly skipped: SkippedSheet[];
  /** Sheets actually used, per kind, in workbook order. */
  readonly used: Partial<Record<SheetKindId, string[]>>;
  /** Each school's rows of «База наставников», by school tab; null while no base was read. */
  schoolsInBase: ReadonlyMap<string, SchoolInBase> | null;
  /** Last period's long-format rows from the sheet «Прошлый период», when there is one. */
  previousRows?: readonly LongRow[];
  addIssues(issues: readonly Issue[]): void;
}

/** A live check of one sheet, started from its top rows (see src/gas/live-check.ts for the reads). */
export interface LiveEditor {
  /** Edits at or above this row (titles, the header) change no marks. */
  readonly headerRow: number;
  /**
   * `rows`: the top rows and the edited rows are read, every row when `needsAllRows`;
   * `whole`: the whole data range with its number formats (small sheets).
   */
  readonly reads: 'rows' | 'whole';
  needsAllRows(area: Area, oldValue: unknown): boolean;
  plan(grid: Grid, area: Area, oldValue: unknown, context: LiveContext): MarkPlan;
}

export interface TemplateEntry {
  /** Menu caption, e.g. «Создать лист «База наставников»». */
  readonly caption: string;
  /** The top-level function of the bundle the menu item calls (an export of src/gas/index.ts). */
  readonly functionName: string;
}

export interface SheetKind {
  readonly id: SheetKindId;
  /** Generated kinds are recognised by the add-on's marker only, never by their look. */
  readonly generated?: GeneratedKind;
  /** Recognition by the header (docs/domain.md#sheets: never by the name or position). */
  recognise?(grid: Grid): boolean;
  /** When only one sheet of the kind is used: why a second one is skipped. */
  secondSkipped?(used: string): string;
  /** Its rules read merged cells (a mentor merged over the rows of their mentees). */
  readonly readsMerges?: boolean;
  /** Its rules read number formats (a %-formatted 0.35), given the catalogue in force. */
  readsFormats?(catalogue: Catalogue): boolean;
  /** Settings first (1), then the forms they shape (2), then what is checked against the forms (3). */
  readonly phase: 1 | 2 | 3;
  /** Reads this kind's sheets (workbook order) into the analysis. */
  analyse?(grids: readonly Grid[], state: AnalysisState): void;
  /** Whether the full check keeps notes and colours on its cells. */
  readonly marked: boolean;
  /**
   * The issues of the rules the sheet decides alone, with the school list the last full check
   * saved: what the sidebar shows for the active sheet without reading the others.
   */
  checkAlone?(grid: Grid, context: LiveContext): readonly Issue[];
  /** Starts a live check when the sheet's top rows hold this kind's header. */
  startLive?(top: Grid): LiveEditor | null;
  readonly template?: TemplateEntry;
}
