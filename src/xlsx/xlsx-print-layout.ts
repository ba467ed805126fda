/**
 * What Excel and LibreOffice need to print a generated sheet readably (docs/domain.md#documents): A4
 * landscape, one page wide, the header rows repeated on every page, and rows tall enough for their wrapped
 * text. Google Sheets grows a row to its wrapped text by itself; a file keeps the height it is given, and
 * exceljs gives none, so the height is estimated from the text and the column widths.
 */
import type ExcelJS from 'exceljs';
import type { SheetModel } from '../core/sheet/sheet-model';

/** Average width of a character of the default 10–11 pt font, and the height of one line, in points. */
const CHAR_PX = 6.5;
const LINE_PT = 13;
const PADDING_PX = 8;
const DEFAULT_COLUMN_PX = 100;
/** Excel's A4 paper size code. */
const A4 = 9;

/** Lines a text takes in a column `px` wide when wrapped: word by word, as the spreadsheet wraps it. */
export function wrappedLines(text: string, px: number): number {
  const perLine = Math.max(1, Math.floor((px - PADDING_PX) / CHAR_PX));
  return text.split(/\r?\n/).reduce((lines, paragraph) => lines + paragraphLines(paragraph, perLine), 0);
}

/** A word that does not fit on the rest of a line starts the next one; a word longer than a line fills whole lines. */
function paragraphLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(' ')) {
    if (used > 0 && used + 1 + word.length <= perLine) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines++;
    let rest = word.length;
    for (; rest > perLine; rest -= perLine) lines++;
    used = rest;
  }
  return lines;
}

export function applyPrintLayout(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  model.cells.forEach((row, r) => {
    let lines = 1;
    row.forEach((cell, c) => {
      if (!cell.style?.wrap || typeof cell.value !== 'string') return;
      lines = Math.max(lines, wrappedLines(cell.value, model.columnWidths[c] ?? DEFAULT_COLUMN_PX));
    });
    if (lines > 1) worksheet.getRow(r + 1).height = lines * LINE_PT + 2;
  });
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(model.frozenRows > 0 ? { printTitlesRow: `1:${model.frozenRows}` } : {}),
  };
}
