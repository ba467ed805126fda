import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/app/analyse';
import { recogniseKind, SHEET_KINDS } from '../../src/app/sheet-kinds/registry';
import { isBaseSheet } from '../../src/core/base';
import { isCatalogueSheet } from '../../src/core/catalogue/catalogue-sheet';
import { RULES, ISSUE_CODES } from '../../src/core/issues/rules';
import { LONG_COLUMNS } from '../../src/core/long-format/long-row';
import { isLongTable } from '../../src/core/long-format/read-long-table';
import { isSchoolTab } from '../../src/core/monitoring/monitoring-header';
import { isParametersSheet } from '../../src/core/parameters/parameters-sheet';
import { isTemplatesSheet } from '../../src/core/recommendations/templates-sheet-parser';
import { isRosterSheet } from '../../src/core/roster';
import type { Grid } from '../../src/core/sheet/grid';
import { GENERATED_KINDS } from '../../src/core/sheet/sheet-model';
import { modelToGrid } from '../../src/core/templates/model-grid';
import { BUILTIN_CATALOGUE } from '../../src/core/catalogue/catalogue';
import { MENU_ITEMS } from '../../src/gas/menu';
import { municipality } from '../acceptance/municipality-fixture';
import { seed003Tab } from '../acceptance/seed-003-form';
import { BASE_HEADER_ROW, baseGrid, realisticRows } from '../core/base/base-grid';
import { schoolTab, validValues } from '../core/monitoring/school-tab-fixture';
import { memoryWorkbook } from '../tools/memory-workbook';

describe('the registry of sheet kinds', () => {
  it('has one kind per generated marker, recognised by the marker and never by its look', () => {
    for (const generated of GENERATED_KINDS) {
      const kinds = SHEET_KINDS.filter((kind) => kind.generated === generated);
      expect(kinds).toHaveLength(1);
      expect(kinds[0].recognise).toBeUndefined();
      expect(kinds[0].marked).toBe(false);
    }
  });

  it('gives every kind that has a template a menu item calling its function', () => {
    const menu = MENU_ITEMS.flatMap((item) => (item ? [item.functionName] : []));
    for (const kind of SHEET_KINDS) if (kind.template) expect(menu).toContain(kind.template.functionName);
    expect(SHEET_KINDS.filter((kind) => kind.template).map((kind) => kind.id)).toEqual([
      'base',
      'catalogue',
      'templates',
      'parameters',
      'roster',
      'school-tab',
    ]);
  });

  it('recognises each sheet by its header, whatever its name, and skips a second one of a single kind', () => {
    const workbook = memoryWorkbook({
      'Наставники 2025': baseGrid(realisticRows(3)).values as unknown[][],
      'Копия базы': baseGrid(realisticRows(2)).values as unknown[][],
      Тексты: [
        ['Код дефицита', 'Текст рекомендации'],
        ['doc_order', 'Издать приказ'],
      ],
      'Ещё тексты': [
        ['Код дефицита', 'Текст рекомендации'],
        ['doc_order', 'Другой текст'],
      ],
      'Для писем': [
        ['Параметр', 'Значение'],
        ['Основание', 'приказ № 245'],
      ],
      'Параметры (старые)': [
        ['Параметр', 'Значение'],
        ['Основание', 'приказ № 1'],
      ],
    });
    const analysis = analyse(workbook);
    expect(analysis.sheets.base).toEqual(['Наставники 2025']);
    expect(analysis.sheets.templates).toEqual(['Тексты']);
    expect(analysis.sheets.parameters).toEqual(['Для писем']);
    expect(analysis.parameters.basis).toBe('приказ № 245');
    expect(analysis.result.skipped).toEqual([
      { sheet: 'Копия базы', reason: 'второй лист «База наставников»: используется лист «Наставники 2025»' },
      { sheet: 'Ещё тексты', reason: 'второй лист «Шаблоны рекомендаций»: используется лист «Тексты»' },
      { sheet: 'Параметры (старые)', reason: 'второй лист «Параметры»: используется лист «Для писем»' },
    ]);
  });
});

/** How a sheet was recognised before scores: the first kind of the registry whose header it has. */
const FIRST_MATCH: readonly [string, (grid: Grid) => boolean][] = [
  ['base', isBaseSheet],
  ['catalogue', isCatalogueSheet],
  ['templates', isTemplatesSheet],
  ['parameters', isParametersSheet],
  ['roster', isRosterSheet],
  ['previous', (grid) => isLongTable(grid.values)],
  ['school-tab', isSchoolTab],
];

function firstMatch(grid: Grid): string | null {
  return FIRST_MATCH.find(([, matches]) => matches(grid))?.[0] ?? null;
}

