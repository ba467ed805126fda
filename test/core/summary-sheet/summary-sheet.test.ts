import { describe, expect, it } from 'vitest';
import type { ModelCell, SheetModel } from '../../../src/core/sheet/sheet-model';
import { buildSummarySheet } from '../../../src/core/summary-sheet/summary-sheet';
import {
  fillOf,
  GYMNASIUM,
  IVANOVSKAYA,
  organization,
  SCHOOL_1,
  smallMunicipality,
} from './small-municipality';

const META = { generatedAt: '25.11.2025 14:30' };
const pct = (text: string) => text.replace(/ %/g, '\u00a0%');

function rowStarting(model: SheetModel, text: string, from = 0): number {
  const index = model.cells.findIndex((row, i) => i >= from && row[0]?.value === text);
  if (index < 0) throw new Error(`no row starts with ${text}`);
  return index + 1;
}

function cell(model: SheetModel, row: number, column: number): ModelCell | undefined {
  return model.cells[row - 1]?.[column - 1];
}

function values(model: SheetModel, row: number): unknown[] {
  return (model.cells[row - 1] ?? []).map((c) => c.value);
}

function allText(model: SheetModel): string {
  return model.cells
    .flatMap((row) => row.map((c) => (typeof c.value === 'string' ? c.value : '')))
    .join('\n');
}

describe('buildSummarySheet: header block', () => {
  const model = buildSummarySheet(smallMunicipality(), META);

  it('names the sheet «Сводная» and merges the bold title across the table', () => {
    expect(model.name).toBe('Сводная');
    expect(cell(model, 1, 1)?.value).toBe(
      'Аналитическая справка по итогам мониторинга реализации целевой модели наставничества',
    );
    expect(cell(model, 1, 1)?.style?.bold).toBe(true);
    expect(model.merges).toContainEqual({ row: 1, column: 1, rows: 1, columns: 10 });
  });

  it('gives the period, the time of generation, the schools counted and the skipped tabs with reasons', () => {
    expect(values(model, 2)).toEqual(['Период:', '2025']);
    expect(values(model, 3)).toEqual(['Сформировано:', '25.11.2025 14:30']);
    expect(values(model, 4)).toEqual(['Учтены сведения ОО:', 3]);
    expect(values(model, 5)).toEqual(['Пропущено листов:', 1]);
    expect(values(model, 6)).toEqual(['Лист', 'Причина']);
    expect(values(model, 7)).toEqual([
      'Инструкция',
      'не найдена строка заголовка «Код | Показатель | Значение»',
    ]);
  });

  it('says so when the period is unknown and takes a title from the caller', () => {
    const other = buildSummarySheet(
      { ...smallMunicipality(), period: null },
      { ...META, title: 'Справка за 2025 год' },
    );
    expect(values(other, 2)).toEqual(['Период:', 'не указан']);
    expect(cell(other, 1, 1)?.value).toBe('Справка за 2025 год');
  });

  it('carries a note and column widths, and freezes no rows', () => {
    expect(model.note).toMatch(/сформирован надстройкой/);
    expect(model.columnWidths).toHaveLength(10);
    expect(model.columnWidths[0]).toBeGreaterThan(model.columnWidths[1]);
    expect(model.frozenRows).toBe(0);
  });
});

