import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SheetModel } from '../../src/core/sheet/sheet-model';
import { markerName } from '../../src/xlsx/xlsx-generated-marker';
import { LIST_SHEET_NAME } from '../../src/xlsx/xlsx-list-sheet';
import { isXlsxOpenError, type XlsxOpenProblem } from '../../src/xlsx/xlsx-open-error';
import {
  newXlsxWorkbook,
  openXlsxWorkbook,
  readXlsxWorkbook,
  wrapWorkbook,
} from '../../src/xlsx/xlsx-workbook';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmn-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function model(name: string, cells: SheetModel['cells'], extra: Partial<SheetModel> = {}): SheetModel {
  return {
    name,
    cells,
    merges: [],
    columnWidths: [],
    frozenRows: 0,
    conditionalFormats: [],
    charts: [],
    dataValidations: [],
    ...extra,
  };
}

/** exceljs has worksheet data validations at run time but not in its typings. */
type WithValidations = {
  dataValidations: {
    add(address: string, v: ExcelJS.DataValidation): void;
    model: Record<string, ExcelJS.DataValidation>;
  };
};

async function reopen(book: { toBuffer(): Promise<Uint8Array> }): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await book.toBuffer()) as unknown as ExcelJS.Buffer);
  return copy;
}

// A run that saves a copy reads through exceljs's worksheets, a read-only run through its model.
const readers = [
  { way: 'opened to be copied', open: async (path: string) => openXlsxWorkbook(await readFile(path)) },
  { way: 'opened to be read', open: async (path: string) => readXlsxWorkbook(await readFile(path)) },
];

describe.each(readers)('reading a sheet as getValues() would, $way', ({ open }) => {
  async function schoolTab(): Promise<string> {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('СОШ № 1');
    ws.getCell('A1').value = 'Мониторинг реализации целевой модели наставничества';
    ws.mergeCells('A1:D1');
    ws.getCell('A2').value = 'Образовательная организация:';
    ws.getCell('B2').value = { richText: [{ text: 'МБОУ ', font: { bold: true } }, { text: '«СОШ № 1»' }] };
    ws.getCell('A3').value = 'Дата:';
    ws.getCell('B3').value = new Date(Date.UTC(2025, 10, 20));
    ws.getCell('A5').value = 24;
    ws.getCell('B5').value = { formula: 'A5*2', result: 48 };
    ws.getCell('C5').value = { formula: 'A5/0', result: { error: '#DIV/0!' } };
    ws.getCell('D5').value = { formula: 'SUM(A1:A4)' };
    ws.getCell('E5').value = { formula: 'A5-24', result: 0 };
    ws.getCell('A6').value = { error: '#REF!' };
    ws.getCell('B6').value = 0.35;
    ws.getCell('B6').numFmt = '0.0%';
    ws.getCell('C6').value = true;
    ws.getCell('D6').value = '12,5';
    ws.getCell('A7').value = { text: 'Приказ № 45', hyperlink: 'https://sosh1.edu.ru/prikaz45.pdf' };
    ws.getCell('B7').value = {
      text: 'https://sosh1.edu.ru/nastavnichestvo',
      hyperlink: 'https://sosh1.edu.ru/nastavnichestvo',
    };
    ws.getCell('F9').numFmt = '0%';
    const path = join(dir, 'read.xlsx');
    await book.xlsx.writeFile(path);
    return path;
  }

  it('gives numbers, text, dates, booleans, cached formula results and error strings', async () => {
    const grid = (await open(await schoolTab())).readSheet('СОШ № 1');
    const v = grid.values;
    expect(v[1][1]).toBe('МБОУ «СОШ № 1»');
    expect(Object.prototype.toString.call(v[2][1])).toBe('[object Date]');
    expect((v[2][1] as Date).toISOString()).toBe('2025-11-20T00:00:00.000Z');
    // A formula that came out as 0 is 0, not an empty cell (exceljs's cell.value drops the 0).
    expect(v[4]).toEqual([24, 48, '#DIV/0!', '', 0]);
    expect(v[5]).toEqual(['#REF!', 0.35, true, '12,5', '']);
    expect(v[6][0]).toBe('Приказ № 45');
    expect(v[6][1]).toBe('https://sosh1.edu.ru/nastavnichestvo');
  });

  it('keeps merged cells other than the top-left empty and lists the merges', async () => {
    const grid = (await open(await schoolTab())).readSheet('СОШ № 1');
    expect(grid.values[0]).toEqual(['Мониторинг реализации целевой модели наставничества', '', '', '', '']);
    expect(grid.merges).toEqual([{ row: 1, column: 1, rows: 1, columns: 4 }]);
  });

  it('reads number formats so a percent cell can be told from a plain number', async () => {
    const grid = (await open(await schoolTab())).readSheet('СОШ № 1');
    expect(grid.numberFormats?.[5][1]).toBe('0.0%');
    expect(grid.numberFormats?.[4][0]).toBe('General');
  });

  it('stops at the last cell holding a value: a formatted empty cell does not stretch the grid', async () => {
    const grid = (await open(await schoolTab())).readSheet('СОШ № 1');
    expect(grid.values).toHaveLength(7);
    expect(grid.values.every((row) => row.length === 5)).toBe(true);
  });

  it('gives an empty grid for an empty sheet', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Пустой');
    const path = join(dir, 'empty-sheet.xlsx');
    await book.xlsx.writeFile(path);
    expect((await open(path)).readSheet('Пустой').values).toEqual([]);
  });
});

