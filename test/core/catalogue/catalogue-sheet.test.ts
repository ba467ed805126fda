import { describe, it, expect } from 'vitest';
import { BUILTIN_CATALOGUE, indicatorById } from '../../../src/core/catalogue/catalogue';
import {
  catalogueHeader,
  catalogueRow,
  isCatalogueSheet,
  parseCatalogueSheet,
} from '../../../src/core/catalogue/catalogue-sheet';
import type { Grid } from '../../../src/core/sheet/grid';

/** The sheet as the template writes it: a title row, the header on row 3, one row per indicator. */
function sheet(edit: (rows: unknown[][]) => void = () => {}): Grid {
  const rows: unknown[][] = [
    ['Показатели мониторинга целевой модели наставничества'],
    [],
    [...catalogueHeader],
  ];
  for (const def of BUILTIN_CATALOGUE.indicators) rows.push(catalogueRow(def));
  edit(rows);
  return { name: 'Показатели', values: rows };
}

const rowIndex = (id: string) => 3 + BUILTIN_CATALOGUE.indicators.findIndex((d) => d.id === id);
const TARGET = 7;

describe('isCatalogueSheet', () => {
  it('recognises the sheet by its header', () => {
    expect(isCatalogueSheet(sheet())).toBe(true);
    expect(
      isCatalogueSheet({ name: 'x', values: [['id', 'Наименование показателя', 'тип показателя']] }),
    ).toBe(true);
    expect(isCatalogueSheet({ name: 'СОШ 1', values: [['Код', 'Показатель', 'Значение']] })).toBe(false);
  });
});

