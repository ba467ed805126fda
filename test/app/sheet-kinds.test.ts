import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/app/analyse';
import { SHEET_KINDS } from '../../src/app/sheet-kinds/registry';
import { RULES, ISSUE_CODES } from '../../src/core/issues/rules';
import { GENERATED_KINDS } from '../../src/core/sheet/sheet-model';
import { MENU_ITEMS } from '../../src/gas/menu';
import { baseGrid, realisticRows } from '../core/base/base-grid';
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
