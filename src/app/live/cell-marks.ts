/**
 * Cell marks: a note and a background on cells with errors and warnings. The add-on recognises its
 * own marks by the note prefix and only ever replaces or clears a note that is its own or empty,
 * and a background that is its own colour, the default, or the fill its templates give the
 * cells to fill in — a curator's notes and colours stay.
 */
import type { Area } from '../../core/sheet/grid';
import type { Issue } from '../../core/issues/issue';
import { SEVERITY_RANK } from '../../core/issues/issue-report';
import { INPUT_STYLE } from '../../core/templates/template-style';
import { NOTE_PREFIX, NOTE_SEVERITY, NOTE_TAIL, NOTE_WHAT_TO_DO } from './messages';

type MarkSeverity = 'error' | 'warning';

/**
 * Pink for errors, amber for warnings: clearly apart from each other and from the templates'
 * pale-yellow input fill. Tints outside Sheets' palette, so a user's own fill is not taken for one.
 */
export const MARK_COLOURS: Readonly<Record<MarkSeverity, string>> = {
  error: '#f4c7c3',
  warning: '#fbd89a',
};

/**
 * The same colours one step off, for cells that had the templates' input fill: the colour itself
 * remembers the fill to give back when the mark clears, with nothing stored anywhere else.
 */
const ON_INPUT: Readonly<Record<MarkSeverity, string>> = {
  error: '#f4c7c4',
  warning: '#fbd89b',
};

const INPUT_FILL = (INPUT_STYLE.background as string).toLowerCase();
const DEFAULT_BACKGROUNDS = ['', '#ffffff', 'white'];
/** Colours of marks written by earlier versions: still the add-on's own. */
const EARLIER_MARKS = ['#fce8e6', '#fef7e0'];

export function isOwnNote(note: string): boolean {
  return note.startsWith(NOTE_PREFIX);
}

/** A plain background or a mark's (`c` in lower case): the add-on may colour over it. */
function isPlainOrMarked(c: string): boolean {
  return [...DEFAULT_BACKGROUNDS, ...EARLIER_MARKS, MARK_COLOURS.error, MARK_COLOURS.warning].includes(c);
}

/** The background a cell gets with a mark, or null when its colour is the curator's own. */
function markedBackground(colour: string, severity: MarkSeverity): string | null {
  const c = colour.toLowerCase();
  if (c === INPUT_FILL || c === ON_INPUT.error || c === ON_INPUT.warning) return ON_INPUT[severity];
  return isPlainOrMarked(c) ? MARK_COLOURS[severity] : null;
}

/** The background a cell gets back when its mark clears, or null when its colour is the curator's own. */
function clearedBackground(colour: string): string | null {
  const c = colour.toLowerCase();
  if (c === ON_INPUT.error || c === ON_INPUT.warning) return INPUT_STYLE.background as string;
  return isPlainOrMarked(c) ? '#ffffff' : null;
}

export interface Mark {
  readonly severity: 'error' | 'warning';
  readonly note: string;
}

/** The wanted mark of every cell with errors or warnings, keyed `row:column`. */
export function marksOf(issues: readonly Issue[]): Map<string, Mark> {
  const byCell = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (issue.severity === 'info') continue;
    const key = `${issue.row}:${issue.column}`;
    const list = byCell.get(key);
    if (list) list.push(issue);
    else byCell.set(key, [issue]);
  }
  const marks = new Map<string, Mark>();
  for (const [key, list] of byCell) {
    const sorted = [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const lines = sorted.map(noteLine);
    const body = lines.length === 1 ? ` ${lines[0]}` : `\n• ${lines.join('\n• ')}`;
    marks.set(key, {
      severity: sorted[0].severity === 'error' ? 'error' : 'warning',
      note: `${NOTE_PREFIX}${body}\n${NOTE_TAIL}`,
    });
  }
  return marks;
}

function noteLine(issue: Issue): string {
  return problemAndFix(NOTE_SEVERITY[issue.severity === 'error' ? 'error' : 'warning'], issue);
}

/**
 * «Ошибка: … . Что сделать: … .» — the RUSSIAN.md form of a message and its hint, as a cell's note
 * and docs/rules.md's examples write it; `kind` names the problem's kind («Ошибка»).
 */
export function problemAndFix(
  kind: string,
  text: { readonly message: string; readonly hint?: string },
): string {
  const problem = `${kind}: ${afterColon(sentence(text.message))}`;
  return text.hint ? `${problem} ${NOTE_WHAT_TO_DO} ${afterColon(sentence(text.hint))}` : problem;
}

/** After a colon a sentence goes on in lower case («Ошибка: в ячейке …»), an abbreviation («ОО») stays. */
function afterColon(text: string): string {
  const [first, second] = [text.charAt(0), text.charAt(1)];
  return second !== '' && second === second.toLowerCase() ? first.toLowerCase() + text.slice(1) : text;
}

/** The text ending with a full stop (or the mark it already ends with). */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export interface MarkedBlock {
  readonly notes: string[][];
  /** null resets a cell to no fill (keeps alternating colours visible). */
  readonly backgrounds: (string | null)[][];
  /** False when writing would change nothing (the caller then skips both writes). */
  readonly changed: boolean;
}

/** What the cells of `area` hold now: their notes and backgrounds, row by row. */
export interface CellsNow {
  readonly notes: readonly (readonly string[])[];
  readonly backgrounds: readonly (readonly string[])[];
}

/**
 * New notes and backgrounds for `area`, given what the cells hold now and the wanted marks
 * (from marksOf). Cells outside the wanted marks lose only the add-on's own marks; cells outside
 * `touched` (when given) are written back as they are.
 */
export function reconcileMarks(
  area: Area,
  { notes, backgrounds }: CellsNow,
  wanted: ReadonlyMap<string, Mark>,
  touched?: ReadonlySet<string>,
): MarkedBlock {
  let changed = false;
  const newNotes: string[][] = [];
  const newBackgrounds: (string | null)[][] = [];
  for (let r = 0; r < area.rows; r++) {
    const noteLine: string[] = [];
    const backgroundLine: (string | null)[] = [];
    for (let c = 0; c < area.columns; c++) {
      const note = notes[r]?.[c] ?? '';
      const background = backgrounds[r]?.[c] ?? '#ffffff';
      const cell = `${area.row + r}:${area.column + c}`;
      const mark = wanted.get(cell);
      const ownNote = note === '' || isOwnNote(note);
      let nextNote = note;
      let nextBackground = background;
      const inScope = !touched || touched.has(cell);
      if (inScope && mark && ownNote) {
        nextNote = mark.note;
        nextBackground = markedBackground(background, mark.severity) ?? background;
      } else if (inScope && !mark && isOwnNote(note)) {
        nextNote = '';
        nextBackground = clearedBackground(background) ?? background;
      }
      if (nextNote !== note || nextBackground.toLowerCase() !== background.toLowerCase()) changed = true;
      noteLine.push(nextNote);
      backgroundLine.push(DEFAULT_BACKGROUNDS.includes(nextBackground.toLowerCase()) ? null : nextBackground);
    }
    newNotes.push(noteLine);
    newBackgrounds.push(backgroundLine);
  }
  return { notes: newNotes, backgrounds: newBackgrounds, changed };
}