/** Every sheet the tests build: the municipality's workbook, the seed forms, each kind's template. */
function fixtures(): Grid[] {
  const town = municipality();
  const grids: Grid[] = Object.entries(town.sheets).map(([name, values]) => ({
    name,
    values,
    ...(town.merges[name] ? { merges: town.merges[name] } : {}),
  }));
  grids.push({ name: 'seed 003', values: seed003Tab('МБОУ «СОШ № 5»', () => 1).values });
  grids.push(baseGrid(realisticRows(5)));
  grids.push(schoolTab('СОШ 5', 'МБОУ «СОШ № 5»', validValues()));
  grids.push({ name: 'Прошлый период', values: [LONG_COLUMNS.map((column) => column.name)] });
  for (const kind of SHEET_KINDS) {
    const template = kind.template;
    if (template === undefined) continue;
    const model =
      'sheet' in template
        ? template.sheet({ schools: [{ name: 'МБОУ «СОШ № 5»', sheet: 'СОШ 5' }] })
        : template.tab('МБОУ «СОШ № 5»', BUILTIN_CATALOGUE, '2025/2026');
    grids.push({ ...modelToGrid(model), name: model.name });
  }
  return grids;
}

describe('recognition by the best header', () => {
  it('recognises every sheet of the fixtures as the first matching kind did', () => {
    const grids = fixtures();
    const seen = new Set<string>();
    for (const grid of grids) {
      const expected = firstMatch(grid);
      expect(recogniseKind(grid)?.id ?? null, grid.name).toBe(expected);
      if (expected !== null) seen.add(expected);
    }
    expect([...seen].sort()).toEqual(FIRST_MATCH.map(([id]) => id).sort());
  });

  it('does not take a list of mentees that shares three columns with the base for the base', () => {
    const mentees: unknown[][] = [
      ['Список наставляемых на 2025/2026 учебный год'],
      [
        '№ п/п',
        'ФИО наставляемого',
        'Должность',
        'Стаж работы',
        'Место работы',
        'Форма наставничества',
        'Дата начала',
      ],
      [
        1,
        'Петрова Анна Сергеевна',
        'учитель математики',
        1,
        'МБОУ «СОШ № 1»',
        'педагог — педагог',
        '01.09.2025',
      ],
    ];
    const list: Grid = { name: 'Наставляемые', values: mentees };
    // The base's own matcher finds three of its columns there, a ФИО one among them.
    expect(isBaseSheet(list)).toBe(true);
    expect(recogniseKind(list)).toBeNull();

    const analysis = analyse(
      memoryWorkbook({
        Наставляемые: mentees,
        'База наставников': baseGrid(realisticRows(2)).values as unknown[][],
      }),
    );
    expect(analysis.sheets.base).toEqual(['База наставников']);
    expect(analysis.result.skipped.map((skip) => skip.sheet)).toEqual(['Наставляемые']);
    expect(analysis.result.skipped[0].reason).not.toMatch(/База наставников/);
  });

  it('still takes a short base with a column of its own for the base', () => {
    const short: Grid = {
      name: 'Наставники',
      values: [['№ п/п', 'ФИО наставника', 'Место работы', 'ФИО наставляемого', 'Контакты']],
    };
    expect(recogniseKind(short)?.id).toBe('base');
    expect(recogniseKind({ name: 'База', values: [BASE_HEADER_ROW] })?.id).toBe('base');
  });

  it('gives a sheet two kinds accept to the one whose header it matches best, not the earlier one', () => {
    const header = ['Код', 'ID', 'Показатель', 'Тип', 'Значение', 'Ед. изм.', 'Комментарий'];
    const grid: Grid = { name: 'Показатели ОО', values: [header] };
    expect(isCatalogueSheet(grid)).toBe(true);
    expect(isSchoolTab(grid)).toBe(true);
    expect(recogniseKind(grid)?.id).toBe('school-tab');
    const catalogueLike: Grid = { name: 'Показатели', values: [header.slice(0, 5)] };
    expect(recogniseKind(catalogueLike)?.id).toBe('catalogue');
  });
});

describe('rule descriptions', () => {
  it('describe every issue code: a severity, a fix or not, and how far the rule reads', () => {
    expect(ISSUE_CODES.length).toBeGreaterThan(30);
    for (const code of ISSUE_CODES) {
      expect(code).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(['error', 'warning', 'info']).toContain(RULES[code].severity);
      expect(['cell', 'row', 'column', 'sheet', 'workbook']).toContain(RULES[code].reads);
    }
    expect(RULES['fio/case']).toEqual({ severity: 'info', fixable: true, reads: 'cell' });
    expect(RULES['cross/mentor-count-mismatch'].reads).toBe('workbook');
  });
});
