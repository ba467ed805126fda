import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { parseSchoolTab } from '../../../src/core/monitoring/school-tab';
import { parseValue } from '../../../src/core/monitoring/value';
import { schoolTab, validValues } from './school-tab-fixture';

const cellValue = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer({ min: -1000, max: 100000 }),
  fc.boolean(),
  fc.constantFrom(
    '',
    '#REF!',
    '#DIV/0!',
    '12,5',
    '1 234',
    'да',
    'нет',
    '+',
    '35 %',
    'https://sosh1.ru/doc.pdf',
    '−',
    null,
    undefined,
  ),
  fc.date({ noInvalidDate: true }),
);

describe('school tab parsing on arbitrary cells', () => {
  it('never throws, and every issue points at a cell inside the sheet', () => {
    const ids = Object.keys(validValues());
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), cellValue), fc.boolean(), (overrides, percent) => {
        const grid = schoolTab('СОШ 1', 'МБОУ «СОШ № 1»', validValues(overrides));
        const formats = percent ? grid.values.map((row) => row.map(() => '0%')) : undefined;
        const tab = parseSchoolTab({ ...grid, numberFormats: formats }, BUILTIN_CATALOGUE);
        expect(tab).not.toBeNull();
        for (const issue of tab?.issues ?? []) {
          expect(issue.row).toBeGreaterThanOrEqual(1);
          expect(issue.row).toBeLessThanOrEqual(grid.values.length);
          expect(issue.column).toBeGreaterThanOrEqual(1);
          expect(issue.column).toBeLessThanOrEqual(grid.values[issue.row - 1].length);
          expect(issue.message).toContain(issue.cell);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('parseValue gives a value or a problem for any cell and type', () => {
    fc.assert(
      fc.property(
        cellValue,
        fc.constantFrom('count' as const, 'flag' as const, 'percent' as const),
        fc.boolean(),
        fc.boolean(),
        (raw, type, required, percentFormatted) => {
          const parsed = parseValue(raw, type, { required, percentFormatted });
          if (parsed.value !== null) expect(Number.isFinite(parsed.value)).toBe(true);
          if (parsed.value !== null && type !== 'count')
            expect(parsed.value >= 0 && parsed.value <= 1).toBe(true);
          if (required && parsed.problem === undefined) expect(parsed.value).not.toBeNull();
        },
      ),
      { numRuns: 1000 },
    );
  });
});
