/**
 * The live check re-checks only what an edit can change; whatever it skips must not matter.
 * After any sequence of edits — cells typed, cells and blocks pasted — the marks it left must be exactly those a full check
 * of the workbook writes: the full check then changes no note and no colour.
 * One difference is by design: the empty required cells of the row the curator is still typing —
 * the row of her last edit, every row she left having been judged — are left to the full check,
 * which may add their «не заполнен» marks there — and nothing else.
 * Checks between the base and the school tabs (a workplace with no tab of its own) belong to the
 * full check alone, so the edits here keep to the schools that have tabs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_PREFIX } from '../../src/app/live/messages';
import type { Emulator } from '../tools/gas-emulator';
import { seedMunicipality, start } from './municipality';

const BASE = 'База наставников';

const NAMES = [
  'Орлова Вера Михайловна',
  'Петрoва Мария Ивановна',
  'Орлова В.М.',
  'Смирнова Анна Сергеевна',
  '',
];
const MENTEES = [
  'Фёдорова Дарья Алексеевна',
  'Морозова Юлия Андреевна',
  'Волкова Ирина Олеговна; Морозова Юлия Андреевна',
  'морозова юлия андреевна',
  '',
];

/** Column letter → values a curator types there (correct ones, typical mistakes, and clearing). */
const TYPED: Record<string, readonly unknown[]> = {
  A: [1, 2, 3, 5, 8, ''],
  B: NAMES,
  C: ['МБОУ «СОШ № 1»', 'МБОУ «СОШ № 2»', 'МБОУ «СОШ № 3»', ''],
  D: ['Методика преподавания', ''],
  E: ['Победитель конкурса «Учитель года»', ''],
  F: [...NAMES.slice(0, 1), ...MENTEES],
  G: ['педагог — молодой педагог', 'по интересам', 'педагог-педагог', ''],
  H: ['МБОУ «СОШ № 3»', 'МБОУ «СОШ № 1»', ''],
};

/**
 * One edit: a column, a row among the data rows and the empty rows below, a value, and whether it
 * was typed or pasted (a paste's event has no oldValue even for one cell: Apps Script «Event
 * objects», Edit — value and oldValue only for a single cell a user typed into).
 */
const anEdit = fc.constantFrom(...Object.keys(TYPED)).chain((column) =>
  fc.record({
    column: fc.constant(column),
    row: fc.integer({ min: 2, max: 10 }),
    values: fc.constantFrom(...TYPED[column]).map((value) => [[value]]),
    pasted: fc.boolean(),
  }),
);

/** A pasted block of up to two rows and three columns: one event over the whole block. */
const aBlock = fc
  .record({ first: fc.integer({ min: 0, max: 7 }), row: fc.integer({ min: 2, max: 9 }) })
  .chain(({ first, row }) => {
    const columns = Object.keys(TYPED).slice(first, first + 3);
    const line = fc.tuple(...columns.map((column) => fc.constantFrom(...TYPED[column])));
    return fc.record({
      column: fc.constant(columns[0]),
      row: fc.constant(row),
      values: fc.array(line, { minLength: 1, maxLength: 2 }),
      pasted: fc.constant(true),
    });
  });

interface Marks {
  readonly notes: string[][];
  readonly backgrounds: string[][];
  readonly values: unknown[][];
}

function marks(emulator: Emulator): Marks {
  return emulator.uncounted(() => {
    const range = emulator.spreadsheet.getSheetByName(BASE)!.getRange('A1:H12');
    return { notes: range.getNotes(), backgrounds: range.getBackgrounds(), values: range.getValues() };
  });
}

/**
 * The full check's marks, with those it alone puts on the empty cells of the row being typed
 * (`typing`, 1-based) taken back to the live ones.
 */
function withoutWaiting(full: Marks, live: Marks, typing: number): Marks {
  const waiting = (r: number, c: number) =>
    r === typing - 1 &&
    live.notes[r][c] === '' &&
    full.values[r][c] === '' &&
    full.notes[r][c].startsWith(NOTE_PREFIX);
  return {
    values: full.values,
    notes: full.notes.map((line, r) => line.map((note, c) => (waiting(r, c) ? live.notes[r][c] : note))),
    backgrounds: full.backgrounds.map((line, r) =>
      line.map((colour, c) => (waiting(r, c) ? live.backgrounds[r][c] : colour)),
    ),
  };
}

describe('live marks agree with the full check', () => {
  it('after any sequence of edits, a full check of the workbook changes no mark of «База наставников»', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anEdit, aBlock), { minLength: 1, maxLength: 12 }), (edits) => {
        const { emulator, bundle } = start();
        seedMunicipality(emulator, 3);
        emulator.ui.queueAlertResponse('OK');
        bundle.call('menuCheckWorkbook');
        for (const { column, row, values, pasted } of edits) {
          const a1 = `${column}${row}`;
          bundle.call(
            'onEdit',
            pasted ? emulator.userPaste(BASE, a1, values) : emulator.userEdit(BASE, a1, values[0][0]),
          );
        }
        const live = marks(emulator);
        emulator.ui.queueAlertResponse('OK');
        bundle.call('menuCheckWorkbook');
        const last = edits[edits.length - 1];
        expect(live).toEqual(withoutWaiting(marks(emulator), live, last.row + last.values.length - 1));
      }),
      { numRuns: 25 },
    );
  });
});