describe('buildSummarySheet: schools × key indicators', () => {
  const model = buildSummarySheet(smallMunicipality(), META);
  const header = rowStarting(model, 'ОО');

  it('has the counts 1.1–1.3, the shares and the shares of schools as columns, with bold headers', () => {
    expect(values(model, header)).toEqual([
      'ОО',
      '1.1 Общая численность педагогических работников',
      '1.2 Педагоги в роли наставника',
      '1.3 Педагоги в роли наставляемого',
      'Доля наставников в общем количестве педагогических работников',
      'Доля молодых педагогов в роли наставляемого',
      'Доля обучающихся 10–19\u00a0лет в роли наставляемого',
      // A school's own flag is headed by the flag and shows «да» / «нет».
      '2.1\u00a0ОО реализует систему (целевую модель) наставничества',
      '2.2 Приказ о внедрении целевой модели наставничества',
    ]);
    expect(cell(model, header, 2)?.style?.bold).toBe(true);
    expect(cell(model, header - 1, 1)?.value).toMatch(/^1\. Ключевые показатели по ОО/);
  });

  it('lists the schools in the result order with values, formats, «да»/«нет» for flags and «ошибка» for excluded values', () => {
    expect(values(model, header + 1)).toEqual([GYMNASIUM, 50, 10, 12, 0.2, 1, '—', 'да', 'да']);
    expect(values(model, header + 2)).toEqual([SCHOOL_1, 60, 12, 10, 0.2, 0.5, '—', 'да', 'нет']);
    expect(values(model, header + 3)).toEqual([IVANOVSKAYA, 20, 1, 3, 0.05, 'ошибка', '—', 'да', 'да']);
    expect(cell(model, header + 1, 2)?.style?.numberFormat).toBe('0');
    expect(cell(model, header + 1, 5)?.style?.numberFormat).toBe('0.0%');
  });

  it('closes with the municipal total row', () => {
    const total = header + 4;
    expect(values(model, total)).toEqual([
      'Итого по муниципалитету',
      130,
      23,
      25,
      23 / 130,
      7 / 9,
      '—',
      1,
      2 / 3,
    ]);
    expect(cell(model, total, 1)?.style?.bold).toBe(true);
    expect(cell(model, total, 2)?.style?.numberFormat).toBe('0');
    expect(cell(model, total, 6)?.style?.numberFormat).toBe('0.0%');
    expect(cell(model, total, 9)?.style?.numberFormat).toBe('0.0%');
  });

  it('colours shares against their targets: red below, green when met; counts and target-less shares stay plain', () => {
    const first = header + 1;
    const young = { row: first, column: 6, rows: 4, columns: 1 };
    expect(model.conditionalFormats).toContainEqual({
      area: young,
      when: { kind: 'less-than', value: 1 },
      background: '#f4cccc',
    });
    expect(model.conditionalFormats).toContainEqual({
      area: young,
      when: { kind: 'greater-or-equal', value: 1 },
      background: '#d9ead3',
    });
    const flags = { row: first, column: 9, rows: 3, columns: 1 };
    expect(model.conditionalFormats).toContainEqual({
      area: flags,
      when: { kind: 'text-equals', value: 'нет' },
      background: '#f4cccc',
    });
    const total = { row: first + 3, column: 9, rows: 1, columns: 1 };
    expect(model.conditionalFormats).toContainEqual({
      area: total,
      when: { kind: 'less-than', value: 1 },
      background: '#f4cccc',
    });
    const coloured = new Set(
      model.conditionalFormats
        .filter((f) => f.area.row === first || f.area.row === first + 3)
        .map((f) => f.area.column),
    );
    expect([...coloured].sort()).toEqual([6, 7, 8, 9]);
  });

  it('never sorts schools by value: the given order is kept even when values descend or ascend', () => {
    const result = smallMunicipality();
    const reversed = { ...result, organizations: [...result.organizations].reverse() };
    const other = buildSummarySheet(reversed, META);
    const top = rowStarting(other, 'ОО');
    expect([1, 2, 3].map((i) => cell(other, top + i, 1)?.value)).toEqual([IVANOVSKAYA, SCHOOL_1, GYMNASIUM]);
  });
});

