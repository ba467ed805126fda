import { describe, it, expect } from 'vitest';
import { createOrganisationMatcher } from '../../../src/core/base/organisations';

const match = createOrganisationMatcher([
  'МБОУ «СОШ № 1»',
  'МБОУ «СОШ № 11»',
  'МКОУ «Знаменская ООШ»',
  'МБОУ «Гимназия № 2»',
  'МБОУ Кильмезская СОШ',
]);

describe('createOrganisationMatcher', () => {
  it.each(['МБОУ «СОШ № 1»', 'МБОУ "СОШ №1"', 'мбоу  «сош № 1»', 'МБОУ “СОШ № 1”'])('knows %j', (name) => {
    expect(match(name)).toEqual({ known: true, suggestion: null, several: [] });
  });

  it.each([
    ['СОШ № 1', 'МБОУ «СОШ № 1»'],
    ['МБОУ СОШ 1', 'МБОУ «СОШ № 1»'],
    ['Средняя общеобразовательная школа № 1', 'МБОУ «СОШ № 1»'],
    ['Знаменская ООШ', 'МКОУ «Знаменская ООШ»'],
    ['МБОУ Кильмезкая СОШ', 'МБОУ Кильмезская СОШ'],
    ['Гимназия 2', 'МБОУ «Гимназия № 2»'],
    [
      'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»',
      'МБОУ «СОШ № 1»',
    ],
    [
      'Муниципальное казённое общеобразовательное учреждение «Знаменская основная общеобразовательная школа»',
      'МКОУ «Знаменская ООШ»',
    ],
  ])('suggests the known name for %j', (name, suggestion) => {
    expect(match(name)).toEqual({ known: false, suggestion, several: [] });
  });

  it.each(['МБОУ «СОШ № 12»', 'Школа', 'МБОУ «Лицей № 1»', ''])('does not guess for %j', (name) => {
    expect(match(name)).toEqual({ known: false, suggestion: null, several: [] });
  });

  it('never confuses school numbers one digit apart', () => {
    expect(match('СОШ № 11').suggestion).toBe('МБОУ «СОШ № 11»');
  });
});