describe('writing sheet models', () => {
  it('keeps user strings literal: a formula-looking text stays text after saving', async () => {
    const book = newXlsxWorkbook();
    book.createSheet(
      'Лист',
      model('Лист', [
        [{ value: '=HYPERLINK("http://x","y")' }, { value: '+7 912 345-67-89' }, { value: '@все' }],
      ]),
    );
    const sheet = (await reopen(book)).getWorksheet('Лист')!;
    expect(sheet.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A1').value).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.getCell('B1').value).toBe('+7 912 345-67-89');
    expect(sheet.getCell('C1').value).toBe('@все');
  });

  it('leaves a figure that is not a finite number empty: Excel refuses NaN in a file', async () => {
    const book = newXlsxWorkbook();
    book.createSheet('Лист', model('Лист', [[{ value: Number.NaN }, { value: Infinity }, { value: 0.5 }]]));
    const sheet = (await reopen(book)).getWorksheet('Лист')!;
    expect([sheet.getCell('A1').value, sheet.getCell('B1').value, sheet.getCell('C1').value]).toEqual([
      null,
      null,
      0.5,
    ]);
  });

  it('writes number formats, fonts, fills, alignment, merges, widths, frozen rows and hidden columns', async () => {
    const book = newXlsxWorkbook();
    book.createSheet(
      'Сводная',
      model(
        'Сводная',
        [
          [{ value: 'Сводная', style: { bold: true, fontSize: 14 } }],
          [
            {
              value: 'Доля',
              style: {
                italic: true,
                fontColor: '#d93025',
                background: '#fce8e6',
                wrap: true,
                align: 'center',
              },
            },
            { value: 0.184, style: { numberFormat: '0.0%' } },
            { value: 'ключ' },
          ],
        ],
        {
          merges: [{ row: 1, column: 1, rows: 1, columns: 3 }],
          columnWidths: [320, 100],
          frozenRows: 2,
          hiddenColumns: [3],
          note: 'Лист сформирован',
        },
      ),
    );
    const ws = (await reopen(book)).getWorksheet('Сводная')!;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A2').font).toMatchObject({ italic: true, color: { argb: 'FFD93025' } });
    expect(ws.getCell('A2').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFCE8E6' },
    });
    expect(ws.getCell('A2').alignment).toMatchObject({ wrapText: true, horizontal: 'center' });
    expect(ws.getCell('B2').numFmt).toBe('0.0%');
    expect(ws.getCell('B2').value).toBe(0.184);
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect(ws.getColumn(1).width).toBeCloseTo(45, 0);
    expect(ws.getColumn(2).width).toBeCloseTo(13.57, 2);
    expect(ws.getColumn(3).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(JSON.stringify(ws.getCell('A1').note)).toContain('Лист сформирован');
  });

  it('writes conditional formats as native rules', async () => {
    const book = newXlsxWorkbook();
    const area = { row: 2, column: 2, rows: 5, columns: 1 };
    book.createSheet(
      'Сводная',
      model('Сводная', [[{ value: 'x' }]], {
        conditionalFormats: [
          { area, when: { kind: 'less-than', value: 0.7 }, background: '#fce8e6', fontColor: '#a50e0e' },
          { area, when: { kind: 'greater-or-equal', value: 0.7 }, background: '#e6f4ea' },
          {
            area: { row: 2, column: 4, rows: 5, columns: 1 },
            when: { kind: 'text-equals', value: 'не выполнено' },
            background: '#fce8e6',
          },
        ],
      }),
    );
    const sheet = (await reopen(book)).getWorksheet('Сводная') as unknown as {
      conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
    };
    const rules = sheet.conditionalFormattings;
    expect(rules.map((cf) => cf.ref)).toEqual(['B2:B6', 'B2:B6', 'D2:D6']);
    expect(rules.map((cf) => (cf.rules[0] as { operator?: string }).operator)).toEqual([
      'lessThan',
      'greaterThanOrEqual',
      'equal',
    ]);
    expect((rules[2].rules[0] as { formulae?: unknown[] }).formulae).toEqual(['"не выполнено"']);
  });

  it('writes short dropdowns inline and long ones through a very hidden list sheet left out of listSheets', async () => {
    const forms = [
      'педагог — педагог',
      'педагог — молодой педагог',
      'руководитель ОО — педагог',
      'работодатель — студент',
      'работодатель — ученик',
      'студент — ученик',
      'ученик — ученик',
      'виртуальное (дистанционное)',
      'групповое (наставничество в группе)',
      'краткосрочное (целеполагающее)',
      'реверсивное',
      'ситуационное',
      'традиционное («один на один»)',
      'учитель-профессионал — учитель, вовлеченный в различные формы поддержки',
    ];
    const book = newXlsxWorkbook();
    book.createSheet(
      'База наставников',
      model('База наставников', [[{ value: 'Форма наставничества' }, { value: 'Флаг' }]], {
        dataValidations: [
          { area: { row: 2, column: 1, rows: 99, columns: 1 }, values: forms, strict: false },
          { area: { row: 2, column: 2, rows: 99, columns: 1 }, values: ['да', 'нет'], strict: true },
        ],
      }),
    );
    const copy = await reopen(book);
    const validations = (copy.getWorksheet('База наставников') as unknown as WithValidations).dataValidations
      .model;
    expect(validations.A2.formulae).toEqual([`${LIST_SHEET_NAME}!$A$1:$A$${forms.length}`]);
    expect(validations.A2.showErrorMessage).toBeFalsy();
    expect(validations.B100.formulae).toEqual(['"да,нет"']);
    expect(validations.B100.showErrorMessage).toBe(true);
    const lists = copy.getWorksheet(LIST_SHEET_NAME)!;
    expect(lists.state).toBe('veryHidden');
    expect(lists.getColumn(1).values.slice(1)).toEqual(forms);
    expect(
      wrapWorkbook(copy)
        .listSheets()
        .map((s) => s.name),
    ).toEqual(['База наставников']);
  });
});

describe('generated sheets', () => {
  async function municipality(): Promise<string> {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('База наставников').getCell('A1').value = '№ п/п';
    book.addWorksheet('Сводная').getCell('A1').value = 'Моя собственная сводная';
    book.addWorksheet('СОШ № 1').getCell('A1').value = 'Мониторинг';
    const path = join(dir, 'municipality.xlsx');
    await book.xlsx.writeFile(path);
    return path;
  }

  it('marks a generated sheet with a defined name that survives saving', async () => {
    const book = await openXlsxWorkbook(await readFile(await municipality()));
    expect(book.listSheets().map((s) => s.generated)).toEqual([null, null, null]);
    book.writeGenerated(
      'Сводная (2)',
      'summary',
      model('Сводная (2)', [[{ value: 'Аналитическая справка' }]]),
    );
    book.writeGenerated('Рекомендации', 'recommendations', model('Рекомендации', [[{ value: 'ОО' }]]));
    const copy = await reopen(book);
    const names = (copy.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names).toEqual(
      expect.arrayContaining([
        { name: markerName('summary'), ranges: ["'Сводная (2)'!$A$1"] },
        { name: markerName('recommendations'), ranges: ["'Рекомендации'!$A$1"] },
      ]),
    );
    expect(wrapWorkbook(copy).listSheets()).toEqual([
      { name: 'База наставников', generated: null },
      { name: 'Сводная', generated: null },
      { name: 'СОШ № 1', generated: null },
      { name: 'Сводная (2)', generated: 'summary' },
      { name: 'Рекомендации', generated: 'recommendations' },
    ]);
  });

  it('replaces a generated sheet in place and leaves the other sheets alone', async () => {
    const book = await openXlsxWorkbook(await readFile(await municipality()));
    book.writeGenerated(
      'Итоги',
      'summary',
      model('Итоги', [[{ value: 'первая' }], [{ value: 'лишняя строка' }]]),
    );
    const reloaded = wrapWorkbook(await reopen(book));
    reloaded.writeGenerated('Итоги', 'summary', model('Итоги', [[{ value: 'вторая' }]]));
    const again = await reopen(reloaded);
    const order = again.worksheets.map((ws) => ws.name);
    expect(order).toEqual(['База наставников', 'Сводная', 'СОШ № 1', 'Итоги']);
    expect(wrapWorkbook(again).readSheet('Итоги').values).toEqual([['вторая']]);
    expect(wrapWorkbook(again).readSheet('Сводная').values).toEqual([['Моя собственная сводная']]);
  });

  it('keeps the position of a generated sheet that sits between user sheets', async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet('База наставников').getCell('A1').value = '№ п/п';
    source.addWorksheet('Рекомендации').getCell('A1').value = 'старые';
    source.addWorksheet('СОШ № 1').getCell('A1').value = 'Мониторинг';
    source.definedNames.add("'Рекомендации'!$A$1", markerName('recommendations'));
    const book = wrapWorkbook(source);
    expect(book.listSheets()[1]).toEqual({ name: 'Рекомендации', generated: 'recommendations' });
    book.writeGenerated('Рекомендации', 'recommendations', model('Рекомендации', [[{ value: 'новые' }]]));
    const copy = wrapWorkbook(await reopen(book));
    expect(copy.listSheets()).toEqual([
      { name: 'База наставников', generated: null },
      { name: 'Рекомендации', generated: 'recommendations' },
      { name: 'СОШ № 1', generated: null },
    ]);
    expect(copy.readSheet('Рекомендации').values).toEqual([['новые']]);
  });

  it('refuses a name Excel would cut, instead of losing the marker', () => {
    const book = newXlsxWorkbook();
    const name = 'Сводная по муниципалитету за 2025 год';
    expect(() => book.writeGenerated(name, 'summary', model(name, []))).toThrow(/31/);
  });

  it('refuses to create a plain sheet over an existing one', async () => {
    const book = await openXlsxWorkbook(await readFile(await municipality()));
    expect(() => book.createSheet('СОШ № 1', model('СОШ № 1', []))).toThrow();
    expect(() => book.createSheet('сош № 1', model('сош № 1', []))).toThrow();
  });
});

