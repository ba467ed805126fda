import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/core/catalogue/catalogue';
import { schoolFigures } from '../../../src/core/indicators/school-figures';
import type { InputReading, SchoolTab } from '../../../src/core/monitoring/school-tab';
import { indicatorDef as def } from '../catalogue/indicator-def';

/**
 * One school's figures from its readings (docs/domain.md#indicators), on a catalogue of six figures made
 * here: an input with an error or without a row is left out of every figure that uses it, never counted
 * as zero; a share the form gives as its own percent stands when the counts cannot give it; a share of
 * schools is the school's own flag; an evidence link is kept only for a flag that is set.
 */
const CATALOGUE: Catalogue = {
  indicators: [
    def('staff', 'count'),
    def('mentors', 'count'),
    def('order', 'flag'),
    def('surveyed', 'count'),
    def('satisfied', 'count'),
    def('share_mentors', 'share', { numerator: 'mentors', denominator: 'staff' }),
    def('satisfaction', 'share', { numerator: 'satisfied', denominator: 'surveyed', reported: true }),
    def('share_oo_order', 'share', { numerator: 'order' }),
  ],
};

function reading(value: number | null, extra: Partial<InputReading> = {}): InputReading {
  return { value, invalid: false, row: 5, column: 5, onForm: true, ...extra };
}

function schoolTab(inputs: Record<string, InputReading>, unread: string[] = []): SchoolTab {
  return {
    sheet: 'СОШ 1',
    name: 'МБОУ «СОШ № 1»',
    period: '2025',
    header: {} as SchoolTab['header'],
    inputs,
    matchedRows: Object.keys(inputs).length,
    unreadRows: unread.map((title, i) => ({ row: 20 + i, title })),
    issues: [],
  };
}

const complete = () => ({
  staff: reading(40),
  mentors: reading(10),
  order: reading(1),
  surveyed: reading(20),
  satisfied: reading(15),
});

describe('schoolFigures', () => {
  it('computes every figure from readings with no error', () => {
    const figures = schoolFigures(schoolTab(complete()), CATALOGUE);
    expect(figures.values).toEqual({
      staff: 40,
      mentors: 10,
      order: 1,
      surveyed: 20,
      satisfied: 15,
      share_mentors: 0.25,
      satisfaction: 0.75,
      share_oo_order: 1,
    });
    expect(figures.excludedFrom).toEqual([]);
    expect(figures.withoutRow).toEqual(['satisfaction']);
  });

  it('leaves an input with an error, and every figure it feeds, out', () => {
    const figures = schoolFigures(
      schoolTab({ ...complete(), staff: reading(null, { invalid: true }) }),
      CATALOGUE,
    );
    expect(figures.values.staff).toBeNull();
    expect(figures.values.share_mentors).toBeNull();
    expect(figures.excludedFrom).toEqual(['staff', 'share_mentors']);
  });

  it('leaves an input without a row out as well, and names it among the rows the tab lacks', () => {
    const { mentors: _, ...rest } = complete();
    const figures = schoolFigures(schoolTab(rest), CATALOGUE);
    expect(figures.values.mentors).toBeNull();
    expect(figures.excludedFrom).toEqual(['mentors', 'share_mentors']);
    expect(figures.withoutRow).toEqual(['mentors', 'satisfaction']);
  });

  it('names an input whose row is missing from the form among the rows the tab lacks', () => {
    const figures = schoolFigures(
      schoolTab({ ...complete(), order: reading(null, { onForm: false }) }),
      CATALOGUE,
    );
    expect(figures.withoutRow).toEqual(['order', 'satisfaction']);
    expect(figures.values.share_oo_order).toBeNull();
  });

  it('takes the percent the form gives when the counts cannot give the share, and not otherwise', () => {
    const own = reading(0.9);
    const noCounts = { ...complete(), surveyed: reading(null), satisfied: reading(null), satisfaction: own };
    expect(schoolFigures(schoolTab(noCounts), CATALOGUE).values.satisfaction).toBe(0.9);
    expect(schoolFigures(schoolTab(noCounts), CATALOGUE).withoutRow).toEqual([]);
    expect(schoolFigures(schoolTab(noCounts), CATALOGUE).excludedFrom).toEqual([]);
    expect(
      schoolFigures(schoolTab({ ...complete(), satisfaction: own }), CATALOGUE).values.satisfaction,
    ).toBe(0.75);
  });

  it('leaves out a percent the form gives with an error', () => {
    const broken = { ...complete(), surveyed: reading(null), satisfaction: reading(null, { invalid: true }) };
    const figures = schoolFigures(schoolTab(broken), CATALOGUE);
    expect(figures.values.satisfaction).toBeNull();
    expect(figures.excludedFrom).toEqual(['satisfaction']);
  });

  it('gives no share over a zero total', () => {
    expect(
      schoolFigures(schoolTab({ ...complete(), staff: reading(0) }), CATALOGUE).values.share_mentors,
    ).toBeNull();
  });

  it('keeps the evidence link of a flag that is set, and not of one that is not', () => {
    const link = 'https://school.example/order.pdf';
    const set = schoolFigures(schoolTab({ ...complete(), order: reading(1, { evidence: link }) }), CATALOGUE);
    expect(set.evidence).toEqual({ order: link });
    const unset = schoolFigures(
      schoolTab({ ...complete(), order: reading(0, { evidence: link }) }),
      CATALOGUE,
    );
    expect(unset.evidence).toEqual({});
    expect(unset.values.share_oo_order).toBe(0);
  });

  it('hands on the titles of the rows it could not read', () => {
    const figures = schoolFigures(schoolTab(complete(), ['Число кружков', 'Прочее']), CATALOGUE);
    expect(figures.unreadTitles).toEqual(['Число кружков', 'Прочее']);
  });
});
