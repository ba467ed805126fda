import { describe, expect, it } from 'vitest';
import { exportRegion } from '../../../src/app/region/export-region';
import { book, GOOD } from './books';

const sosnovsky = book('Сосновский район', { 'СОШ 1': GOOD, 'СОШ 2': { ...GOOD, ped_mentors: 20 } });
const berezovsky = book('Берёзовский район', { 'СОШ 3': { ...GOOD, ped_total: 10, ped_mentors: 10 } });

describe('exportRegion', () => {
  it("holds one book's school and municipal rows, and no regional ones", () => {
    const { rows, region, booksWithErrors } = exportRegion([sosnovsky]);
    expect(region).toBeNull();
    expect(new Set(rows.map((row) => row.level))).toEqual(new Set(['school', 'municipality']));
    expect(new Set(rows.map((row) => row.municipality))).toEqual(new Set(['Сосновский район']));
    expect(booksWithErrors).toEqual([]);
  });

  it('adds the regional figures of several books, weighted over their schools', () => {
    const { rows, region } = exportRegion([sosnovsky, berezovsky]);
    expect(region?.organizations.map((org) => org.name)).toEqual(['Берёзовский район', 'Сосновский район']);
    const regional = rows.filter((row) => row.level === 'region');
    const mentors = regional.find((row) => row.indicator_id === 'share_mentors');
    expect(mentors?.value).toBeCloseTo(40 / 90, 10);
    const schoolRows = rows.filter((row) => row.level === 'school' && row.indicator_id === 'share_mentors');
    expect(schoolRows.map((row) => row.school).sort()).toEqual([
      'МБОУ «СОШ 1»',
      'МБОУ «СОШ 2»',
      'МБОУ «СОШ 3»',
    ]);
  });

  it('names the books whose data has errors', () => {
    const broken = book('Ивановский район', { 'СОШ 4': { ...GOOD, ped_total: 'сорок' } });
    expect(exportRegion([sosnovsky, broken]).booksWithErrors).toEqual([broken]);
  });
});
