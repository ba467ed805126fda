import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { catalogueHeader, parseCatalogueSheet } from '../../../src/core/catalogue/catalogue-sheet';

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -5, max: 200 }),
  fc.boolean(),
  fc.constantFrom(
    '',
    'count',
    'flag',
    'share',
    'доля',
    'ped_total',
    'ped_mentors',
    'doc_order',
    'share_mentors',
    '1.2',
    '70 %',
    'да',
    '#REF!',
  ),
);

describe('«Показатели» sheet on arbitrary rows', () => {
  it('never throws, keeps ids unique, and points every issue inside the sheet', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 10, maxLength: 10 }), { maxLength: 12 }), (rows) => {
        const values = [[...catalogueHeader], ...rows];
        const result = parseCatalogueSheet({ name: 'Показатели', values });
        const ids = result.catalogue.indicators.map((d) => d.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.slice(0, BUILTIN_CATALOGUE.indicators.length)).toEqual(
          BUILTIN_CATALOGUE.indicators.map((d) => d.id),
        );
        for (const issue of result.issues) {
          expect(issue.row).toBeGreaterThanOrEqual(1);
          expect(issue.row).toBeLessThanOrEqual(values.length);
          expect(issue.column).toBeGreaterThanOrEqual(1);
          expect(issue.column).toBeLessThanOrEqual(10);
          expect(issue.message).toContain(issue.cell);
        }
        for (const def of result.catalogue.indicators) {
          if (def.numerator !== undefined) expect(ids).toContain(def.numerator);
          if (def.denominator !== undefined) expect(ids).toContain(def.denominator);
        }
      }),
      { numRuns: 300 },
    );
  });
});