describe('parseCatalogueSheet', () => {
  it('reads the template back as the built-in catalogue', () => {
    const result = parseCatalogueSheet(sheet());
    expect(result.issues).toEqual([]);
    expect(result.catalogue).toEqual(BUILTIN_CATALOGUE);
  });

  it.each([
    ['100 %', 1],
    ['100%', 1],
    [1, 1],
    [0.7, 0.7],
    [70, 0.7],
    ['70', 0.7],
    ['0,7', 0.7],
    ['', null],
  ])('reads the share target %j as %j', (target, expected) => {
    const result = parseCatalogueSheet(
      sheet((rows) => {
        rows[rowIndex('share_young_mentees')][TARGET] = target;
      }),
    );
    expect(result.issues).toEqual([]);
    expect(indicatorById(result.catalogue, 'share_young_mentees')?.target).toBe(expected);
  });

  it('says how to write a target it cannot read, and keeps the built-in one', () => {
    const result = parseCatalogueSheet(
      sheet((rows) => {
        rows[rowIndex('share_young_mentees')][TARGET] = 'семьдесят';
      }),
    );
    const issue = result.issues.find((i) => i.column === TARGET + 1);
    expect(issue?.message).toContain('«семьдесят»: целевое значение не распознано');
    expect(issue?.hint).toBe(
      'Укажите целевое значение числом: для доли или процента — 70 %, 70 или 0,7, для количества — целое число. Если целевого значения нет, оставьте ячейку пустой.',
    );
    expect(indicatorById(result.catalogue, 'share_young_mentees')?.target).toBe(
      indicatorById(BUILTIN_CATALOGUE, 'share_young_mentees')?.target,
    );
  });

  it('reads the types in the Russian words the template writes, and the ids written before', () => {
    const types = parseCatalogueSheet(sheet()).catalogue.indicators.map((def) => def.type);
    expect(types).toEqual(BUILTIN_CATALOGUE.indicators.map((def) => def.type));
    const old = parseCatalogueSheet(
      sheet((rows) => {
        rows[rowIndex('doc_order')][4] = 'flag';
      }),
    );
    expect(old.issues).toEqual([]);
  });

  it('reads 0.7 from a %-formatted target cell as 70 %', () => {
    const grid = sheet((rows) => {
      rows[rowIndex('share_mentors')][TARGET] = 0.7;
    });
    const formats = grid.values.map((row) => row.map(() => ''));
    formats[rowIndex('share_mentors')][TARGET] = '0%';
    const result = parseCatalogueSheet({ ...grid, numberFormats: formats });
    expect(indicatorById(result.catalogue, 'share_mentors')?.target).toBe(0.7);
  });

  it('lets the coordinator edit titles, required flags, sections and sources', () => {
    const result = parseCatalogueSheet(
      sheet((rows) => {
        rows[rowIndex('ped_mentors')][3] = 'Педагоги-наставники';
        rows[rowIndex('interns')][8] = 'да';
        rows[rowIndex('doc_curator')][8] = 'нет';
        rows[rowIndex('ped_total')][2] = 'Кадры';
        rows[rowIndex('ped_total')][9] = 'Приказ УО № 644';
      }),
    );
    expect(result.issues).toEqual([]);
    expect(indicatorById(result.catalogue, 'ped_mentors')).toMatchObject({
      title: 'Педагоги-наставники',
      code: '1.2',
      type: 'count',
    });
    expect(indicatorById(result.catalogue, 'interns')?.required).toBe(true);
    expect(indicatorById(result.catalogue, 'doc_curator')?.required).toBe(false);
    expect(indicatorById(result.catalogue, 'ped_total')).toMatchObject({
      section: 'Кадры',
      source: 'Приказ УО № 644',
    });
  });

  it('adds indicators, shares with numerator and denominator, and a share of schools for a new flag', () => {
    const result = parseCatalogueSheet(
      sheet((rows) => {
        rows.push([
          '6.1',
          'contests',
          'Конкурсы',
          'Участники конкурсов наставников',
          'количество',
          '',
          '',
          '',
          'нет',
          'УО',
        ]);
        rows.push([
          '',
          'share_contests',
          'Конкурсы',
          'Доля педагогов — участников конкурсов',
          'доля',
          'contests',
          'ped_total',
          '25 %',
          '',
          '',
        ]);
        rows.push(['6.2', 'mentor_council', 'Конкурсы', 'Совет наставников', 'флаг', '', '', '', 'да', '']);
        rows.push(['6.3', 'kpk_percent', '', 'Доля педагогов с КПК, %', 'процент', '', '', 50, 'нет', '']);
      }),
    );
    expect(result.issues).toEqual([]);
    const added = result.catalogue.indicators.slice(BUILTIN_CATALOGUE.indicators.length);
    expect(added.map((d) => d.id)).toEqual([
      'contests',
      'mentor_council',
      'kpk_percent',
      'share_contests',
      'share_oo_with_mentor_council',
    ]);
    expect(indicatorById(result.catalogue, 'contests')).toMatchObject({
      code: '6.1',
      type: 'count',
      required: false,
    });
    expect(indicatorById(result.catalogue, 'share_contests')).toMatchObject({
      code: null,
      type: 'share',
      numerator: 'contests',
      denominator: 'ped_total',
      target: 0.25,
    });
    expect(indicatorById(result.catalogue, 'mentor_council')).toMatchObject({ type: 'flag', required: true });
    expect(indicatorById(result.catalogue, 'share_oo_with_mentor_council')).toMatchObject({
      numerator: 'mentor_council',
      target: 1,
    });
    expect(indicatorById(result.catalogue, 'kpk_percent')).toMatchObject({
      type: 'percent',
      target: 0.5,
      section: 'Дополнительные показатели',
    });
  });

  it('reports a share with an unknown numerator at its cell and leaves the share out', () => {
    const grid = sheet((rows) => {
      rows.push([
        '',
        'share_x',
        '',
        'Доля наставников-методистов',
        'share',
        'mentors_methodists',
        'ped_total',
        '',
        '',
        '',
      ]);
    });
    const result = parseCatalogueSheet(grid);
    const row = grid.values.length;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'catalogue/invalid',
      severity: 'error',
      cell: `F${row}`,
      row,
      column: 6,
    });
    expect(result.issues[0].message).toContain('«mentors_methodists»');
    expect(indicatorById(result.catalogue, 'share_x')).toBeUndefined();
  });

  it('rejects shares over shares and shares of counts without a denominator', () => {
    const result = parseCatalogueSheet(
      sheet((rows) => {
        rows.push(['', 'share_a', '', 'Доля А', 'share', 'share_mentors', 'ped_total', '', '', '']);
        rows.push(['', 'share_b', '', 'Доля Б', 'share', 'ped_mentors', '', '', '', '']);
        rows.push(['', 'share_c', '', 'Доля В', 'share', '', '', '', '', '']);
      }),
    );
    expect(
      result.issues.map((i) => [
        i.cell,
        i.message.includes('количественными') ||
          i.message.includes('знаменатель') ||
          i.message.includes('числитель'),
      ]),
    ).toEqual([
      [`F${rowIndex('share_oo_with_best_practices_published') + 2}`, true],
      [`G${rowIndex('share_oo_with_best_practices_published') + 3}`, true],
      [`F${rowIndex('share_oo_with_best_practices_published') + 4}`, true],
    ]);
    expect(result.catalogue.indicators).toHaveLength(BUILTIN_CATALOGUE.indicators.length);
  });

  it('keeps codes, types and formulas of built-in indicators and says so', () => {
    const result = parseCatalogueSheet(
      sheet((rows) => {
        rows[rowIndex('ped_total')][4] = 'percent';
        rows[rowIndex('ped_mentors')][0] = '1.20';
        rows[rowIndex('share_mentors')][6] = 'ped_under35';
      }),
    );
    expect(result.issues.map((i) => [i.severity, i.cell])).toEqual([
      ['warning', `E${rowIndex('ped_total') + 1}`],
      ['warning', `A${rowIndex('ped_mentors') + 1}`],
      ['warning', `G${rowIndex('share_mentors') + 1}`],
    ]);
    expect(indicatorById(result.catalogue, 'ped_total')?.type).toBe('count');
    expect(indicatorById(result.catalogue, 'ped_mentors')?.code).toBe('1.2');
    expect(indicatorById(result.catalogue, 'share_mentors')?.denominator).toBe('ped_total');
  });

  it('turns every broken row into an issue, never a crash', () => {
    const grid = sheet((rows) => {
      rows.push(['7.1', '', '', 'Без идентификатора', 'count', '', '', '', '', '']);
      rows.push(['7.2', 'ped_total', '', 'Повтор', 'count', '', '', '', '', '']);
      rows.push(['7.3', 'новый', '', 'Кириллический ID', 'count', '', '', '', '', '']);
      rows.push(['7.4', 'x1', '', 'Странный тип', 'штуки', '', '', '', '', '']);
      rows.push(['1.2', 'x2', '', 'Чужой код', 'count', '', '', '', '', '']);
      rows.push(['7.5', 'x3', '', 'Педагоги в роли наставника', 'count', '', '', '', '', '']);
      rows.push(['7.6', 'x4', '', 'Плохая цель', 'count', '', '', 'много', 'может быть', '']);
      rows.push(['7.7', 'x5', '', '', 'count', '', '', '', '', '']);
    });
    const result = parseCatalogueSheet(grid);
    const first = BUILTIN_CATALOGUE.indicators.length + 4;
    expect(result.issues.map((i) => i.cell)).toEqual([
      `B${first}`,
      `B${first + 1}`,
      `B${first + 2}`,
      `E${first + 3}`,
      `A${first + 4}`,
      `D${first + 5}`,
      `H${first + 6}`,
      `I${first + 6}`,
      `D${first + 7}`,
    ]);
    expect(result.issues.every((i) => i.code === 'catalogue/invalid' && i.message.includes(i.cell))).toBe(
      true,
    );
    expect(result.catalogue.indicators.map((d) => d.id)).toContain('x4');
    expect(indicatorById(result.catalogue, 'x4')).toMatchObject({ target: null, required: false });
    expect(result.catalogue.indicators.filter((d) => d.id === 'ped_total')).toHaveLength(1);
  });

  it('reports duplicate and extra header columns', () => {
    const grid = sheet((rows) => {
      rows[2] = [...catalogueHeader, 'Тип', 'Ответственный'];
    });
    const result = parseCatalogueSheet(grid);
    expect(result.issues.map((i) => [i.code, i.cell])).toEqual([
      ['header/duplicate-column', 'K3'],
      ['header/extra-column', 'L3'],
    ]);
  });

  it('accepts a sheet with only the three key columns', () => {
    const result = parseCatalogueSheet({
      name: 'Показатели',
      values: [
        ['ID', 'Показатель', 'Тип'],
        ['ped_mentors', 'Наставники (педагоги)', 'count'],
      ],
    });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'header/missing-column', severity: 'info', cell: 'A1' });
    expect(result.issues[0].message).toContain('«Целевое значение»');
    expect(indicatorById(result.catalogue, 'ped_mentors')?.title).toBe('Наставники (педагоги)');
    expect(indicatorById(result.catalogue, 'share_young_mentees')?.target).toBe(1);
  });
});
