import { describe, it, expect } from 'vitest';
import { validateBase } from '../../../src/core/base/validate-base';
import type { Issue } from '../../../src/core/issues/issue';
import { BASE_HEADER_ROW, baseGrid, realisticRows, rowWith, SCHOOLS } from './base-grid';

const brief = (issues: readonly Issue[]): string[] =>
  issues.map((issue) => `${issue.cell} ${issue.code} ${issue.severity}`);

describe('validateBase on a clean base', () => {
  const rows = realisticRows(30);
  rows[4][1] = 'Петрова-Водкина Анна Сергеевна';
  rows[7][5] = 'Алиев Рашид Гусейн оглы\nСемёнова Алёна Юрьевна';
  rows[9][6] = 'учитель — учитель';
  rows[11][6] = 'реверсивное';
  const grid = baseGrid([...rows, [31, '', '', '', '', '', '', ''], [32, '', '', '', '', '', '', '']]);

  it('finds no error and no warning', () => {
    const { issues } = validateBase(grid, { knownOrganisations: SCHOOLS });
    expect(issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('yields one entry per mentor row for the mentors-per-school cross-check', () => {
    const { entries, header } = validateBase(grid);
    expect(header?.row).toBe(2);
    expect(entries).toHaveLength(30);
    expect(entries[0]).toEqual({
      row: 3,
      mentor: rows[0][1],
      mentorKey: String(rows[0][1]).toLowerCase(),
      organisation: 'МБОУ «СОШ № 1»',
      mentees: String(rows[0][5]).split('; '),
      form: 'педагог — педагог',
    });
    expect(entries[9].form).toBe('педагог — педагог');
    expect(entries[7].mentees).toEqual(['Алиев Рашид Гусейн оглы', 'Семёнова Алёна Юрьевна']);
  });

  it('validates a 10 000-row base without a single issue', () => {
    const { issues, entries } = validateBase(baseGrid(realisticRows(10_000)), {
      knownOrganisations: SCHOOLS,
    });
    expect(issues).toEqual([]);
    expect(entries).toHaveLength(10_000);
    expect(new Set(entries.map((entry) => entry.mentorKey)).size).toBe(10_000);
  });
});

describe('validateBase: header', () => {
  it('reports a sheet without the base header once, at A1', () => {
    const result = validateBase({
      name: 'Инструкция',
      values: [['Заполните таблицу до 20 ноября'], ['Куратор: Иванова А.П.']],
    });
    expect(result.header).toBeNull();
    expect(result.entries).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'header/not-found',
      severity: 'error',
      cell: 'A1',
      row: 1,
      column: 1,
      sheet: 'Инструкция',
    });
    expect(result.issues[0].message).toBe(
      'На листе «Инструкция» не найдена строка заголовка таблицы «База наставников»',
    );
  });

  it('reports missing columns at the header row and does not check them in the rows', () => {
    const header = [
      '№ п/п',
      'Ф.И.О наставника',
      'Место работы',
      'Ф.И.О наставляемого (наставляемых)',
      'Форма наставничества',
    ];
    const { issues } = validateBase(
      baseGrid(
        [[1, 'Иванова Анна Петровна', 'МБОУ «СОШ № 1»', 'Петров Пётр Сергеевич', 'педагог — педагог']],
        undefined,
        header,
      ),
    );
    expect(brief(issues)).toEqual(['A2 header/missing-column error', 'A2 header/missing-column error']);
    expect(issues.map((issue) => issue.message)).toEqual([
      'В таблице нет обязательного столбца «Основные компетенции наставника»',
      'В таблице нет обязательного столбца «Место работы наставляемого»',
    ]);
  });

  it('reports a duplicate column as a warning and extra columns once as information', () => {
    const header = [...BASE_HEADER_ROW, 'Контактный телефон', 'ФИО наставника', 'Ссылка на программу'];
    const { issues } = validateBase(
      baseGrid(
        [[...rowWith({}), '+7 912 000-00-00', 'Петров Пётр', 'https://school1.ru/nastavnik']],
        undefined,
        header,
      ),
    );
    expect(brief(issues)).toEqual(['I2 header/extra-column info', 'J2 header/duplicate-column warning']);
    expect(issues[0].message).toBe(
      'Дополнительные столбцы «Контактный телефон» (I), «Ссылка на программу» (K) не проверяются',
    );
    expect(issues[1].message).toBe(
      'В ячейке J2 «ФИО наставника»: столбец «Ф.И.О наставника» повторяется, проверяется только первый (столбец B)',
    );
  });

  it('finds formula errors in the title rows too', () => {
    const grid = baseGrid([rowWith({})]);
    const values = grid.values.map((row) => [...row]);
    values[0][3] = '#NAME?';
    expect(brief(validateBase({ ...grid, values }).issues)).toEqual(['D1 cell/formula-error error']);
  });
});

describe('validateBase: rows', () => {
  it('puts per-row and cross-row issues together in sheet order', () => {
    const { issues } = validateBase(
      baseGrid([
        rowWith({}),
        ['', '', '', '', '', '', '', ''],
        rowWith({ 1: 'Иванов И.И.' }, 3),
        rowWith({}, 3),
        [4, '', '', '', '', '', '', ''],
      ]),
    );
    expect(brief(issues)).toEqual([
      'A4 row/blank info',
      'A5 seq/gap warning',
      'B5 fio/initials warning',
      'A6 seq/duplicate warning',
      'F6 row/duplicate warning',
    ]);
    expect(issues[4].message).toContain('уже есть в строке 3');
  });

  it('skips a row of column numbers under the header', () => {
    expect(validateBase(baseGrid([[1, 2, 3, 4, 5, 6, 7, 8], rowWith({})])).issues).toEqual([]);
  });

  it('numbers a mentor merged over several rows once', () => {
    const rows = [
      rowWith({}),
      rowWith({ 0: '', 1: '', 5: 'Сидорова Мария Ивановна' }),
      rowWith({ 1: 'Орлов Игорь Юрьевич' }, 2),
    ];
    const merges = [
      { row: 3, column: 1, rows: 2, columns: 1 },
      { row: 3, column: 2, rows: 2, columns: 1 },
    ];
    const { issues, entries } = validateBase(baseGrid(rows, merges));
    expect(issues).toEqual([]);
    expect(entries.map((entry) => [entry.row, entry.mentor, entry.mentees])).toEqual([
      [3, 'Иванова Анна Петровна', ['Петров Пётр Сергеевич']],
      [4, 'Иванова Анна Петровна', ['Сидорова Мария Ивановна']],
      [5, 'Орлов Игорь Юрьевич', ['Петров Пётр Сергеевич']],
    ]);
  });

  it('gives a null form for an unknown form and skips rows without a mentor in the entries', () => {
    const { entries } = validateBase(
      baseGrid([rowWith({ 6: 'по желанию' }), rowWith({ 1: '' }, 2), rowWith({ 1: 1985 }, 3)]),
    );
    expect(entries.map((entry) => [entry.row, entry.form])).toEqual([[3, null]]);
  });

  it('gives every issue, in row order — the report caps lists', () => {
    const rows = Array.from({ length: 10 }, (_, i) =>
      rowWith(
        {
          1: 'Иванов И.И.',
          5: `Петров Пётр ${['Сергеевич', 'Иванович', 'Олегович', 'Юрьевич', 'Павлович', 'Андреевич', 'Олегович', 'Ильич', 'Львович', 'Саввич'][i]}`,
        },
        i + 1,
      ),
    );
    const result = validateBase(baseGrid(rows));
    expect(result.issues.map((issue) => issue.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12]);
    // «Петров Пётр Олегович» is the mentee of rows 5 and 9: the pair is repeated at the later row.
    expect(
      result.issues.filter((issue) => issue.code === 'row/duplicate').map((issue) => issue.cell),
    ).toEqual(['F9']);
  });
});

describe('total rows (row/total)', () => {
  it('are skipped with a note, not read as a mentor with six errors', () => {
    const rows = [
      rowWith({}, 1),
      rowWith({ 5: 'Сидорова Анна Ивановна' }, 2),
      ['', 'Итого наставников: 2', '', '', '', '', '', ''],
      [3, 'Всего:', '', '', '', '', '', ''],
      ['', 'ИТОГО', 2, '', '', '', '', ''],
    ];
    const result = validateBase(baseGrid(rows));
    expect(result.issues.map((issue) => [issue.code, issue.cell, issue.severity])).toEqual([
      ['row/total', 'B5', 'info'],
      ['row/total', 'B6', 'info'],
      ['row/total', 'B7', 'info'],
    ]);
    expect(result.entries.map((entry) => entry.row)).toEqual([3, 4]);
  });

  it('leave a mentor whose surname only starts the same alone', () => {
    const result = validateBase(baseGrid([rowWith({ 1: 'Всеволодова Анна Ивановна' }, 1)]));
    expect(result.issues).toEqual([]);
  });
});