describe('dropdowns of the input', () => {
  it('are skipped when the workbook is only read, so a whole-column dropdown costs nothing', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('База наставников');
    ws.getCell('G1').value = 'Форма наставничества';
    (ws as unknown as WithValidations).dataValidations.add('G2:G1048576', {
      type: 'list',
      allowBlank: true,
      formulae: ['"педагог — педагог,реверсивное"'],
    });
    const path = join(dir, 'dropdowns.xlsx');
    await book.xlsx.writeFile(path);
    const opened = await readXlsxWorkbook(await readFile(path));
    expect(opened.readSheet('База наставников').values).toEqual([
      ['', '', '', '', '', '', 'Форма наставничества'],
    ]);
  });

  it('are kept in a copy', async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet('База наставников').getCell('A1').value = '№ п/п';
    (source.getWorksheet('База наставников') as unknown as WithValidations).dataValidations.add('H2:H50', {
      type: 'list',
      allowBlank: true,
      formulae: ['"да,нет"'],
    });
    const path = join(dir, 'dropdowns-small.xlsx');
    await source.xlsx.writeFile(path);
    const copy = await reopen(await openXlsxWorkbook(await readFile(path)));
    const model = (copy.getWorksheet('База наставников') as unknown as WithValidations).dataValidations.model;
    expect(model.H50?.formulae).toEqual(['"да,нет"']);
  });
});

