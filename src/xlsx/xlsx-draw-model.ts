/**
 * Draws a SheetModel on an empty exceljs worksheet: the same sheet the Apps Script adapter draws,
 * minus charts (.xlsx output leaves them out). Strings are written as text cells: exceljs never
 * turns a string into a formula, so a user's `=HYPERLINK(…)` stays literal.
 */
import type ExcelJS from 'exceljs';
import { a1Range } from '../core/sheet/a1';
import type { Area } from '../core/sheet/grid';
import type { ConditionalFormatIntent, SheetModel } from '../core/sheet/sheet-model';
import { pixelsToExcelWidth } from './xlsx-column-width';
import { listFormula } from './xlsx-list-sheet';
import { applyCellStyle, argb } from './xlsx-style';

function ref(area: Area): string {
  return a1Range(area.row, area.column, area.rows, area.columns);
}

/** A text literal inside an Excel formula: quotes doubled. */
function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function conditionalRule(
  intent: ConditionalFormatIntent,
  priority: number,
): ExcelJS.ConditionalFormattingRule {
  const style: Partial<ExcelJS.Style> = {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(intent.background) } },
    ...(intent.fontColor ? { font: { color: { argb: argb(intent.fontColor) } } } : {}),
  };
  const { when } = intent;
  const operator =
    when.kind === 'less-than'
      ? 'lessThan'
      : when.kind === 'greater-or-equal'
        ? 'greaterThanOrEqual'
        : 'equal';
  const formula = when.kind === 'text-equals' ? textLiteral(when.value) : String(when.value);
  // exceljs writes any operator of the OOXML schema; its typings list only four of them.
  return {
    type: 'cellIs',
    operator: operator as ExcelJS.CellIsOperators,
    formulae: [formula],
    style,
    priority,
  };
}

/** exceljs has worksheet data validations at run time but not in its typings. */
interface WithDataValidations {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

export function drawModel(worksheet: ExcelJS.Worksheet, model: SheetModel): void {
  model.cells.forEach((row, r) => {
    row.forEach((modelCell, c) => {
      const { style } = modelCell;
      // NaN or Infinity would make Excel refuse the file; such a figure is shown as empty.
      const value =
        typeof modelCell.value === 'number' && !Number.isFinite(modelCell.value) ? null : modelCell.value;
      if ((value === null || value === '') && !style) return;
      const cell = worksheet.getCell(r + 1, c + 1);
      if (value !== null && value !== '') cell.value = value;
      if (style) applyCellStyle(cell, style);
    });
  });
  for (const merge of model.merges) {
    worksheet.mergeCells(
      merge.row,
      merge.column,
      merge.row + merge.rows - 1,
      merge.column + merge.columns - 1,
    );
  }
  model.columnWidths.forEach((px, i) => {
    if (px > 0) worksheet.getColumn(i + 1).width = pixelsToExcelWidth(px);
  });
  for (const column of model.hiddenColumns ?? []) worksheet.getColumn(column).hidden = true;
  // Excel row heights are in points: 0.75 of a pixel at 96 dpi.
  for (const { row, height } of model.rowHeights ?? []) worksheet.getRow(row).height = height * 0.75;
  if (model.frozenRows > 0) {
    worksheet.views = [
      { state: 'frozen', xSplit: 0, ySplit: model.frozenRows, topLeftCell: `A${model.frozenRows + 1}` },
    ];
  }
  model.conditionalFormats.forEach((intent, i) => {
    worksheet.addConditionalFormatting({ ref: ref(intent.area), rules: [conditionalRule(intent, i + 1)] });
  });
  for (const validation of model.dataValidations) {
    (worksheet as unknown as WithDataValidations).dataValidations.add(ref(validation.area), {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(worksheet.workbook, validation.values)],
      // A non-strict dropdown only suggests: any other text is accepted (the checks flag it).
      showErrorMessage: validation.strict,
      ...(validation.strict ? { errorStyle: 'stop' } : {}),
    });
  }
  if (model.note) worksheet.getCell(1, 1).note = model.note;
}
