/** A model's CellStyle as exceljs style parts. */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../core/sheet/sheet-model';

/** `#1a73e8` or `#abc` → `FF1A73E8` (exceljs wants opaque ARGB). */
export function argb(color: string): string {
  const hex = color.trim().replace(/^#/, '');
  const full = hex.length === 3 ? hex.replace(/./g, (ch) => ch + ch) : hex;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) throw new RangeError(`colour must be #rrggbb, got ${color}`);
  return `FF${full.toUpperCase()}`;
}

/** The default font of a new Excel workbook: a font entry without a name renders differently in LibreOffice. */
const FONT_NAME = 'Calibri';
const FONT_SIZE = 11;

export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold || style.italic || style.fontColor || style.fontSize) {
    cell.font = {
      name: FONT_NAME,
      size: style.fontSize ?? FONT_SIZE,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.background) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.background) } };
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.wrap || style.align) {
    cell.alignment = {
      vertical: 'top',
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.align ? { horizontal: style.align } : {}),
    };
  }
}