describe('a generated sheet in the copy, printed', () => {
  it('is A4 landscape, one page wide, repeats its header rows, and its wrapped rows are tall enough', async () => {
    const book = newXlsxWorkbook();
    const long =
      'Издать приказ о внедрении целевой модели наставничества и разместить его в разделе «Наставничество» на официальном сайте ОО. '.repeat(
        3,
      );
    book.writeGenerated(
      'Рекомендации',
      'recommendations',
      model(
        'Рекомендации',
        [
          [{ value: 'ОО' }, { value: 'Рекомендация' }],
          [{ value: 'МБОУ «СОШ № 1»' }, { value: long, style: { wrap: true } }],
        ],
        { columnWidths: [190, 300], frozenRows: 1 },
      ),
    );
    const sheet = (await reopen(book)).getWorksheet('Рекомендации')!;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
    // 370 characters in a 300 px column: about 45 a line, nine lines.
    expect(sheet.getRow(2).height).toBeGreaterThanOrEqual(8 * 13);
    expect(sheet.getRow(1).height ?? 15).toBeLessThan(20);
  });
});

describe.each([
  { way: 'opened to be copied', open: openXlsxWorkbook },
  { way: 'opened to be read', open: readXlsxWorkbook },
])('bytes that are not a readable workbook, $way', ({ open }) => {
  async function problemOf(bytes: Uint8Array): Promise<XlsxOpenProblem | null> {
    const error = await open(bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isXlsxOpenError(error)).toBe(true);
    return isXlsxOpenError(error) ? error.problem : null;
  }

  it('names the problem; the adapter that read the file words it', async () => {
    expect(await problemOf(new Uint8Array())).toBe('empty');
    expect(await problemOf(new TextEncoder().encode('Код;Значение\n1.1;40\n'))).toBe('not-xlsx');
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await problemOf(cfb)).toBe('legacy-xls');
    cfb.set(Buffer.from('EncryptionInfo', 'utf16le'), 1024);
    expect(await problemOf(cfb)).toBe('encrypted');
    const good = newXlsxWorkbook();
    good.addGridSheet({ name: 'Лист1', values: [['x']] });
    const bytes = await good.toBuffer();
    expect(await problemOf(bytes.subarray(0, bytes.length - 200))).toBe('corrupt');
    expect(await problemOf(await newXlsxWorkbook().toBuffer())).toBe('no-sheets');
  });
});
