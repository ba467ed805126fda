/**
 * A school's tab copied from its own file into the municipal workbook as the school sees it:
 * values, number formats and fills, merges, widths, frozen rows, dropdowns and notes. A formula
 * is copied as its last result: it may point at sheets of the school's file that the municipal
 * workbook does not have, and the value is what the school sent.
 */
import ExcelJS from 'exceljs';
import { worksheetMerges } from './xlsx-sheet-grid';

function plainValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  if (cell.type !== ExcelJS.ValueType.Formula) return cell.value;
  const result = cell.result as ExcelJS.CellValue | undefined;
  return result === undefined ? null : result;
}

/** exceljs keeps dropdowns as a plain map of address → rule (absent from its typings). */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { model: Record<string, unknown> } };

export function copyWorksheet(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet): void {
  from.eachRow({ includeEmpty: true }, (row, r) => {
    const target = to.getRow(r);
    if (row.height) target.height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const out = target.getCell(c);
      if (cell.type !== ExcelJS.ValueType.Merge) out.value = plainValue(cell);
      out.style = structuredClone(cell.style);
      if (cell.note) out.note = structuredClone(cell.note);
    });
  });
  from.columns?.forEach((column, i) => {
    const target = to.getColumn(i + 1);
    if (column.width) target.width = column.width;
    if (column.hidden) target.hidden = true;
  });
  for (const merge of worksheetMerges(from)) {
    to.mergeCells(merge.row, merge.column, merge.row + merge.rows - 1, merge.column + merge.columns - 1);
  }
  to.views = structuredClone(from.views);
  const validations = (from as WithValidations).dataValidations?.model ?? {};
  (to as WithValidations).dataValidations.model = structuredClone(validations);
}
