/**
 * Acceptance: a third municipality's own form (regulation-coded-form.ts) — the regulation's wording and
 * numbering, a title block, «Код | Наименование показателя | Ед. изм. | Значение | Примечание», section rows,
 * numbers stored as text in an .xlsx, a value typed in «Примечание», satisfaction typed «87,5» with its
 * respondents in a row of no role — gives the same figures as the add-on's own form filled with the same data,
 * and the figures computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/app/summarise';
import { BUILTIN_CATALOGUE, indicatorById } from '../../src/core/catalogue/catalogue';
import type { SummaryResult } from '../../src/core/findings/analysis-result';
import { readXlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { memoryWorkbook } from '../tools/memory-workbook';
import { CODED_ROWS, codedFormFile, type TypedValues } from './regulation-coded-form';

const FIRST: TypedValues = {
  doc_order: 'да',
  doc_regulation: 'да',
  doc_roadmap: 'да',
  doc_pairs_order: 'да',
  personal_programs: '9',
  site_tab: 'да',
  site_monthly_update: 'да',
  ped_total: '48',
  ped_mentors: '12',
  mentors_municipal_active: '2',
  mentors_regional_active: '1',
  ped_under35: '14',
  ped_under35_mentees: '9',
  practices_platform: '3',
  satisfaction_mentors: '87,5',
  mentors_surveyed: '16',
  satisfaction_mentees: '92 %',
  mentees_surveyed: '25',
};
const SECOND: TypedValues = {
  ...FIRST,
  doc_roadmap: 'нет',
  personal_programs: '4',
  site_monthly_update: 'нет',
  ped_total: '30',
  ped_mentors: '6',
  mentors_municipal_active: '0',
  mentors_regional_active: '0',
  ped_under35: '8',
  ped_under35_mentees: { note: '6' },
  practices_platform: '1',
  satisfaction_mentors: '80',
  mentors_surveyed: '10',
  satisfaction_mentees: '90',
  mentees_surveyed: '20',
};
const THIRD: TypedValues = {
  ...FIRST,
  doc_regulation: 'нет',
  doc_pairs_order: 'нет',
  personal_programs: '2',
  site_tab: 'нет',
  site_monthly_update: 'нет',
  ped_total: '22',
  ped_mentors: '4',
  mentors_municipal_active: '1',
  mentors_regional_active: '0',
  ped_under35: '5',
  ped_under35_mentees: '2',
  practices_platform: '0',
  satisfaction_mentors: '75',
  mentors_surveyed: '12',
  satisfaction_mentees: '100',
  mentees_surveyed: '30',
};
const SCHOOLS: Record<string, [string, TypedValues]> = {
  'СОШ 1': ['МБОУ «СОШ № 1»', FIRST],
  'СОШ 2': ['МБОУ «СОШ № 2»', SECOND],
  'ООШ 3': ['МКОУ «ООШ № 3»', THIRD],
};

/**
 * The add-on's own form of a school with the same data: codes and the catalogue's titles, satisfaction as its
 * two counts (the satisfied are the percent of those surveyed).
 */
function regularTab(school: string, values: TypedValues): unknown[][] {
  const number = (id: string) => {
    const typed = values[id];
    const text = typeof typed === 'string' ? typed : typed.note;
    return text === 'да' ? 1 : text === 'нет' ? 0 : Number(text.replace('%', '').replace(',', '.'));
  };
  const counts: Record<string, number> = {};
  for (const [, , , id] of CODED_ROWS) if (id !== '') counts[id] = number(id);
  counts.mentors_satisfied = Math.round((counts.satisfaction_mentors * counts.mentors_surveyed) / 100);
  counts.mentees_satisfied = Math.round((counts.satisfaction_mentees * counts.mentees_surveyed) / 100);
  const rows = Object.entries(counts)
    .map(([id, value]) => [indicatorById(BUILTIN_CATALOGUE, id), value] as const)
    .filter(([def]) => def?.code != null)
    .map(([def, value]) => [def?.code, def?.title, value]);
  return [
    ['Образовательная организация:', school],
    ['Период:', '2025'],
    [],
    ['Код', 'Показатель', 'Значение'],
    ...rows,
  ];
}