describe('buildSummarySheet: per-indicator block', () => {
  const model = buildSummarySheet(smallMunicipality(), META);
  const header = rowStarting(model, 'Показатель');

  it('has the columns of the block', () => {
    expect(values(model, header)).toEqual([
      'Показатель',
      'Значение',
      'Числитель',
      'Знаменатель',
      'Целевое значение',
      'Целевое значение достигнуто',
      'ОО ниже целевого значения',
      'ОО ниже целевого значения (перечень)',
      'Учтены сведения ОО',
      'Не учтены из-за ошибок в данных',
    ]);
  });

  it('shows every municipal figure with a target in the result order: met or not, schools below target and excluded', () => {
    expect(values(model, header + 1)).toEqual([
      'Доля молодых педагогов в роли наставляемого',
      7 / 9,
      7,
      9,
      1,
      'не достигнуто',
      1,
      SCHOOL_1,
      2,
      IVANOVSKAYA,
    ]);
    expect(values(model, header + 2)).toEqual([
      'Доля обучающихся 10–19\u00a0лет в роли наставляемого',
      '—',
      null,
      null,
      0.7,
      'нет данных',
      0,
      '',
      0,
      '',
    ]);
    expect(values(model, header + 3)).toEqual([
      'Доля ОО, реализующих систему (целевую модель) наставничества',
      1,
      3,
      3,
      1,
      'достигнуто',
      0,
      '',
      3,
      '',
    ]);
    expect(values(model, header + 4)).toEqual([
      'Доля ОО, в которых издан приказ о внедрении целевой модели наставничества',
      2 / 3,
      2,
      3,
      1,
      'не достигнуто',
      1,
      SCHOOL_1,
      3,
      '',
    ]);
    expect(cell(model, header + 1, 2)?.style?.numberFormat).toBe('0.0%');
    expect(cell(model, header + 1, 5)?.style?.numberFormat).toBe('0.0%');
    expect(cell(model, header + 1, 3)?.style?.numberFormat).toBe('0');
  });

  it('lists the figures without a target apart, «Справочно», instead of rows of «не установлено»', () => {
    const reference = rowStarting(model, 'Справочно: показатели без целевого значения');
    expect(reference).toBeGreaterThan(header + 4);
    expect(values(model, reference + 1)).toEqual([
      'Показатель',
      'Значение',
      'Числитель',
      'Знаменатель',
      'Учтены сведения ОО',
      'Не учтены из-за ошибок в данных',
    ]);
    expect(values(model, reference + 2)).toEqual([
      '1.1 Общая численность педагогических работников',
      130,
      null,
      null,
      3,
      '',
    ]);
    expect(values(model, reference + 5)).toEqual([
      '1.7 Молодые педагоги в роли наставляемого',
      7,
      null,
      null,
      2,
      IVANOVSKAYA,
    ]);
    expect(values(model, reference + 6)).toEqual([
      'Доля наставников в общем количестве педагогических работников',
      23 / 130,
      23,
      130,
      3,
      '',
    ]);
    expect(cell(model, reference + 2, 2)?.style?.numberFormat).toBe('0');
    expect(model.cells.flat().map((c) => c.value)).not.toContain('цель не установлена');
  });

  it('colours «не достигнуто» red and «достигнуто» green', () => {
    const area = { row: header + 1, column: 6, rows: 4, columns: 1 };
    expect(model.conditionalFormats).toContainEqual({
      area,
      when: { kind: 'text-equals', value: 'не достигнуто' },
      background: '#f4cccc',
    });
    expect(model.conditionalFormats).toContainEqual({
      area,
      when: { kind: 'text-equals', value: 'достигнуто' },
      background: '#d9ead3',
    });
  });
});

describe('buildSummarySheet: data quality', () => {
  const model = buildSummarySheet(smallMunicipality(), META);
  const header = rowStarting(model, 'ОО или лист');

  it('lists errors and warnings per school, the figures a school is left out of, then other sheets with issues', () => {
    expect(values(model, header + 1)).toEqual([GYMNASIUM, 'МБОУ Гимназия № 2', '30 из 30', 0, 1, '']);
    expect(values(model, header + 2)).toEqual([SCHOOL_1, 'МБОУ СОШ № 1', '30 из 30', 0, 0, '']);
    expect(values(model, header + 3)).toEqual([
      IVANOVSKAYA,
      'МКОУ Ивановская ООШ',
      '30 из 30',
      2,
      0,
      'Молодые педагоги в роли наставляемого; Доля молодых педагогов в роли наставляемого',
    ]);
    expect(values(model, header + 4)).toEqual(['База наставников', 'База наставников', '', 1, 1, '']);
    expect(model.conditionalFormats).toContainEqual({
      area: { row: header + 1, column: 4, rows: 4, columns: 1 },
      when: { kind: 'greater-or-equal', value: 1 },
      background: '#f4cccc',
    });
  });
});

