import { describe, expect, it } from 'vitest';
import type { SheetInfo, Workbook } from '../../src/app/workbook';
import { createSchoolSheets, createTemplate, parseSchoolList } from '../../src/app/templates';
import { analyse } from '../../src/app/analyse';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';
import type { Grid } from '../../src/core/sheet/grid';
import type { SheetModel } from '../../src/core/sheet/sheet-model';
import { catalogueTemplate } from '../../src/core/templates/catalogue-template';
import { modelToGrid } from '../../src/core/templates/model-grid';

/** Sheets in memory: user sheets as grids, created ones as the models drawn. */
function memoryWorkbook(grids: Grid[] = []) {
  const sheets = new Map<string, Grid>(grids.map((grid) => [grid.name, grid]));
  const models = new Map<string, SheetModel>();
  const workbook: Workbook = {
    cellTextLimit: 50000,
    listSheets: (): SheetInfo[] => [...sheets.keys()].map((name) => ({ name, generated: null })),
    readSheet: (name) => sheets.get(name)!,
    readMerges: (name) => sheets.get(name)!.merges ?? [],
    readNumberFormats: (name) => sheets.get(name)!.numberFormats ?? [],
    writeGenerated: () => {
      throw new Error('templates never write generated sheets');
    },
    createSheet: (name, model) => {
      if ([...sheets.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
        throw new Error(`exists: ${name}`);
      sheets.set(name, { ...modelToGrid(model), name });
      models.set(name, model);
    },
  };
  return { workbook, models, names: () => [...sheets.keys()] };
}

describe('createTemplate of the base and of the catalogue', () => {
  it('create the sheet once and never overwrite it', () => {
    const { workbook, names } = memoryWorkbook();
    expect(createTemplate(workbook, 'base')).toEqual({ created: ['База наставников'], skipped: [] });
    expect(createTemplate(workbook, 'catalogue')).toEqual({ created: ['Показатели'], skipped: [] });
    expect(createTemplate(workbook, 'base')).toEqual({
      created: [],
      skipped: [{ name: 'База наставников', reason: 'лист с таким названием уже есть' }],
    });
    expect(createTemplate(workbook, 'catalogue').created).toEqual([]);
    expect(names()).toEqual(['База наставников', 'Показатели']);
  });

  it('leaves a user sheet of the same name in another case alone', () => {
    const { workbook } = memoryWorkbook([{ name: 'база наставников', values: [['свои данные']] }]);
    expect(createTemplate(workbook, 'base').created).toEqual([]);
    expect(workbook.readSheet('база наставников').values).toEqual([['свои данные']]);
  });
});

describe('createTemplate of the recommendation templates', () => {
  it('lays the built-in texts out as a sheet the analysis then reads back without a complaint', () => {
    const { workbook, names } = memoryWorkbook();
    expect(createTemplate(workbook, 'templates')).toEqual({ created: ['Шаблоны рекомендаций'], skipped: [] });
    const analysis = analyse(workbook);
    expect(analysis.sheets.templates?.[0] ?? null).toBe('Шаблоны рекомендаций');
    expect(analysis.result.issues).toEqual([]);
    expect(createTemplate(workbook, 'templates').created).toEqual([]);
    expect(names()).toEqual(['Шаблоны рекомендаций']);
  });
});

describe('createSchoolSheets', () => {
  it('creates one monitoring tab per school of a pasted list', () => {
    const { workbook, models } = memoryWorkbook();
    const list = parseSchoolList('1. МБОУ «СОШ № 1»\n2. МБОУ «Гимназия № 2»\n\n3. МКОУ «Берёзовская ООШ»\n');
    const outcome = createSchoolSheets(workbook, list, '2025');
    expect(outcome).toEqual({
      created: ['МБОУ «СОШ № 1»', 'МБОУ «Гимназия № 2»', 'МКОУ «Берёзовская ООШ»'],
      skipped: [],
      remaining: 0,
    });
    const tab = models.get('МБОУ «Гимназия № 2»')!;
    expect(tab.cells[1][1].value).toBe('МБОУ «Гимназия № 2»');
    expect(tab.cells[2][1].value).toBe('2025');
    expect(tab.cells).toHaveLength(5 + BUILTIN_CATALOGUE.indicators.filter(isInput).length);
  });

  it('skips schools whose tab exists and repeats in the list, and says why', () => {
    const { workbook } = memoryWorkbook([{ name: 'МБОУ «СОШ № 1»', values: [['заполнено']] }]);
    const outcome = createSchoolSheets(
      workbook,
      ['МБОУ «СОШ № 1»', 'МБОУ «Лицей № 3»', 'МБОУ "Лицей №3"', '???'],
      '2025',
    );
    expect(outcome.created).toEqual(['МБОУ «Лицей № 3»']);
    expect(outcome.skipped).toEqual([
      { name: 'МБОУ «СОШ № 1»', reason: 'лист с таким названием уже есть' },
      { name: 'МБОУ "Лицей №3"', reason: 'повторяется в списке' },
      { name: '???', reason: 'пустое название' },
    ]);
    expect(workbook.readSheet('МБОУ «СОШ № 1»').values).toEqual([['заполнено']]);
  });

  it('gives tab names Excel accepts and keeps the full name in B2', () => {
    const { workbook, models } = memoryWorkbook();
    const full =
      'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7 с углублённым изучением отдельных предметов»';
    const { created } = createSchoolSheets(workbook, [full, full.replace('№ 7', '№ 8')], '2025');
    expect(created).toEqual(['МБОУ «СОШ № 7 с углублённым»', 'МБОУ «СОШ № 8 с углублённым»']);
    expect(models.get(created[0])!.cells[1][1].value).toBe(full);
  });

  it('uses the indicators of the workbook’s «Показатели» sheet', () => {
    const catalogue = catalogueTemplate(BUILTIN_CATALOGUE);
    const grid = modelToGrid(catalogue);
    const added = [
      '6.1',
      'tutors',
      'Дополнительно',
      'Тьюторы, сопровождающие наставников',
      'count',
      '',
      '',
      '',
      'нет',
      'муниципальный',
    ];
    const { workbook, models } = memoryWorkbook([{ ...grid, values: [...grid.values, added] }]);
    createSchoolSheets(workbook, ['МБОУ «СОШ № 5»'], '2025');
    const titles = models.get('МБОУ «СОШ № 5»')!.cells.map((row) => row[2]?.value);
    expect(titles).toContain('Тьюторы, сопровождающие наставников');
  });
});
