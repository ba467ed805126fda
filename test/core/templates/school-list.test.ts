import { describe, expect, it } from 'vitest';
import { isHeadingLine, parseSchoolList } from '../../../src/core/templates/school-list';

describe('parseSchoolList', () => {
  it('takes one school per line, trimmed, without empty lines', () => {
    expect(
      parseSchoolList('  МБОУ «СОШ № 1»  \r\n\r\nМБОУ «Гимназия № 2»\n   \nМКОУ «Берёзовская ООШ»\n'),
    ).toEqual(['МБОУ «СОШ № 1»', 'МБОУ «Гимназия № 2»', 'МКОУ «Берёзовская ООШ»']);
  });

  it('drops repeats even when quotes, case or № spacing differ', () => {
    expect(parseSchoolList('МБОУ «СОШ № 1»\nМБОУ "СОШ №1"\nмбоу «сош № 1»\nМБОУ «СОШ № 10»')).toEqual([
      'МБОУ «СОШ № 1»',
      'МБОУ «СОШ № 10»',
    ]);
  });

  it('drops the numbering of a list copied from an order or a spreadsheet', () => {
    expect(parseSchoolList('1. МБОУ «СОШ № 1»\n2) МБОУ «Лицей № 3»\n3\tМКОУ «Ивановская СОШ»')).toEqual([
      'МБОУ «СОШ № 1»',
      'МБОУ «Лицей № 3»',
      'МКОУ «Ивановская СОШ»',
    ]);
  });

  it('gives nothing for an empty paste', () => {
    expect(parseSchoolList('\n \n')).toEqual([]);
  });
});

describe('headings of a pasted list', () => {
  it('are not schools: «Школы:», «Список ОО», a line ending with a colon', () => {
    const text =
      'Школы:\nМБОУ «СОШ № 1»\nСписок ОО\nПеречень общеобразовательных организаций\nСельские школы района:\nМКОУ «Знаменская ООШ»';
    expect(parseSchoolList(text)).toEqual(['МБОУ «СОШ № 1»', 'МКОУ «Знаменская ООШ»']);
  });

  it('keep a school whose name has the same words', () => {
    expect(isHeadingLine('Школа № 5')).toBe(false);
    expect(isHeadingLine('МБОУ «Школа будущего»')).toBe(false);
  });
});
