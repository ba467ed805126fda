import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyse } from '../../src/app/analyse';
import { schoolTab, validValues } from '../core/monitoring/school-tab-fixture';
import { memoryWorkbook } from '../tools/memory-workbook';

const cell = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -3, max: 60 }),
  fc.double({ min: -1, max: 200, noNaN: true }),
  fc.boolean(),
  fc.constantFrom('', '#REF!', '12,5', 'да', 'нет', 'https://sosh1.ru/prikaz.pdf', '35 %'),
);

describe('analyse on arbitrary school tabs', () => {
  it('never throws; figures stay consistent with the schools counted', () => {
    const ids = Object.keys(validValues());
    const tabValues = fc.dictionary(fc.constantFrom(...ids), cell);
    fc.assert(
      fc.property(fc.array(tabValues, { minLength: 1, maxLength: 4 }), (tabs) => {
        const sheets: Record<string, unknown[][]> = {};
        tabs.forEach((overrides, i) => {
          const name = `СОШ ${i + 1}`;
          sheets[name] = schoolTab(name, `МБОУ «СОШ № ${i + 1}»`, validValues(overrides)).values.map((row) =>
            row.slice(),
          );
        });
        const { result } = analyse(memoryWorkbook(sheets));
        expect(result.organizations).toHaveLength(tabs.length);
        for (const figure of result.indicators) {
          expect(figure.schoolsCounted + figure.excluded.length).toBeLessThanOrEqual(tabs.length);
          if (figure.value !== null) expect(Number.isFinite(figure.value)).toBe(true);
          if (figure.type === 'share' && figure.value !== null)
            expect(figure.value).toBeGreaterThanOrEqual(0);
        }
        for (const issue of result.issues) expect(Object.keys(sheets)).toContain(issue.sheet);
      }),
      { numRuns: 60 },
    );
  });
});
