/**
 * Acceptance: a municipality's order asks for the mentors' and the mentees' satisfaction in percent (items 7–8,
 * «Уровень удовлетворенности … (опросный)», «%»), typed as schools type percents. The satisfaction is an
 * indicator: read per school, the municipal value weighted by respondents where the form gives their number,
 * else the plain mean of the schools counted (docs/domain.md#satisfaction), and carried into the long format and
 * the regional roll-up weighted, never as a mean of means.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/app/summarise';
import { BUILTIN_CATALOGUE } from '../../src/core/catalogue/catalogue';
import { buildAnalyticalReport } from '../../src/core/documents/analytical-report';
import { buildSummarySheet } from '../../src/core/summary-sheet/summary-sheet';
import type { SummaryResult } from '../../src/core/findings/analysis-result';
import { municipalLongRows } from '../../src/core/long-format/long-rows';
import { rollup } from '../../src/core/rollup/rollup';
import { memoryWorkbook } from '../tools/memory-workbook';

/** The order's form: «№ п/п | Наименование показателя | Ед. изм. | Значение», items 1–8. */
function orderForm(school: string, satisfaction: { mentors: unknown; mentees: unknown }, surveyed?: number) {
  const rows: unknown[][] = [
    ['Мониторинг реализации целевой модели наставничества', '', '', ''],
    ['Образовательная организация:', school, '', ''],
    ['№ п/п', 'Наименование показателя', 'Ед. изм.', 'Значение'],
    [1, 'Общее количество педагогических работников ОО', 'чел.', 40],
    [2, 'Количество педагогов, участвующих в программах наставничества в роли наставника', 'чел.', 10],
    [3, 'Количество педагогов, участвующих в программах наставничества в роли наставляемого', 'чел.', 12],
    [4, 'Количество молодых педагогов (с опытом работы от 0 до 3 лет)', 'чел.', 3],
    [
      5,
      'Количество молодых педагогов, участвующих в программах наставничества в роли наставляемых',
      'чел.',
      3,
    ],
    [6, 'Разработан приказ о внедрении МСЦМН', 'да/нет', 'да'],
    [
      7,
      'Уровень удовлетворенности наставников участием в программах наставничества по различным формам наставничества (опросный)',
      '%',
      satisfaction.mentors,
    ],
    [
      8,
      'Уровень удовлетворенности наставляемых участием в программах наставничества по различным формам наставничества (опросный)',
      '%',
      satisfaction.mentees,
    ],
  ];
  if (surveyed !== undefined) rows.push([9, 'Наставники, участвовавшие в опросе', 'чел.', surveyed]);
  return rows;
}

const figure = (result: SummaryResult, id: string) => result.indicators.find((i) => i.id === id);
const valuesOf = (result: SummaryResult, id: string) =>
  result.organizations.map((o) => [o.name, o.values[id]]);