describe('buildSummarySheet: conclusions', () => {
  const model = buildSummarySheet(smallMunicipality(), META);
  const title = rowStarting(model, '4. Выводы');
  const sentences = model.cells.slice(title, title + 11).map((row) => row[0]?.value);

  it('opens with the main deficits, each with the number of schools and no name, then the schools counted', () => {
    expect(sentences[0]).toBe(
      'Основные дефициты: доля молодых педагогов в роли наставляемого ниже целевого значения — в 1\u00a0ОО; ' +
        'нет приказа о внедрении целевой модели наставничества — в 1\u00a0ОО.',
    );
    expect(sentences[1]).toBe(
      'Учтены сведения 3\u00a0ОО. Ошибки в данных найдены в 1\u00a0ОО: до их исправления сведения этой ОО не учитываются в расчёте ' +
        'показателей, к которым относятся ошибки.',
    );
  });

  it('gives one sentence per key indicator with a target, «по муниципалитету» after the title, then the rest «Справочно» with units', () => {
    expect(sentences.slice(2)).toEqual([
      pct(
        'Доля молодых педагогов в роли наставляемого: по муниципалитету — 77,8 % (7 из 9); целевое значение 100 % не достигнуто, в 1\u00a0ОО значение ниже целевого. Сведения 1\u00a0ОО не учтены из-за ошибок в данных.',
      ),
      'Доля обучающихся 10–19\u00a0лет в роли наставляемого: по муниципалитету не рассчитывается — нет данных.',
      pct(
        'Доля ОО, реализующих систему (целевую модель) наставничества: по муниципалитету — 100 % (3 из 3\u00a0ОО); целевое значение 100 % достигнуто.',
      ),
      pct(
        'Доля ОО, в которых издан приказ о внедрении целевой модели наставничества: по муниципалитету — 66,7 % (2 из 3\u00a0ОО); целевое значение 100 % не достигнуто, в 1\u00a0ОО значение ниже целевого.',
      ),
      'Справочно (показатели без целевого значения):',
      'Общая численность педагогических работников: по муниципалитету — 130\u00a0чел. (учтены сведения 3\u00a0ОО).',
      'Педагоги в роли наставника: по муниципалитету — 23\u00a0чел. (учтены сведения 3\u00a0ОО).',
      'Педагоги в роли наставляемого: по муниципалитету — 25\u00a0чел. (учтены сведения 3\u00a0ОО).',
      pct(
        'Доля наставников в общем количестве педагогических работников: по муниципалитету — 17,7 % (23 из 130).',
      ),
    ]);
  });

  it('names no school and ranks nothing', () => {
    const text = sentences.join(' ');
    for (const name of [GYMNASIUM, SCHOOL_1, IVANOVSKAYA]) expect(text).not.toContain(name);
    expect(allText(model)).not.toMatch(/рейтинг|(^|[^а-яё])мест[оа]?([^а-яё]|$)|худш|лидер|отстающ/i);
  });
});

describe('buildSummarySheet: chart', () => {
  const model = buildSummarySheet(smallMunicipality(), META);
  const header = rowStarting(model, 'Показатель', rowStarting(model, '4. Выводы'));

  it('puts municipal shares and targets in cells and points a bar chart at them', () => {
    expect(values(model, header)).toEqual(['Показатель', 'Значение по муниципалитету', 'Целевое значение']);
    expect(values(model, header + 1)).toEqual([
      'Доля наставников в общем количестве педагогических работников',
      23 / 130,
      null,
    ]);
    expect(values(model, header + 2)).toEqual(['Доля молодых педагогов в роли наставляемого', 7 / 9, 1]);
    expect(values(model, header + 4)).toEqual([
      'Доля ОО, в которых издан приказ о внедрении целевой модели наставничества',
      2 / 3,
      1,
    ]);
    expect(cell(model, header + 2, 2)?.style?.numberFormat).toBe('0.0%');
    expect(model.charts).toEqual([
      {
        kind: 'bar',
        title: 'Показатели муниципалитета и целевые значения',
        area: { row: header, column: 1, rows: 5, columns: 3 },
        anchor: { row: header, column: 5 },
      },
    ]);
  });

  it('draws no chart when no share can be computed', () => {
    const result = smallMunicipality();
    const counts = { ...result, indicators: result.indicators.filter((i) => i.type === 'count') };
    expect(buildSummarySheet(counts, META).charts).toEqual([]);
  });
});

describe('buildSummarySheet: text from users stays literal', () => {
  it('writes a school named like a formula and a tab named like a phone number as plain strings', () => {
    const formula = '=HYPERLINK("http://x","y")';
    const phone = '+7 912 000-00-00';
    const result = smallMunicipality();
    const evil = organization(formula, { ped_total: 10 }, { sheet: phone, errors: 1 });
    const model = buildSummarySheet(
      {
        ...result,
        organizations: [evil, ...result.organizations],
        fill: fillOf([evil, ...result.organizations]),
        skipped: [{ sheet: '=1+1', reason: 'не найдена строка заголовка' }],
        indicators: result.indicators.map((i) =>
          i.id === 'share_young_mentees' ? { ...i, belowTarget: [formula] } : i,
        ),
      },
      META,
    );
    const strings = model.cells.flat().map((c) => c.value);
    expect(strings).toContain(formula);
    expect(strings).toContain(phone);
    expect(strings).toContain('=1+1');
    const formulaLike = strings.filter((v) => typeof v === 'string' && /^[=+]/.test(v));
    expect(new Set(formulaLike)).toEqual(new Set([formula, phone, '=1+1']));
  });
});
