import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/issues/issue';
import { MARK_COLOURS, isOwnNote, marksOf, reconcileMarks } from '../../../src/app/live/cell-marks';
import { NOTE_PREFIX } from '../../../src/app/live/messages';

const AREA = { row: 2, column: 1, rows: 2, columns: 2 };

function issue(row: number, column: number, severity: Issue['severity'], message: string): Issue {
  return {
    code: 'cell/required',
    severity,
    sheet: 'База наставников',
    cell: `A${row}`,
    row,
    column,
    message,
    hint: 'Заполните ячейку',
    params: {},
  };
}

describe('marksOf', () => {
  it('puts every error and warning of a cell in one own note, errors first, and skips info', () => {
    const marks = marksOf([
      issue(2, 1, 'warning', 'Нет достижений'),
      issue(2, 1, 'error', 'Не заполнено ФИО'),
      issue(3, 2, 'info', 'Лишний пробел'),
    ]);
    expect([...marks.keys()]).toEqual(['2:1']);
    const mark = marks.get('2:1')!;
    expect(mark.severity).toBe('error');
    expect(isOwnNote(mark.note)).toBe(true);
    expect(mark.note.indexOf('не заполнено ФИО')).toBeLessThan(mark.note.indexOf('нет достижений'));
  });
});

describe('reconcileMarks', () => {
  it('marks empty cells, clears stale own marks, leaves the rest and reports no change when there is none', () => {
    const own = `${NOTE_PREFIX} старое замечание`;
    const wanted = marksOf([issue(2, 1, 'error', 'Не заполнено ФИО')]);
    const result = reconcileMarks(
      AREA,
      {
        notes: [
          ['', ''],
          [own, 'Заметка куратора'],
        ],
        backgrounds: [
          ['#ffffff', '#ffffff'],
          [MARK_COLOURS.warning, '#ffffff'],
        ],
      },
      wanted,
    );
    expect(result.changed).toBe(true);
    expect(result.notes[0][0]).toContain('не заполнено ФИО');
    expect(result.backgrounds).toEqual([
      [MARK_COLOURS.error, null],
      [null, null],
    ]);
    expect(result.notes[1]).toEqual(['', 'Заметка куратора']);
    const again = reconcileMarks(
      AREA,
      { notes: result.notes, backgrounds: result.backgrounds.map((line) => line.map((c) => c ?? '#ffffff')) },
      wanted,
    );
    expect(again.changed).toBe(false);
  });

  it('touches only the given cells when a touched set is passed', () => {
    const own = `${NOTE_PREFIX} повтор номера`;
    const result = reconcileMarks(
      AREA,
      {
        notes: [
          [own, ''],
          ['', ''],
        ],
        backgrounds: [
          [MARK_COLOURS.warning, '#ffffff'],
          ['#ffffff', '#ffffff'],
        ],
      },
      new Map(),
      new Set(['3:1']),
    );
    expect(result.changed).toBe(false);
    expect(result.notes[0][0]).toBe(own);
  });

  it('never changes a curator’s note, nor a colour that is not its own (property)', () => {
    const note = fc.oneof(
      fc.constant(''),
      fc.constant(`${NOTE_PREFIX} старое`),
      fc.string({ minLength: 1 }).filter((s) => !isOwnNote(s)),
    );
    const colour = fc.constantFrom('#ffffff', MARK_COLOURS.error, MARK_COLOURS.warning, '#b6d7a8', '#ff0000');
    const cells = fc.array(fc.array(fc.tuple(note, colour), { minLength: 2, maxLength: 2 }), {
      minLength: 2,
      maxLength: 2,
    });
    const wantedCells = fc.subarray(['2:1', '2:2', '3:1', '3:2']);
    fc.assert(
      fc.property(cells, wantedCells, fc.boolean(), (grid, keys, error) => {
        const wanted = marksOf(
          keys.map((key) => {
            const [row, column] = key.split(':').map(Number);
            return issue(row, column, error ? 'error' : 'warning', `Проблема в ${key}`);
          }),
        );
        const notes = grid.map((line) => line.map(([n]) => n));
        const colours = grid.map((line) => line.map(([, c]) => c));
        const result = reconcileMarks(AREA, { notes: notes, backgrounds: colours }, wanted);
        for (let r = 0; r < 2; r++) {
          for (let c = 0; c < 2; c++) {
            const userNote = notes[r][c] !== '' && !isOwnNote(notes[r][c]);
            if (userNote) expect(result.notes[r][c]).toBe(notes[r][c]);
            const userColour = !['#ffffff', MARK_COLOURS.error, MARK_COLOURS.warning].includes(colours[r][c]);
            if (userColour) expect(result.backgrounds[r][c]).toBe(colours[r][c]);
          }
        }
      }),
    );
  });
});

describe('marks on the cells a template gives to fill in', () => {
  const INPUT = '#fff8e1';
  const area = { row: 2, column: 1, rows: 1, columns: 3 };
  const wanted = marksOf([
    issue(2, 1, 'error', 'Дробное число'),
    issue(2, 2, 'warning', 'Проверьте значение'),
  ]);

  it('are clearly visible over the input fill, and the fill comes back when they clear', () => {
    const marked = reconcileMarks(
      area,
      { notes: [['', '', '']], backgrounds: [[INPUT, INPUT, INPUT]] },
      wanted,
    );
    const [error, warning, untouched] = marked.backgrounds[0];
    expect(error).not.toBe(INPUT);
    expect(warning).not.toBe(INPUT);
    expect(error).not.toBe(warning);
    expect(untouched).toBe(INPUT);
    const cleared = reconcileMarks(
      area,
      { notes: marked.notes, backgrounds: [marked.backgrounds[0].map((colour) => colour ?? '#ffffff')] },
      new Map(),
    );
    expect(cleared.backgrounds[0]).toEqual([INPUT, INPUT, INPUT]);
    expect(cleared.notes[0]).toEqual(['', '', '']);
  });

  it('take over the colours of earlier versions and leave a curator’s own colour alone', () => {
    const own = `${NOTE_PREFIX} старое замечание`;
    const result = reconcileMarks(
      area,
      { notes: [[own, own, '']], backgrounds: [['#fce8e6', '#fef7e0', '#00ff00']] },
      marksOf([issue(2, 3, 'error', 'Ошибка')]),
    );
    expect(result.backgrounds[0]).toEqual([null, null, '#00ff00']);
    expect(result.notes[0][2].startsWith(NOTE_PREFIX)).toBe(true);
  });

  it('use error and warning colours apart from each other and from the input fill', () => {
    const colours = new Set([MARK_COLOURS.error, MARK_COLOURS.warning, INPUT]);
    expect(colours.size).toBe(3);
  });
});

describe('the text of a note', () => {
  it('says what is wrong and what to do in two sentences, and that the mark goes by itself', () => {
    const note = marksOf([issue(2, 1, 'error', 'В ячейке A2 не заполнен столбец «Место работы»')]).get(
      '2:1',
    )!.note;
    expect(note).toBe(
      `${NOTE_PREFIX} Ошибка: в ячейке A2 не заполнен столбец «Место работы». Что сделать: заполните ячейку.\nОтметка снимется сама после исправления.`,
    );
    expect(note).not.toContain('«Исправить»');
  });
});
