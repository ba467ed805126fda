/**
 * A paste marks what typing the same cells one by one marks. Google sends a paste as one event over
 * the whole block with neither `value` nor `oldValue` (Apps Script «Event objects», Edit:
 * https://developers.google.com/apps-script/guides/triggers/events), so the live check cannot
 * rebuild the old state and re-checks the block as new; typing gives one event per cell, each with
 * its old value. Either way the curator must see the same marks: a row left incomplete waits for
 * her (its empty required cells are the full check's), a mistake is marked at once.
 * Pasted values are never empty here: a paste that clears a value of a complete row cannot be told
 * from a paste over a row being typed (docs/decisions.md, «Live check, second round»).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../tools/gas-emulator';
import { schoolTab, seedMunicipality, start, tabName } from './municipality';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';

const BASE = 'База наставников';
const COLUMNS = 'ABCDEFGH';

/** Column → non-empty values a curator puts there: correct ones and typical mistakes. */
const VALUES: readonly (readonly unknown[])[] = [
  [1, 7, 8, 3],
  ['Орлова Вера Михайловна', 'Петрoва Мария Ивановна', 'Орлова В.М.', 'Smirnova Anna'],
  ['МБОУ «СОШ № 1»', 'МБОУ «СОШ № 2»', 'СОШ 2'],
  ['Методика преподавания'],
  ['Победитель конкурса «Учитель года»'],
  ['Фёдорова Дарья Алексеевна', 'Морозова Юлия Андреевна', 'морозова юлия андреевна'],
  ['педагог — молодой педагог', 'по интересам', 'учитель - учитель'],
  ['МБОУ «СОШ № 3»', 'МБОУ «СОШ № 1»'],
];

/** A block: its top-left cell (rows 2–7 hold data, 8–10 are empty) and its values, row by row. */
const aBlock = fc
  .record({
    row: fc.integer({ min: 2, max: 9 }),
    column: fc.integer({ min: 0, max: 7 }),
    rows: fc.integer({ min: 1, max: 2 }),
    columns: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ row, column, rows, columns }) => {
    const width = Math.min(columns, COLUMNS.length - column);
    const line = fc.tuple(...Array.from({ length: width }, (_, c) => fc.constantFrom(...VALUES[column + c])));
    return fc.record({
      row: fc.constant(row),
      column: fc.constant(column),
      values: fc.array(line, { minLength: rows, maxLength: rows }),
    });
  });

function marks(
  emulator: Emulator,
  sheet: string,
  a1: string,
): { notes: string[][]; backgrounds: string[][] } {
  return emulator.uncounted(() => {
    const range = emulator.spreadsheet.getSheetByName(sheet)!.getRange(a1);
    return { notes: range.getNotes(), backgrounds: range.getBackgrounds() };
  });
}

/** A municipality checked once, as curators find it. */
function checked() {
  const started = start();
  seedMunicipality(started.emulator, 3);
  started.emulator.ui.queueAlertResponse('OK');
  started.bundle.call('menuCheckWorkbook');
  return started;
}

describe('a paste marks what typing the same cells one by one marks', () => {
  it('on «База наставников», for blocks over data rows and empty rows', () => {
    fc.assert(
      fc.property(aBlock, ({ row, column, values }) => {
        const pasted = checked();
        const a1 = `${COLUMNS[column]}${row}`;
        const event = pasted.emulator.userPaste(BASE, a1, values as unknown[][]);
        expect(event.oldValue).toBeUndefined();
        pasted.bundle.call('onEdit', event);

        const typed = checked();
        values.forEach((line, r) =>
          line.forEach((value, c) =>
            typed.bundle.call(
              'onEdit',
              typed.emulator.userEdit(BASE, `${COLUMNS[column + c]}${row + r}`, value),
            ),
          ),
        );
        expect(marks(pasted.emulator, BASE, 'A1:H12')).toEqual(marks(typed.emulator, BASE, 'A1:H12'));
      }),
      { numRuns: 20 },
    );
  });

  it('on a school tab half filled in: the empty values outside the paste keep their marks', () => {
    const inputs = BUILTIN_CATALOGUE.indicators.filter(isInput);
    const firstValueRow = 6;
    const column = 'E';
    const sheet = tabName(4);
    const setUp = () => {
      const started = start();
      seedMunicipality(started.emulator, 3);
      const blank: Record<string, unknown> = {};
      inputs.forEach((def, index) => {
        if (index % 2 === 1) blank[def.id] = '';
      });
      started.emulator.seedSheet(sheet, schoolTab(4, blank));
      return started;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.constantFrom(0, 2, 3, 30, 200, '12,5'), { minLength: 1, maxLength: 3 }),
        (offset, numbers) => {
          const at = firstValueRow + offset;
          const pasted = setUp();
          pasted.bundle.call(
            'onEdit',
            pasted.emulator.userPaste(
              sheet,
              `${column}${at}`,
              numbers.map((n) => [n]),
            ),
          );
          const typed = setUp();
          numbers.forEach((n, i) =>
            typed.bundle.call('onEdit', typed.emulator.userEdit(sheet, `${column}${at + i}`, n)),
          );
          const range = `${column}1:${column}${firstValueRow + inputs.length}`;
          expect(marks(pasted.emulator, sheet, range)).toEqual(marks(typed.emulator, sheet, range));
        },
      ),
      { numRuns: 20 },
    );
  });
});
