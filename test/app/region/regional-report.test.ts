import { describe, expect, it } from 'vitest';
import { regionalReport } from '../../../src/app/region/regional-report';
import { plainText } from '../../../src/core/documents/doc-model';
import { book, GOOD } from './books';

const GENERATED_AT = '02.12.2025';

describe('regionalReport', () => {
  it('writes the report and its public version for the region, with no letters', () => {
    const sosnovsky = book('Сосновский район', { 'СОШ 1': GOOD });
    const berezovsky = book('Берёзовский район', { 'СОШ 2': { ...GOOD, doc_order: 0 } });
    const report = regionalReport([sosnovsky, berezovsky], GENERATED_AT);
    expect(report.documents.letters).toEqual([]);
    const text = plainText(report.documents.report);
    expect(text).toContain('Сведения представили: 2 муниципалитета.');
    expect(text).toContain('Берёзовский район');
    expect(plainText(report.documents.publicReport)).not.toContain('Берёзовский район');
    expect(report.input.generatedAt).toBe(GENERATED_AT);
    // A school's deficit is named with its municipality, so the main deficits count the region's schools.
    expect(report.input.result.recommendations.map((draft) => draft.organization)).toContain(
      'МБОУ «СОШ 2» (Берёзовский район)',
    );
    expect(report).toMatchObject({ booksWithErrors: [], hasErrors: false });
  });

  it('names the books whose data has errors, and says the run has errors', () => {
    const clean = book('Сосновский район', { 'СОШ 1': GOOD });
    const broken = book('Берёзовский район', { 'СОШ 2': { ...GOOD, ped_total: 'сорок' } });
    const report = regionalReport([clean, broken], GENERATED_AT);
    expect(report.booksWithErrors).toEqual([broken]);
    expect(report.hasErrors).toBe(true);
  });
});
