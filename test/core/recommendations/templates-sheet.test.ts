import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/sheet/grid';
import { buildTemplatesSheet } from '../../../src/core/recommendations/templates-sheet';
import {
  isTemplatesSheet,
  parseTemplatesSheet,
} from '../../../src/core/recommendations/templates-sheet-parser';
import { BUILTIN_TEMPLATES } from '../../../src/core/recommendations/templates';
import { modelToGrid } from '../../../src/core/templates/model-grid';
import { edit, rowOf } from './model-grid';

const sheet = () => modelToGrid(buildTemplatesSheet());

describe('buildTemplatesSheet', () => {
  const model = buildTemplatesSheet();

  it('lays out every built-in template under the header, with the stage as a number', () => {
    expect(model.name).toBe('Шаблоны рекомендаций');
    expect(model.cells[2].map((c) => c.value)).toEqual([
      'Код дефицита',
      'Дефицит',
      'Этап',
      'Текст рекомендации',
      'Срок',
      'Условие (справочно)',
    ]);
    expect(model.cells).toHaveLength(3 + BUILTIN_TEMPLATES.length);
    const doc = model.cells.find((row) => row[0].value === 'doc_order');
    expect(doc?.map((c) => c.value).slice(0, 3)).toEqual([
      'doc_order',
      'Нет приказа о внедрении целевой модели наставничества',
      1,
    ]);
    expect(doc?.[5].value).toBe('doc_order = 0 (нет)');
    expect(model.frozenRows).toBe(3);
  });

  it('offers the codes and the stages 1..8 as non-strict dropdowns', () => {
    const stages = model.dataValidations.find((v) => v.area.column === 3);
    expect(stages).toEqual({
      area: { row: 4, column: 3, rows: BUILTIN_TEMPLATES.length, columns: 1 },
      values: ['1', '2', '3', '4', '5', '6', '7', '8'],
      strict: false,
    });
    expect(model.dataValidations.find((v) => v.area.column === 1)?.values).toContain('data_errors');
  });
});

describe('isTemplatesSheet', () => {
  it('recognises the sheet by its header, whatever its name', () => {
    expect(isTemplatesSheet({ ...sheet(), name: 'Мои шаблоны' })).toBe(true);
  });

  it('does not take a monitoring tab or an empty sheet for it', () => {
    const tab: Grid = {
      name: 'СОШ № 1',
      values: [
        ['Мониторинг реализации целевой модели наставничества', '', ''],
        ['Код', 'Показатель', 'Значение'],
        ['1.1', 'Общая численность педагогических работников', 50],
      ],
    };
    expect(isTemplatesSheet(tab)).toBe(false);
    expect(isTemplatesSheet({ name: 'Лист1', values: [] })).toBe(false);
  });
});

describe('parseTemplatesSheet', () => {
  it('reads the built sheet back as the built-in templates, without issues', () => {
    const parsed = parseTemplatesSheet(sheet());
    expect(parsed.issues).toEqual([]);
    expect(parsed.templates).toEqual(BUILTIN_TEMPLATES);
  });

  it('lets the coordinator override text, deficit, stage and term; empty cells keep the built-in ones', () => {
    let grid = sheet();
    const row = rowOf(grid, 1, 'doc_order');
    grid = edit(grid, row, 4, 'Издать приказ в {ОО}\nи разместить его на сайте');
    grid = edit(grid, row, 3, '2 — разработка плана');
    grid = edit(grid, row, 5, '');
    grid = edit(grid, row, 2, '');
    const parsed = parseTemplatesSheet(grid);
    const doc = parsed.templates.find((t) => t.code === 'doc_order');
    expect(doc).toEqual({
      code: 'doc_order',
      condition: { kind: 'flag-absent', indicator: 'doc_order' },
      deficit: 'Нет приказа о внедрении целевой модели наставничества',
      stage: 2,
      text: 'Издать приказ в {ОО}\nи разместить его на сайте',
      term: 'в течение месяца',
      document: 'doc_order',
    });
    expect(parsed.issues).toEqual([]);
  });

  it('reports rows it cannot use as template/invalid, naming the cell, and keeps the built-in template', () => {
    let grid = sheet();
    const regulation = rowOf(grid, 1, 'doc_regulation');
    const roadmap = rowOf(grid, 1, 'doc_roadmap');
    const curator = rowOf(grid, 1, 'doc_curator');
    const site = rowOf(grid, 1, 'site_tab');
    grid = edit(grid, regulation, 3, 9);
    grid = edit(grid, roadmap, 4, '');
    grid = edit(grid, curator, 4, 'Назначить куратора в {школа}');
    grid = edit(grid, site, 3, 4.5);
    const n = grid.values.length;
    grid = {
      ...grid,
      values: [
        ...grid.values,
        ['doc_unknown', 'Что-то', 1, 'Текст', 'сразу', ''],
        ['doc_order', 'Повтор', 1, 'Другой текст', '', ''],
        ['', 'Без кода', 1, 'Текст', '', ''],
      ],
    };
    const parsed = parseTemplatesSheet(grid);
    expect(parsed.issues.map((i) => [i.code, i.severity, i.cell])).toEqual(
      [
        ['template/invalid', 'warning', `C${regulation}`],
        ['template/invalid', 'warning', `C${site}`],
        ['template/invalid', 'warning', `D${roadmap}`],
        ['template/invalid', 'warning', `D${curator}`],
        ['template/invalid', 'warning', `A${n + 1}`],
        ['template/invalid', 'warning', `A${n + 2}`],
        ['template/invalid', 'warning', `A${n + 3}`],
      ].sort((a, b) => Number(a[2].slice(1)) - Number(b[2].slice(1))),
    );
    const messages = parsed.issues.map((i) => i.message).join('\n');
    expect(messages).toContain(`В ячейке C${regulation} «9»: этап должен быть числом от 1 до 8`);
    expect(messages).toContain(`В ячейке D${curator} неизвестная подстановка {школа}`);
    expect(messages).toContain(`В ячейке A${n + 1} «doc_unknown»: неизвестный код дефицита`);
    expect(messages).toContain('код «doc_order» повторяется');
    expect(parsed.issues.every((i) => i.sheet === 'Шаблоны рекомендаций')).toBe(true);
    expect(parsed.templates).toEqual(BUILTIN_TEMPLATES);
  });

  it('gives the built-in templates when the sheet has no header', () => {
    expect(parseTemplatesSheet({ name: 'Лист1', values: [['заметки']] })).toEqual({
      templates: BUILTIN_TEMPLATES,
      issues: [],
    });
  });
});