describe('satisfaction typed in percent as schools type it, with no number of respondents', () => {
  const { result } = summarise(
    memoryWorkbook({
      'СОШ 1': orderForm('МБОУ «СОШ № 1»', { mentors: '92%', mentees: '80 %' }),
      'СОШ 2': orderForm('МБОУ «СОШ № 2»', { mentors: '87,5', mentees: 70 }),
      'СОШ 3': orderForm('МБОУ «СОШ № 3»', { mentors: 0.92, mentees: '' }),
    }),
  );

  it('reads each school’s percent as its satisfaction, instead of discarding the row', () => {
    expect(valuesOf(result, 'satisfaction_mentors')).toEqual([
      ['МБОУ «СОШ № 1»', 0.92],
      ['МБОУ «СОШ № 2»', 0.875],
      ['МБОУ «СОШ № 3»', 0.92],
    ]);
    expect(valuesOf(result, 'satisfaction_mentees')).toEqual([
      ['МБОУ «СОШ № 1»', 0.8],
      ['МБОУ «СОШ № 2»', 0.7],
      ['МБОУ «СОШ № 3»', null],
    ]);
    const discarded = result.issues.filter((i) => i.message.includes('значение на листе не используется'));
    expect(discarded).toEqual([]);
    // 0,92 in a plain cell may be a share or a percent: read as 92 % with a warning at its cell.
    expect(
      result.issues.filter((i) => i.code === 'value/percent-ambiguous').map((i) => [i.sheet, i.cell]),
    ).toEqual([['СОШ 3', 'D10']]);
  });

  it('gives the municipality the plain mean of the schools counted, with no numerator or denominator', () => {
    expect(figure(result, 'satisfaction_mentors')).toMatchObject({
      numerator: null,
      denominator: null,
      schoolsCounted: 3,
      weighting: 'schools',
    });
    expect(figure(result, 'satisfaction_mentors')?.value).toBeCloseTo((0.92 + 0.875 + 0.92) / 3, 12);
    // An empty cell is no zero: СОШ № 3 is not counted.
    expect(figure(result, 'satisfaction_mentees')).toMatchObject({ schoolsCounted: 2, weighting: 'schools' });
    expect(figure(result, 'satisfaction_mentees')?.value).toBeCloseTo(0.75, 12);
    expect(figure(result, 'satisfaction_mentees')?.notComputed).toBeUndefined();
  });

  it('shows the figure in «Сводная» and in the справка instead of «нет данных»', () => {
    const model = buildSummarySheet(result, { generatedAt: '07.12.2026 10:00' });
    const row = model.cells.find((cells) =>
      String(cells[0]?.value).startsWith('Удовлетворённость наставников'),
    );
    expect(row?.[1]?.value).toBeCloseTo((0.92 + 0.875 + 0.92) / 3, 12);
    const report = buildAnalyticalReport(
      { result, catalogue: BUILTIN_CATALOGUE, parameters: {}, rows: [], generatedAt: '07.12.2026' },
      'internal',
    );
    const rows = report.blocks.flatMap((block) => (block.kind === 'table' ? block.rows : []));
    const line = rows.find(
      (cells) => cells[0] === 'Удовлетворённость наставников участием в программах наставничества',
    );
    // A plain mean has no «N из M».
    expect(line?.slice(1, 3)).toEqual(['90,5\u00a0%', '']);
  });

  it('puts in the long format what the mean sums: each school’s percent over 1', () => {
    const rows = municipalLongRows(result, BUILTIN_CATALOGUE, { region: '', municipality: 'М', period: '' });
    const counted = rows.filter(
      (row) =>
        row.level === 'school' && row.indicator_id === 'satisfaction_mentors' && row.status === 'counted',
    );
    expect(counted.map((row) => [row.numerator, row.denominator])).toEqual([
      [0.92, 1],
      [0.875, 1],
      [0.92, 1],
    ]);
    const sum = (key: 'numerator' | 'denominator') => counted.reduce((s, row) => s + (row[key] ?? 0), 0);
    expect(sum('numerator') / sum('denominator')).toBeCloseTo(
      figure(result, 'satisfaction_mentors')?.value ?? 0,
      12,
    );
  });
});

describe('satisfaction with the number of mentors surveyed', () => {
  const weighted = summarise(
    memoryWorkbook({
      'СОШ 1': orderForm('МБОУ «СОШ № 1»', { mentors: '90%', mentees: '' }, 30),
      'СОШ 2': orderForm('МБОУ «СОШ № 2»', { mentors: '60%', mentees: '' }, 10),
    }),
  ).result;
  const plain = summarise(
    memoryWorkbook({
      'СОШ 3': orderForm('МБОУ «СОШ № 3»', { mentors: '50%', mentees: '' }, 10),
      'СОШ 4': orderForm('МБОУ «СОШ № 4»', { mentors: '70%', mentees: '' }),
    }),
  ).result;

  it('weights the schools by their respondents when every school counted gives their number', () => {
    // (0,9 · 30 + 0,6 · 10) / 40 = 33 / 40, not the mean 75 %.
    expect(figure(weighted, 'satisfaction_mentors')).toMatchObject({
      weighting: 'respondents',
      denominator: 40,
    });
    expect(figure(weighted, 'satisfaction_mentors')?.numerator).toBeCloseTo(33, 9);
    expect(figure(weighted, 'satisfaction_mentors')?.value).toBeCloseTo(33 / 40, 12);
  });

  it('takes the plain mean when a school counted does not give it', () => {
    expect(figure(plain, 'satisfaction_mentors')).toMatchObject({ weighting: 'schools', numerator: null });
    expect(figure(plain, 'satisfaction_mentors')?.value).toBeCloseTo(0.6, 12);
  });

  it('rolls the region up weighted, never as a mean of municipal means', () => {
    const both = (a: SummaryResult, b: SummaryResult) =>
      rollup([
        { municipality: 'Первый район', source: '1.xlsx', result: a },
        { municipality: 'Второй район', source: '2.xlsx', result: b },
      ]);
    // Both by respondents: Σ satisfied / Σ surveyed = (33 + 33) / 80.
    const byRespondents = figure(both(weighted, weighted), 'satisfaction_mentors');
    expect(byRespondents).toMatchObject({ weighting: 'respondents', denominator: 80, schoolsCounted: 4 });
    expect(byRespondents?.value).toBeCloseTo(66 / 80, 12);
    // One of them a plain mean: each municipal figure counted as many times as it has schools.
    const region = figure(both(weighted, plain), 'satisfaction_mentors');
    expect(region).toMatchObject({ weighting: 'schools', numerator: null, schoolsCounted: 4 });
    expect(region?.value).toBeCloseTo((0.825 * 2 + 0.6 * 2) / 4, 12);
  });
});
