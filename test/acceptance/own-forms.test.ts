/**
 * Acceptance: a municipality's own school form, worded as the monitoring regulation (§6.1) and the order
 * № 644 word their indicators, is read without any configuration in two layouts, with the values schools
 * really type; the shares are those computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/app/summarise';
import { summaryJson } from '../../src/cli/json-output';
import { SUMMARY_DOCUMENT } from '../../src/cli/json-schemas';
import { BUILTIN_CATALOGUE } from '../../src/core/catalogue/catalogue';
import { buildAnalyticalReport } from '../../src/core/documents/analytical-report';
import { buildConclusions } from '../../src/core/findings/conclusions';
import { buildSummarySheet } from '../../src/core/summary-sheet/summary-sheet';
import type { SummaryResult } from '../../src/core/findings/analysis-result';
import { memoryWorkbook } from '../tools/memory-workbook';
import { REGULATION_ROWS, regulationForm, sectionedForm } from './own-forms';

const figure = (result: SummaryResult, id: string) => result.indicators.find((i) => i.id === id);
const school = (result: SummaryResult, name: string) =>
  result.organizations.find((o) => o.name === name) as SummaryResult['organizations'][number];

describe('the regulation’s wording in «№ п/п | Наименование показателя | Ед. изм. | Значение | Примечание»', () => {
  const first = {
    ped_total: '40',
    ped_mentors: '12 чел.',
    ped_mentees: ' 7 ',
    young_mentees: 3,
    young_total: 4,
    ped_under35: 10,
    ped_under35_mentees: 6,
    mentors_municipal_active: 2,
    mentors_regional_active: 1,
    practices_platform: 3,
    doc_order: 'да',
    doc_regulation: 'да',
    doc_roadmap: 'есть',
    doc_pairs_order: 1,
    personal_programs: 4,
    site_tab: 'да',
    site_monthly_update: 'да',
  };
  const second = {
    ...first,
    ped_total: 50,
    ped_mentors: 10,
    ped_mentees: '0,5',
    young_mentees: 5,
    young_total: 5,
    ped_under35: 8,
    ped_under35_mentees: { note: '4' },
    site_tab: 'нет',
    extra: { 'Количество компьютеров в кабинете наставничества': 6 },
  };
  const third = {
    ...first,
    ped_total: 30,
    ped_mentors: 6,
    ped_mentees: 9,
    young_mentees: 0,
    young_total: 0,
    ped_under35: 5,
    ped_under35_mentees: 5,
    site_tab: 'есть',
    site_monthly_update: 'нет',
  };
  const { result } = summarise(
    memoryWorkbook({
      'СОШ 1': regulationForm('МБОУ «СОШ № 1»', first),
      'СОШ 2': regulationForm('МБОУ «СОШ № 2»', second),
      'СОШ 3': regulationForm('МБОУ «СОШ № 3»', third),
    }),
  );

  it('reads every indicator of the regulation’s rows with its value', () => {
    const values = school(result, 'МБОУ «СОШ № 1»').values;
    expect(values).toMatchObject({
      ped_total: 40,
      ped_mentors: 12,
      ped_mentees: 7,
      young_mentees: 3,
      young_total: 4,
      ped_under35: 10,
      ped_under35_mentees: 6,
      mentors_municipal_active: 2,
      mentors_regional_active: 1,
      practices_platform: 3,
      doc_order: 1,
      doc_regulation: 1,
      doc_roadmap: 1,
      doc_pairs_order: 1,
      personal_programs: 4,
      site_tab: 1,
      site_monthly_update: 1,
    });
    const read = REGULATION_ROWS.map(([id]) => id).filter((id) => !id.startsWith('share'));
    for (const id of read) expect([id, values[id]]).not.toEqual([id, null]);
  });

  it('computes the shares by hand: Σ numerators over Σ denominators of the schools counted', () => {
    expect(figure(result, 'share_mentors')).toMatchObject({ numerator: 28, denominator: 120 });
    expect(figure(result, 'share_mentors')?.value).toBeCloseTo(28 / 120, 12);
    // «0,5» mentees is an error: СОШ № 2 is left out of the share of mentees, not counted as zero.
    expect(figure(result, 'share_mentees')).toMatchObject({
      numerator: 16,
      denominator: 70,
      schoolsCounted: 2,
    });
    expect(figure(result, 'share_young_mentees')).toMatchObject({ numerator: 8, denominator: 9 });
    // The value typed in «Примечание» (4) is read.
    expect(figure(result, 'share_under35_mentees')).toMatchObject({ numerator: 15, denominator: 23 });
    expect(figure(result, 'share_oo_with_site_tab')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(figure(result, 'share_oo_with_site_monthly_update')).toMatchObject({
      numerator: 2,
      denominator: 3,
    });
  });

  it('says what it could not read, at the cell, and what it read with a doubt', () => {
    const of = (code: string) => result.issues.filter((issue) => issue.code === code);
    expect(of('value/not-integer').map((i) => [i.sheet, i.cell])).toEqual([['СОШ 2', 'D7']]);
    expect(of('value/annotated').map((i) => [i.sheet, i.cell])).toEqual([['СОШ 1', 'D6']]);
    expect(of('value/in-comment').map((i) => [i.sheet, i.cell, i.severity])).toEqual([
      ['СОШ 2', 'E11', 'warning'],
    ]);
    const unknown = of('indicator/unknown').filter((i) => i.severity === 'warning');
    expect(unknown.map((i) => [i.sheet, i.cell])).toEqual([['СОШ 2', 'B23']]);
    expect(result.issues.filter((i) => i.code === 'indicator/missing' && i.severity === 'error')).toEqual([]);
  });

  it('counts as required only what the form asks for', () => {
    const fill = result.fill.find((f) => f.name === 'МБОУ «СОШ № 1»');
    expect(fill).toMatchObject({ requiredFilled: fill?.requiredTotal });
  });
});

describe('ordinary wording in «Код | Показатель | Всего» with the municipality’s codes and section rows', () => {
  const values = (n: number) => ({
    ped_total: 20 + n,
    ped_mentors: `${3 + n}`,
    ped_mentees: 4,
    young_mentees: 2,
    young_total: 2 + n,
    students_10_19: '1 200',
    students_mentees: 600 + n,
    students_15_19: 400,
    student_mentors: 40,
    doc_order: 1,
    site_tab: 'да',
    site_monthly_update: n === 1 ? 'нет' : 'да',
  });
  const { result } = summarise(
    memoryWorkbook({
      'ООШ 1': sectionedForm('МКОУ «ООШ № 1»', values(1)),
      'ООШ 2': sectionedForm('МКОУ «ООШ № 2»', values(2)),
    }),
  );

  it('reads every row under its indicator, and the section rows as nothing', () => {
    expect(school(result, 'МКОУ «ООШ № 1»').values).toMatchObject({
      ped_total: 21,
      ped_mentors: 4,
      ped_mentees: 4,
      young_mentees: 2,
      young_total: 3,
      students_10_19: 1200,
      students_mentees: 601,
      students_15_19: 400,
      student_mentors: 40,
      doc_order: 1,
      site_tab: 1,
      site_monthly_update: 0,
    });
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('computes the shares by hand', () => {
    expect(figure(result, 'share_mentors')).toMatchObject({ numerator: 9, denominator: 43 });
    expect(figure(result, 'share_mentees')).toMatchObject({ numerator: 8, denominator: 43 });
    expect(figure(result, 'share_young_mentees')).toMatchObject({ numerator: 4, denominator: 7 });
    expect(figure(result, 'share_students_mentees')).toMatchObject({ numerator: 1203, denominator: 2400 });
    expect(figure(result, 'share_student_mentors')).toMatchObject({ numerator: 80, denominator: 800 });
    expect(figure(result, 'share_oo_with_site_monthly_update')).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
  });
});

describe('a share no tab can compute', () => {
  it('says which row was not found on any tab and names the closest unread rows', () => {
    const tab = (total: string) => [
      ['Показатель', 'Значение'],
      [total, 40],
      ['Педагоги в роли наставника', 8],
    ];
    const { result } = summarise(
      memoryWorkbook({ 'СОШ 1': tab('Кадры школы (физ. лица)'), 'СОШ 2': tab('Кадры школы (физ. лица)') }),
    );
    const share = figure(result, 'share_mentors');
    expect(share?.value).toBeNull();
    expect(share?.notComputed).toMatchObject({ input: 'ped_total', nearestRows: [] });
    const unknown = result.issues.filter((i) => i.code === 'indicator/unknown' && i.severity === 'warning');
    expect(unknown.map((i) => [i.sheet, i.cell])).toEqual([
      ['СОШ 1', 'A2'],
      ['СОШ 2', 'A2'],
    ]);
  });

  it('says why in «Сводная»’s quality block, its conclusions, the справка and summary --json, never a bare «—»', () => {
    const values = [
      ['Показатель', 'Значение'],
      ['Педагогический состав (физ. лица)', 60],
      ['Педагоги в роли наставника', 8],
    ];
    const { result } = summarise(memoryWorkbook({ 'СОШ 1': values }));
    const why =
      'не рассчитана: ни на одном листе не найдена строка «Общая численность педагогических работников» ' +
      '(ближайшие строки: «Педагогический состав (физ. лица)»)';
    const model = buildSummarySheet(result, { generatedAt: '07.12.2026 10:00' });
    const rows = model.cells.map((cells) => cells.map((cell) => cell.value));
    const label = rows.findIndex((cells) => cells[0] === 'Показатели, которые не рассчитаны:');
    expect(label).toBeGreaterThan(rows.findIndex((cells) => cells[0] === '3. Качество данных'));
    expect(rows.slice(label + 1)).toContainEqual([
      'Доля наставников в общем количестве педагогических работников',
      `Н${why.slice(1)}.`,
    ]);
    expect(buildConclusions(result).join('\n')).toContain(
      'Доля наставников в общем количестве педагогических работников: по муниципалитету не рассчитывается — ' +
        'ни на одном листе не найдена строка «Общая численность педагогических работников»',
    );
    const report = buildAnalyticalReport(
      { result, catalogue: BUILTIN_CATALOGUE, parameters: {}, rows: [], generatedAt: '07.12.2026' },
      'internal',
    );
    const texts = report.blocks.flatMap((block) =>
      block.kind === 'paragraph' ? [block.runs.map((run) => run.text).join('')] : [],
    );
    expect(texts).toContain(`Доля наставников в общем количестве педагогических работников: ${why}.`);
    const json = summaryJson(result).indicators.find((i) => i.id === 'share_mentors');
    expect(json?.notComputed).toEqual({
      input: 'ped_total',
      inputTitle: 'Общая численность педагогических работников',
      nearestRows: ['Педагогический состав (физ. лица)'],
      reason: why,
    });
    expect(SUMMARY_DOCUMENT.safeParse(summaryJson(result)).success).toBe(true);
  });

  it('names an unread row that resembles the missing input', () => {
    const values = [
      ['Показатель', 'Значение'],
      ['Педагогический состав (физ. лица)', 60],
      ['Педагоги в роли наставника', 8],
    ];
    const { result } = summarise(memoryWorkbook({ 'СОШ 1': values }));
    expect(figure(result, 'share_mentors')?.notComputed).toEqual({
      input: 'ped_total',
      inputTitle: 'Общая численность педагогических работников',
      nearestRows: ['Педагогический состав (физ. лица)'],
    });
  });
});
