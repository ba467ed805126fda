/**
 * Acceptance: a coordinator's workbook where «База наставников» is filled by the schools the way
 * it really is — a workplace typed with another legal form, a mentor's name with a Latin letter,
 * a pair without its form, a total row — read through the whole engine. Each school is told, in
 * its own recommendations, which cells to correct; a school that declares more mentors (1.2) than
 * it has in the base is asked to complete it (stage 4); every school with a deficit corrects its
 * plan (stage 8) by a date that lies ahead.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/app/summarise';
import { buildSummarySheet } from '../../src/core/summary-sheet/summary-sheet';
import { BASE_HEADER_ROW } from '../core/base/base-grid';
import { consistentSchoolTab as schoolTab } from './consistent-school-tab';
import { memoryWorkbook } from '../tools/memory-workbook';

const SCHOOL_5 = 'МБОУ «СОШ № 5»';
const BEREZOVSKAYA = 'МКОУ «Берёзовская ООШ»';

const BASE = [
  BASE_HEADER_ROW,
  [
    1,
    'Петрова Анна Сергеевна',
    SCHOOL_5,
    'Методика преподавания математики',
    'Победитель конкурса',
    'Сидоров Илья Олегович',
    'педагог — молодой педагог',
    SCHOOL_5,
  ],
  // Another legal form typed: the row still belongs to СОШ № 5, with the right name offered as the fix.
  [
    2,
    'Кузнецов Олег Иванович',
    'МКОУ СОШ №5',
    'Наставничество в проектной деятельности',
    'Грамота Минпросвещения',
    'Орлова Дарья Андреевна',
    'ученик — ученик',
    SCHOOL_5,
  ],
  // A Latin «o» in the mentor's name (an error) and no form of mentoring (a pair without a form).
  [
    3,
    'Смирнoва Ольга Петровна',
    SCHOOL_5,
    'Классное руководство',
    'Почётная грамота',
    'Егоров Павел Ильич',
    '',
    SCHOOL_5,
  ],
  [
    4,
    'Васильева Ирина Николаевна',
    'МКОУ «Березовская ООШ»',
    'Начальные классы',
    'Высшая категория',
    'Фомина Алла Юрьевна',
    'педагог — педагог',
    BEREZOVSKAYA,
  ],
  ['Итого наставников: 4'],
];

const TODAY = { year: 2026, month: 12, day: 2 };

function read() {
  const workbook = memoryWorkbook({
    'СОШ 5': schoolTab(SCHOOL_5, 4),
    Берёзовская: schoolTab(BEREZOVSKAYA, 1),
    'База наставников': BASE,
  });
  return summarise(workbook, { today: TODAY }).result;
}

describe('«База наставников» seen per school', () => {
  const result = read();
  const school5 = result.organizations.find((org) => org.name === SCHOOL_5);
  const drafts = result.recommendations.filter((r) => r.organization === SCHOOL_5);
  const draft = (code: string) => drafts.find((r) => r.code === code);

  it('offers the known name for a workplace typed with another legal form, once, as a fix', () => {
    const unknown = result.issues.filter((issue) => issue.code === 'org/unknown');
    expect(unknown.map((issue) => [issue.cell, issue.fix?.value])).toEqual([['C3', SCHOOL_5]]);
    expect(
      result.issues.filter((issue) => issue.cell === 'C3' && issue.sheet === 'База наставников'),
    ).toHaveLength(1);
  });

  it('skips the total row with a note, and counts the errors of a school\u2019s rows of the base as that school\u2019s', () => {
    expect(result.issues.find((issue) => issue.code === 'row/total')?.cell).toBe('A6');
    const ownBase = (school5?.dataErrors ?? []).filter((issue) => issue.sheet === 'База наставников');
    expect(ownBase.map((issue) => [issue.code, issue.cell])).toEqual([
      ['fio/mixed-script', 'B4'],
      ['cell/required', 'G4'],
    ]);
    expect(school5?.errors).toBe(2);
    expect(result.organizations.find((org) => org.name === BEREZOVSKAYA)?.errors).toBe(0);
  });

  it('lists those cells in the school\u2019s recommendation to correct its data', () => {
    const lines = draft('data_errors')?.text.split('\n') ?? [];
    expect(lines[0]).toMatch(/^Исправить 2 ошибки в данных мониторинга ОО/);
    expect(lines[1]).toBe('Ошибки:');
    expect(lines[2]).toMatch(/^— «База наставников»!B4, значение «Смирнoва Ольга Петровна»: /);
    expect(lines[3]).toMatch(/^— «База наставников»!G4: /);
  });

  it('asks at stage 4 to complete the base: three mentors of four, one pair without a form', () => {
    expect(draft('base_incomplete')).toMatchObject({
      stage: 4,
      figure: 'наставников в базе: 3 из 4; без формы наставничества: 1',
    });
    expect(draft('base_incomplete')?.text).toContain('в ОО 4 наставника, в базе — 3 наставника.');
  });

  it('corrects the plan at stage 8 by a date ahead of the day of generation', () => {
    expect(draft('plan_correction')).toMatchObject({ stage: 8, term: 'январь–февраль 2027\u00a0г.' });
    expect(drafts.map((r) => r.stage)).toEqual([...drafts.map((r) => r.stage)].sort((a, b) => a - b));
  });

  it('gives the school whose base is complete and data clean nothing to do', () => {
    expect(result.recommendations.filter((r) => r.organization === BEREZOVSKAYA)).toEqual([]);
  });

  it('shows the school\u2019s base errors in its data-quality row of «Сводная»', () => {
    const model = buildSummarySheet(result, { generatedAt: '02.12.2026 10:00' });
    const row = model.cells.find(
      (cells) =>
        cells[0]?.value === SCHOOL_5 && cells[1]?.value === 'СОШ 5' && typeof cells[3]?.value === 'number',
    );
    // Columns: school, tab, required values filled, errors, warnings.
    expect(row?.slice(3, 5).map((cell) => cell.value)).toEqual([2, school5?.warnings]);
  });
});
