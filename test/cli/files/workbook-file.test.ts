import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SheetModel } from '../../../src/core/sheet/sheet-model';
import { isCliError } from '../../../src/cli/cli-error';
import { openWorkbookFile, readWorkbookFile, saveWorkbookFile } from '../../../src/cli/files/workbook-file';
import { newXlsxWorkbook } from '../../../src/xlsx/xlsx-workbook';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmn-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function model(name: string, cells: SheetModel['cells']): SheetModel {
  return {
    name,
    cells,
    merges: [],
    columnWidths: [],
    frozenRows: 0,
    conditionalFormats: [],
    charts: [],
    dataValidations: [],
  };
}

// A run that saves a copy opens exceljs's full model, a read-only run its model of the file.
const readers = [
  { way: 'opened to be copied', open: (path: string) => openWorkbookFile(path) },
  { way: 'opened to be read', open: readWorkbookFile },
];

describe('saving a copy', () => {
  it('writes the file whole and leaves no temporary file behind', async () => {
    const book = newXlsxWorkbook();
    book.addGridSheet({
      name: 'СОШ № 2',
      values: [
        ['Код', 'Значение'],
        ['1.1', '#REF!'],
      ],
    });
    const out = join(dir, 'copy.xlsx');
    await saveWorkbookFile(out, book);
    expect((await openWorkbookFile(out)).readSheet('СОШ № 2').values).toEqual([
      ['Код', 'Значение'],
      ['1.1', '#REF!'],
    ]);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fails without leaving anything when the folder does not exist', async () => {
    const book = newXlsxWorkbook();
    book.addGridSheet({ name: 'Лист1', values: [['x']] });
    await expect(saveWorkbookFile(join(dir, 'нет-такой-папки', 'out.xlsx'), book)).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});

describe.each(readers)('files that are not readable workbooks, $way', ({ open }) => {
  async function expectCliError(path: string, fragment: string): Promise<void> {
    const error = await open(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isCliError(error)).toBe(true);
    expect((error as Error).message).toContain(fragment);
  }

  it('explains a missing file and a folder', async () => {
    await expectCliError(join(dir, 'нет.xlsx'), 'Файл не найден');
    await expectCliError(dir, 'Это папка');
  });

  it('explains a text file, an empty file and a broken zip', async () => {
    await writeFile(join(dir, 'список.xlsx'), 'Код;Показатель;Значение\n1.1;Педагоги;40\n');
    await expectCliError(join(dir, 'список.xlsx'), 'не является книгой .xlsx');
    await writeFile(join(dir, 'пустой.xlsx'), '');
    await expectCliError(join(dir, 'пустой.xlsx'), 'Файл пустой');
    const good = newXlsxWorkbook();
    good.addGridSheet({ name: 'Лист1', values: [['x']] });
    const bytes = await good.toBuffer();
    await writeFile(join(dir, 'обрезан.xlsx'), bytes.subarray(0, bytes.length - 200));
    await expectCliError(join(dir, 'обрезан.xlsx'), 'файл повреждён');
    // Whole, but with the compressed bytes of its parts scrambled.
    const scrambled = Buffer.from(bytes);
    for (let at = 200; at < scrambled.length - 400; at += 7) scrambled[at] ^= 0x5a;
    await writeFile(join(dir, 'испорчен.xlsx'), scrambled);
    await expectCliError(join(dir, 'испорчен.xlsx'), 'файл повреждён');
  });

  it('tells a password-protected workbook from an old .xls', async () => {
    const cfb = Buffer.alloc(2048);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(cfb);
    Buffer.from('EncryptionInfo', 'utf16le').copy(cfb, 1024);
    await writeFile(join(dir, 'пароль.xlsx'), cfb);
    await expectCliError(join(dir, 'пароль.xlsx'), 'защищена паролем');
    const xls = Buffer.alloc(2048);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(xls);
    await writeFile(join(dir, 'старая.xls'), xls);
    await expectCliError(join(dir, 'старая.xls'), 'старого формата .xls');
  });

  it('explains a workbook without sheets', async () => {
    await writeFile(join(dir, 'без-листов.xlsx'), await newXlsxWorkbook().toBuffer());
    await expectCliError(join(dir, 'без-листов.xlsx'), 'нет ни одного листа');
  });

  it('never writes to the file it opened', async () => {
    const path = join(dir, 'исходная.xlsx');
    const source = newXlsxWorkbook();
    source.addGridSheet({ name: 'СОШ № 3', values: [['Код', 'Значение']] });
    await saveWorkbookFile(path, source);
    const before = await readFile(path);
    const book = await openWorkbookFile(path);
    book.writeGenerated('Сводная', 'summary', model('Сводная', [[{ value: 'x' }]]));
    await saveWorkbookFile(join(dir, 'исходная-копия.xlsx'), book);
    expect((await readFile(path)).equals(before)).toBe(true);
  });
});
