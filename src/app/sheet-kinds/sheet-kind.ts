/**
 * What a kind of sheet declares, all in its own file under kinds/: how it is recognised (a score
 * of its header), what reading it adds to the analysis (its output, kept in `KindOutputs` under
 * its id), the rules it checks alone, its live check and its template. The use cases (analyse,
 * the full check, the live check, the menu, the command line) loop over the registry
 * (registry.ts) instead of naming kinds. A new kind is its engine folder in src/core, its file
 * here (which also adds its output type to `KindOutputs`), one entry of the registry and, with a
 * template, the one-line export of its menu handler in src/gas/index.ts.
 */
import type { Catalogue } from '../../core/catalogue/catalogue';
import type { Area, Grid } from '../../core/sheet/grid';
import type { Issue } from '../../core/issues/issue';
import type { RosterRowValues } from '../../core/roster';
import type { GeneratedKind, SheetModel } from '../../core/sheet/sheet-model';
import type { SkippedSheet } from '../../core/findings/analysis-result';
import type { LiveContext } from '../live/live-context';
import type { MarkPlan } from '../live/mark-plan';

/**
 * What each kind adds to the analysis, by kind id. Empty here: each kind's file adds its own
 * entry (`declare module '../sheet-kind' { interface KindOutputs { base: … } }`), so the ids
 * and the outputs come from the kinds' files, never from a list kept by hand.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface KindOutputs {}

export type SheetKindId = keyof KindOutputs;

/** What the kinds read so far; each kind's `analyse` gives its output, in the order of their `phase`. */
export interface AnalysisState {
  /** Each kind's output: its `none` until its sheets are read. */
  readonly outputs: KindOutputs;
  readonly skipped: SkippedSheet[];
  /** Sheets actually used, per kind, in workbook order. */
  readonly used: Partial<Record<SheetKindId, string[]>>;
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
  /** Sheets typed row by row: the marks of a row being typed once the curator has left it. */
  planLeftRow?(grid: Grid, row: number): MarkPlan;
}

/** What a template is made with: the catalogue in force, the base's forms, the schools, the school year. */
export interface TemplateOptions {
  readonly catalogue?: Catalogue;
  readonly forms?: readonly string[];
  /** The schools taking part, as the roster lists them. */
  readonly schools?: readonly RosterRowValues[];
  readonly period?: string;
}

interface TemplateCommon {
  /** Menu caption, e.g. «Создать лист «База наставников»». */
  readonly caption: string;
  /** The top-level function of the bundle the menu item calls (an export of src/gas/index.ts). */
  readonly functionName: string;
  /**
   * Its place among the sheets of the files `cmn-sheets template` writes: the blank municipal
   * workbook and one school's own file (absent: not in that file).
   */
  readonly files?: { readonly municipal?: number; readonly school?: number };
}

/** A template of one sheet, added unless a sheet of its name exists. */
export interface SheetTemplate extends TemplateCommon {
  sheet(options: TemplateOptions): SheetModel;
}

/** A template of one tab per school (from the roster or a pasted list). */
export interface SchoolsTemplate extends TemplateCommon {
  tab(school: string, catalogue: Catalogue, period: string): SheetModel;
}

export type KindTemplate = SheetTemplate | SchoolsTemplate;

export interface SheetKind<K extends SheetKindId = SheetKindId> {
  readonly id: K;
  /** Generated kinds are recognised by the add-on's marker only, never by their look. */
  readonly generated?: GeneratedKind;
  /**
   * How well the sheet's header is this kind's (docs/domain.md#sheets: never by the name or position): 0 when
   * it is not, else up to 1 (see header-score.ts); a sheet goes to the kind that scores highest.
   */
  recognise?(grid: Grid): number;
  /** When only one sheet of the kind is used: why a second one is skipped. */
  secondSkipped?(used: string): string;
  /** Its rules read merged cells (a mentor merged over the rows of their mentees). */
  readonly readsMerges?: boolean;
  /** Its rules read number formats (a %-formatted 0.35), given the catalogue in force and the sheet's values. */
  readsFormats?(catalogue: Catalogue, grid: Grid): boolean;
  /** Settings first (1), then the forms they shape (2), then what is checked against the forms (3). */
  readonly phase: 1 | 2 | 3;
  /** Its output when the workbook has no sheet of the kind. */
  readonly none: KindOutputs[K];
  /** Reads this kind's sheets (workbook order), given what earlier phases read: its output. */
  analyse?(grids: readonly Grid[], state: AnalysisState): KindOutputs[K];
  /** Whether the full check keeps notes and colours on its cells. */
  readonly marked: boolean;
  /**
   * The issues of the rules the sheet decides alone, with the school list the last full check
   * saved: what the sidebar shows for the active sheet without reading the others.
   */
  checkAlone?(grid: Grid, context: LiveContext): readonly Issue[];
  /** Starts a live check when the sheet's top rows hold this kind's header. */
  startLive?(top: Grid): LiveEditor | null;
  readonly template?: KindTemplate;
}

/** Any entry of the registry, its id and output tied together. */
export type AnySheetKind = { [K in SheetKindId]: SheetKind<K> }[SheetKindId];
