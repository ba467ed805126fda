/**
 * Cell marks: a note and a background on cells with errors and warnings. The add-on recognises its
 * own marks by the note prefix and only ever replaces or clears a note that is its own or empty,
 * and a background that is its own colour or the default — a curator's notes and colours stay.
 */
import type { Area } from '../../core/grid';
import type { Issue } from '../../core/issue';
import { SEVERITY_RANK } from '../../core/report';
import { NOTE_PREFIX } from './messages';

/** Light tints that are not in Sheets' palette, so a user's own fill is not taken for a mark. */
export const MARK_COLOURS: Readonly<Record<'error' | 'warning', string>> = {
  error: '#fce8e6',
  warning: '#fef7e0',
};

const DEFAULT_BACKGROUNDS = ['', '#ffffff', 'white'];

export function isOwnNote(note: string): boolean {
  return note.startsWith(NOTE_PREFIX);
}

function isOwnOrDefaultBackground(colour: string): boolean {
  const c = colour.toLowerCase();
  return DEFAULT_BACKGROUNDS.includes(c) || c === MARK_COLOURS.error || c === MARK_COLOURS.warning;
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
    const lines = sorted.map((issue) => (issue.hint ? `${issue.message} ${issue.hint}` : issue.message));
    marks.set(key, {
      severity: sorted[0].severity === 'error' ? 'error' : 'warning',
      note:
        lines.length === 1
          ? `${NOTE_PREFIX} ${lines[0]}`
          : `${NOTE_PREFIX}\n• ${lines.join('\n• ')}`,
    });
  }
  return marks;
}

export interface MarkedBlock {
  readonly notes: string[][];
  /** null resets a cell to no fill (keeps alternating colours visible). */
  readonly backgrounds: (string | null)[][];
  /** False when writing would change nothing (the caller then skips both writes). */
  readonly changed: boolean;
}

/**
 * New notes and backgrounds for `area`, given what the cells hold now and the wanted marks
 * (from marksOf). Cells outside the wanted marks lose only the add-on's own marks; cells outside
 * `touched` (when given) are written back as they are.
 */
export function reconcileMarks(
  area: Area,
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[],
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
        if (isOwnOrDefaultBackground(background)) nextBackground = MARK_COLOURS[mark.severity];
      } else if (inScope && !mark && isOwnNote(note)) {
        nextNote = '';
        if (isOwnOrDefaultBackground(background)) nextBackground = '#ffffff';
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
