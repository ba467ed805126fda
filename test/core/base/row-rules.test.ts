import { describe, it, expect } from 'vitest';
import { findBaseHeader } from '../../../src/core/base/base-header';
import { validateBaseRows } from '../../../src/core/base/row-rules';
import type { Issue } from '../../../src/core/issues/issue';
import { baseGrid, checkBaseRows as check, rowWith, SCHOOLS } from './base-grid';

const brief = (issues: readonly Issue[]): string[] =>
  issues.map((issue) => `${issue.cell} ${issue.code} ${issue.severity}`);

describe('a clean row', () => {
  it('has no issues', () => {
    expect(check([rowWith({})], { knownOrganisations: SCHOOLS })).toEqual([]);
  });
});

describe('cell/required', () => {
  it('is an error for every empty required column', () => {
    const issues = check([rowWith({ 2: '', 3: ' ', 5: '', 6: '', 7: '' })]);
    expect(brief(issues)).toEqual([
      'C3 cell/required error',
      'D3 cell/required error',
      'F3 cell/required error',
      'G3 cell/required error',
      'H3 cell/required error',
    ]);
    expect(issues[0].message).toBe('В ячейке C3 не заполнен столбец «Место работы»');
  });

  it('is a warning for empty achievements', () => {
    const issues = check([rowWith({ 4: '' })]);
    expect(brief(issues)).toEqual(['E3 cell/required warning']);
    expect(issues[0].message).toBe('В ячейке E3 не указаны «Важные для программы достижения наставника»');
  });

  it('does not apply to an unused template row with only a number', () => {
    expect(check([[7, '', '', '', '', '', '', '']])).toEqual([]);
  });
});

describe('cell/formula-error', () => {
  it('is an error in any cell of the row, extra columns too', () => {
    const issues = check([[...rowWith({ 3: '#REF!' }), '#N/A']]);
    expect(brief(issues)).toEqual(['D3 cell/formula-error error', 'I3 cell/formula-error error']);
    expect(issues[0].message).toBe('В ячейке D3 «#REF!»: ошибка формулы вместо значения');
  });

  it('is reported in a row that is otherwise empty', () => {
    expect(brief(check([['', '', '', '', '#DIV/0!', '', '', '']]))).toEqual(['E3 cell/formula-error error']);
  });
});

describe('cell/whitespace', () => {
  it('is fixable information', () => {
    const [issue] = check([rowWith({ 3: '  Методика  преподавания математики ' })]);
    expect(issue).toMatchObject({
      code: 'cell/whitespace',
      severity: 'info',
      cell: 'D3',
      fix: { value: 'Методика преподавания математики', label: 'Убрать лишние пробелы' },
    });
  });

  it('keeps line breaks between mentees', () => {
    expect(check([rowWith({ 5: 'Петров Пётр Сергеевич\nСидорова Мария Ивановна' })])).toEqual([]);
    const [issue] = check([rowWith({ 5: 'Петров Пётр Сергеевич \n Сидорова  Мария Ивановна' })]);
    expect(issue.fix?.value).toBe('Петров Пётр Сергеевич\nСидорова Мария Ивановна');
  });

  it('is not reported again when another fix of the cell already tidies it', () => {
    expect(brief(check([rowWith({ 1: ' иванова  анна петровна' })]))).toEqual(['B3 fio/case info']);
  });
});

describe('cell/type', () => {
  it('is an error for a number, a date or a checkbox instead of a name or a form', () => {
    const issues = check([rowWith({ 1: 1985, 5: new Date(2024, 8, 1), 6: true })]);
    expect(brief(issues)).toEqual(['B3 cell/type error', 'F3 cell/type error', 'G3 cell/type error']);
    expect(issues[0].message).toBe(
      'В ячейке B3 «1985»: в столбце «Ф.И.О наставника» должны быть фамилия, имя и отчество, а стоит число',
    );
    expect(issues[1].message).toContain('«01.09.2024»');
    expect(issues[2].message).toContain('флажок');
  });

  it('is a warning for a number in a free-text column and for a bad «№ п/п»', () => {
    expect(brief(check([rowWith({ 0: 1.5, 3: 5 })]))).toEqual([
      'A3 cell/type warning',
      'D3 cell/type warning',
    ]);
    expect(brief(check([rowWith({ 0: 'первый' })]))).toEqual(['A3 cell/type warning']);
  });
});

