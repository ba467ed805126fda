import { describe, expect, it } from 'vitest';
import {
  asMunicipalResult,
  booksWithErrors,
  municipalityNames,
  municipalityOfFile,
  repeatedBook,
} from '../../../src/app/region/municipal-book';
import { book, GOOD } from './books';

describe('municipal books', () => {
  it("name a municipality by its file's name without .xlsx", () => {
    expect(municipalityOfFile('Сосновский район.xlsx')).toBe('Сосновский район');
    expect(municipalityOfFile('Берёзовский район.XLSX')).toBe('Берёзовский район');
  });

  it('add the folder only where two files share a name, compared as the engine compares names', () => {
    expect(
      municipalityNames([
        { name: 'книга.xlsx', folder: 'Сосновский' },
        { name: 'Книга.xlsx', folder: 'Берёзовский' },
        { name: 'Ивановский район.xlsx', folder: 'Сосновский' },
      ]),
    ).toEqual(['Сосновский/книга', 'Берёзовский/Книга', 'Ивановский район']);
  });

  it('find a book given a second time, and none among distinct books', () => {
    expect(repeatedBook(['/a/1.xlsx', '/a/2.xlsx', '/a/1.xlsx'])).toBe(2);
    expect(repeatedBook(['/a/1.xlsx', '/b/1.xlsx'])).toBeNull();
  });

  it('carry the municipality, the source and the summary into the roll-up', () => {
    const sosnovsky = book('Сосновский район', { 'СОШ 1': GOOD });
    expect(asMunicipalResult(sosnovsky)).toEqual({
      municipality: 'Сосновский район',
      source: 'Сосновский район.xlsx',
      result: sosnovsky.summarised.result,
    });
  });

  it('tell the books whose data has errors', () => {
    const clean = book('Сосновский район', { 'СОШ 1': GOOD });
    const broken = book('Берёзовский район', { 'СОШ 2': { ...GOOD, ped_total: 'сорок' } });
    expect(booksWithErrors([clean, broken])).toEqual([broken]);
  });
});
