import { describe, expect, it } from 'vitest';
import { uniqueFileNames, windowsFileName } from '../../../src/core/text/windows-file-name';

describe('file names of the letters', () => {
  it('keep a school’s name readable and drop what Windows refuses', () => {
    expect(windowsFileName('МБОУ «СОШ № 5»')).toBe('МБОУ «СОШ № 5»');
    expect(windowsFileName('МБОУ "СОШ № 5" г. Ишим / филиал: д. Ивановка?')).toBe(
      'МБОУ _СОШ № 5_ г. Ишим _ филиал_ д. Ивановка_',
    );
    expect(windowsFileName('СОШ № 1.  ')).toBe('СОШ № 1');
    expect(windowsFileName('CON')).toBe('_CON');
    expect(windowsFileName('lpt1')).toBe('_lpt1');
    expect(windowsFileName('a\tb\nc')).toBe('a b c');
    expect(windowsFileName('...')).toBe('_');
    expect(windowsFileName('Ш'.repeat(300))).toHaveLength(100);
    expect(windowsFileName('w'.repeat(300))).toHaveLength(120);
  });

  it('tell apart two schools whose names become the same', () => {
    expect(uniqueFileNames(['СОШ № 1', 'СОШ № 1?', 'сош № 1*', 'СОШ № 2'])).toEqual([
      'СОШ № 1',
      'СОШ № 1_',
      'сош № 1_ (2)',
      'СОШ № 2',
    ]);
  });
});