describe('fio rules', () => {
  it('warns about initials with the curator-friendly message', () => {
    const [issue] = check([rowWith({ 1: 'Иванов И.И.' })]);
    expect(issue).toMatchObject({ code: 'fio/initials', severity: 'warning', cell: 'B3' });
    expect(issue.message).toBe('В ячейке B3 «Иванов И.И.»: указаны только инициалы');
    expect(issue.hint).toBe(
      'Укажите фамилию, имя и отчество полностью: по инициалам наставника нельзя сопоставить с другими листами',
    );
    expect(issue.fix).toBeUndefined();
  });

  it('reports Latin look-alikes as an error with the Cyrillic-only fix', () => {
    const [issue] = check([rowWith({ 1: 'Ивaнoвa Анна Петровна' })]);
    expect(issue).toMatchObject({
      code: 'fio/mixed-script',
      severity: 'error',
      fix: { value: 'Иванова Анна Петровна' },
    });
    expect(issue.message).toBe(
      'В ячейке B3 «Ивaнoвa Анна Петровна»: в ФИО среди русских букв есть латинские, похожие на русские: «a», «o»',
    );
  });

  it('fixes capitalisation, hyphenated parts too', () => {
    const [issue] = check([rowWith({ 1: 'петрова-водкина анна сергеевна' })]);
    expect(issue).toMatchObject({
      code: 'fio/case',
      severity: 'info',
      fix: { value: 'Петрова-Водкина Анна Сергеевна', label: 'Заменить на «Петрова-Водкина Анна Сергеевна»' },
    });
  });

  it('is an error when the name is not 2–3 Cyrillic words', () => {
    const issues = check([
      rowWith({ 1: 'Иванова' }),
      rowWith({ 1: 'Ivanova Anna' }, 2),
      rowWith({ 1: 'Иванова Анна 9 кл' }, 3),
    ]);
    expect(brief(issues)).toEqual(['B3 fio/format error', 'B4 fio/format error', 'B5 fio/format error']);
    expect(issues.map((issue) => issue.message)).toEqual([
      'В ячейке B3 «Иванова»: в ФИО одно слово, а нужны фамилия, имя и отчество',
      'В ячейке B4 «Ivanova Anna»: в ФИО латинские буквы вместо русских',
      'В ячейке B5 «Иванова Анна 9 кл»: в ФИО есть цифры',
    ]);
  });

  it('is an error when the mentor cell lists several people', () => {
    const [issue] = check([rowWith({ 1: 'Иванова Анна Петровна; Петров Пётр Сергеевич' })]);
    expect(issue).toMatchObject({ code: 'fio/format', severity: 'error' });
    expect(issue.message).toContain('наставник в строке должен быть один');
  });

  it('checks every mentee and names the ones at fault', () => {
    const issues = check([
      rowWith({ 5: 'Петров П.С.; сидорова мария ивановна, Кузнецов Олег Павлович\nОрлов О.' }),
    ]);
    expect(brief(issues)).toEqual(['F3 fio/initials warning', 'F3 fio/case info']);
    expect(issues[0].message).toBe(
      'В ячейке F3 «Петров П.С.; сидорова мария ивановна, Кузнецов Олег Павлович / Орлов О.»: у наставляемых «Петров П.С.», «Орлов О.» указаны только инициалы',
    );
    expect(issues[1].message).toContain(
      'в ФИО наставляемого «сидорова мария ивановна» неправильный регистр букв',
    );
    expect(issues[1].fix?.value).toBe(
      'Петров П.С.; Сидорова Мария Ивановна, Кузнецов Олег Павлович\nОрлов О.',
    );
  });

  it('puts every fixable problem of the cell into one fix', () => {
    const issues = check([rowWith({ 5: 'петров пётр сергеевич;  Сидоpoва Мария Ивановна' })]);
    expect(brief(issues)).toEqual(['F3 fio/mixed-script error', 'F3 fio/case info']);
    for (const issue of issues)
      expect(issue.fix?.value).toBe('Петров Пётр Сергеевич; Сидорова Мария Ивановна');
  });
});

