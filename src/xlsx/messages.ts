/**
 * Russian reasons a file is not opened as a workbook: the same words wherever a user hands one in (the
 * command line, the page in the browser), each naming the file as the caller shows it.
 */
import { quote } from '../core/text/quote';
import { formatCount } from '../core/format/count';

export const XLSX_OPEN_TEXTS = {
  emptyFile: (path: string) => `Файл пустой: ${path}`,
  encrypted: (path: string) =>
    `Книга защищена паролем: ${path}. Откройте её, снимите пароль на открытие (Файл → Сведения → Защита книги) и сохраните копию без пароля`,
  legacyXls: (path: string) =>
    `Это книга старого формата .xls: ${path}. Сохраните её как «Книга Excel (*.xlsx)»`,
  notXlsx: (path: string) =>
    `Файл не является книгой .xlsx: ${path}. Сохраните таблицу в формате «Книга Excel (*.xlsx)»`,
  corrupt: (path: string) => `Книгу не удалось прочитать, файл повреждён: ${path}`,
  noSheets: (path: string) => `В книге нет ни одного листа: ${path}`,
  /** A book over a limit of src/xlsx/xlsx-limits.ts (docs/cli.md#limits): the limit, what went over it, the remedy. */
  tooLargeUnpacked: (path: string, limitMb: number, declaredMb: number | null) =>
    `Книга слишком велика для чтения: ${path}. Объём книги в распакованном виде ` +
    (declaredMb === null
      ? `превышает ${formatCount(limitMb)}\u00a0МБ — предельный объём одной книги. `
      : `— ${formatCount(declaredMb)}\u00a0МБ при предельном объёме ${formatCount(limitMb)}\u00a0МБ. `) +
    'Удалите из книги лишние листы и изображения или разделите её на несколько книг',
  tooManyRows: (path: string, limit: number, sheet: string | null) =>
    `Книга слишком велика для чтения: ${path}. Число строк в книге превышает ${formatCount(limit)} — ` +
    `предельное число строк одной книги${sheet === null ? '' : `; предел превышен на листе ${quote(sheet)}`}. ` +
    'Удалите лишние строки, в том числе пустые строки с оформлением, или разделите книгу на несколько книг',
  tooManyCells: (path: string, limit: number, sheet: string | null) =>
    `Книга слишком велика для чтения: ${path}. Число ячеек в книге превышает ${formatCount(limit)} — ` +
    `предельное число ячеек одной книги${sheet === null ? '' : `; предел превышен на листе ${quote(sheet)}`}. ` +
    'Удалите лишние ячейки, в том числе пустые ячейки с оформлением, или разделите книгу на несколько книг',
};