const figure = (result: SummaryResult, id: string) => result.indicators.find((i) => i.id === id);

describe('the regulation’s numbering in «Код | Наименование показателя | Ед. изм. | Значение | Примечание»', async () => {
  const { result } = summarise(await readXlsxWorkbook(await codedFormFile(SCHOOLS)));
  const regular = summarise(
    memoryWorkbook(
      Object.fromEntries(
        Object.entries(SCHOOLS).map(([sheet, [school, values]]) => [sheet, regularTab(school, values)]),
      ),
    ),
  ).result;

  it('reads every row under its indicator, numbers stored as text included', () => {
    expect(result.organizations.map((o) => o.name)).toEqual([
      'МБОУ «СОШ № 1»',
      'МБОУ «СОШ № 2»',
      'МКОУ «ООШ № 3»',
    ]);
    expect(result.organizations[0].values).toMatchObject({
      doc_order: 1,
      doc_regulation: 1,
      doc_roadmap: 1,
      doc_pairs_order: 1,
      personal_programs: 9,
      site_tab: 1,
      site_monthly_update: 1,
      ped_total: 48,
      ped_mentors: 12,
      mentors_municipal_active: 2,
      mentors_regional_active: 1,
      ped_under35: 14,
      ped_under35_mentees: 9,
      practices_platform: 3,
      satisfaction_mentors: 0.875,
      mentors_surveyed: 16,
      satisfaction_mentees: 0.92,
      mentees_surveyed: 25,
    });
    expect(result.organizations[1].values.ped_under35_mentees).toBe(6);
  });

  it('computes the figures by hand', () => {
    expect(figure(result, 'share_mentors')).toMatchObject({
      numerator: 22,
      denominator: 100,
      schoolsCounted: 3,
    });
    expect(figure(result, 'share_under35_mentees')).toMatchObject({ numerator: 17, denominator: 27 });
    // Every school gives its respondents: weighted by them, (14 + 8 + 9) / (16 + 10 + 12).
    expect(figure(result, 'satisfaction_mentors')).toMatchObject({
      weighting: 'respondents',
      denominator: 38,
    });
    expect(figure(result, 'satisfaction_mentors')?.value).toBeCloseTo(31 / 38, 12);
    expect(figure(result, 'satisfaction_mentees')?.value).toBeCloseTo(71 / 75, 12);
    expect(figure(result, 'share_oo_with_doc_roadmap')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(figure(result, 'share_oo_with_site_monthly_update')).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
  });

  it('gives the same figures as the add-on’s own form with the same data', () => {
    const computed = result.indicators.filter((i) => i.value !== null);
    expect(computed.length).toBeGreaterThan(10);
    for (const own of result.indicators) {
      const same = figure(regular, own.id);
      // The regular form also gives the counts of the satisfied, which this form asks as a percent.
      if (own.value === null) {
        if (own.type === 'share') expect([own.id, same?.value]).toEqual([own.id, null]);
      } else {
        expect([own.id, same?.schoolsCounted]).toEqual([own.id, own.schoolsCounted]);
        expect(same?.value).toBeCloseTo(own.value, 12);
      }
    }
  });

  it('warns only of the value typed in «Примечание», and holds nothing the form does not ask against a school', () => {
    const notes = result.issues.filter((i) => i.severity !== 'info');
    expect(notes.map((i) => [i.code, i.sheet, i.cell])).toEqual([['value/in-comment', 'СОШ 2', 'E24']]);
    for (const fill of result.fill)
      expect([fill.name, fill.requiredFilled]).toEqual([fill.name, fill.requiredTotal]);
  });
});