describe('form rules', () => {
  it('is an error for an unknown form, whose hint names the three closest forms, not the whole list', () => {
    const [issue] = check([rowWith({ 6: 'психолог — молодой педагог' })]);
    expect(issue).toMatchObject({ code: 'form/unknown', severity: 'error', cell: 'G3' });
    expect(issue.message).toBe(
      'В ячейке G3 «психолог — молодой педагог»: такой формы наставничества нет в перечне',
    );
    const closest = issue.hint?.match(/введённому (.*?)\. /)?.[1].split(', ') ?? [];
    expect(closest).toHaveLength(3);
    expect(closest[0]).toBe('«педагог — молодой педагог»');
    expect(issue.hint).not.toContain('работодатель — студент');
  });

  it('offers the canonical spelling as a warning, which gets a mark in the cell, for a variant and for a typo alike', () => {
    expect(check([rowWith({ 6: 'учитель - учитель' })])[0]).toMatchObject({
      code: 'form/nonstandard',
      severity: 'warning',
      fix: { value: 'педагог — педагог' },
    });
    expect(check([rowWith({ 6: 'педагог — педагго' })])[0]).toMatchObject({
      code: 'form/nonstandard',
      severity: 'warning',
      fix: { value: 'педагог — педагог' },
    });
  });

  it('accepts a form followed by a kind', () => {
    expect(check([rowWith({ 6: 'педагог — педагог, групповое' })])).toEqual([]);
  });
});

describe('pair/self', () => {
  it('is an error when the mentor is among their own mentees, however spelled', () => {
    const issues = check([rowWith({ 5: 'Петров Пётр Сергеевич; ИВАНОВА АННА ПЕТРОВНА' })]);
    expect(brief(issues)).toEqual(['F3 fio/case info', 'F3 pair/self error']);
    const issue = issues[1];
    expect(issue.message).toContain('наставник «Иванова Анна Петровна» указан среди своих наставляемых');
  });
});

describe('org/unknown', () => {
  it('is checked only when the schools are known', () => {
    expect(check([rowWith({ 2: 'СОШ 1' })])).toEqual([]);
  });

  it('warns and suggests the school that is clearly meant', () => {
    const [issue] = check([rowWith({ 2: 'СОШ 1' })], { knownOrganisations: SCHOOLS });
    expect(issue).toMatchObject({
      code: 'org/unknown',
      severity: 'warning',
      cell: 'C3',
      fix: { value: 'МБОУ «СОШ № 1»' },
    });
    expect(issue.message).toContain('наставник учтён для ОО «МБОУ „СОШ № 1“»');
    expect(issue.hint).toBe('Запишите наименование так: «МБОУ „СОШ № 1“»');
  });

  it('warns without a fix when no school is clearly meant', () => {
    const [issue] = check([rowWith({ 2: 'ГБПОУ «Педагогический колледж»' })], {
      knownOrganisations: SCHOOLS,
    });
    expect(issue).toMatchObject({ code: 'org/unknown', severity: 'warning' });
    expect(issue.fix).toBeUndefined();
  });

  it('accepts the known name typed with other quotes and spacing', () => {
    expect(check([rowWith({ 2: 'МБОУ "СОШ №1"' })], { knownOrganisations: SCHOOLS })).toEqual([]);
  });
});

describe('merged cells', () => {
  it('reads a mentor merged over the rows of their mentees in every row, reporting its problems once', () => {
    const rows = [
      rowWith({ 1: 'иванова анна петровна' }),
      rowWith({ 1: '', 5: 'Сидорова Мария Ивановна' }, 2),
    ];
    const issues = check(rows, {}, [{ row: 3, column: 2, rows: 2, columns: 1 }]);
    expect(brief(issues)).toEqual(['B3 fio/case info']);
  });
});

describe('validateBaseRows', () => {
  it('checks only the rows it is given', () => {
    const grid = baseGrid([rowWith({ 1: 'Иванов И.И.' }), rowWith({ 2: '' }, 2)]);
    const header = findBaseHeader(grid);
    if (!header) throw new Error('no header');
    expect(brief(validateBaseRows(grid, header, [4]))).toEqual(['C4 cell/required error']);
    expect(brief(validateBaseRows(grid, header, [3, 4]))).toEqual([
      'B3 fio/initials warning',
      'C4 cell/required error',
    ]);
    expect(validateBaseRows(grid, header, [2, 99])).toEqual([]);
  });
});
