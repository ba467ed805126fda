/** The merged base drawn on the template of «База наставников»: the same header, widths and dropdown, then the rows. */
import { baseTemplate } from '../../core/templates/base-template';
import { HEADER_STYLE } from '../../core/templates/template-style';
import type { SheetModel } from '../../core/sheet/sheet-model';
import type { MergedBase } from './merged-base';

const EXTRA_WIDTH = 200;

export function mergedBaseSheet(base: MergedBase): SheetModel {
  const template = baseTemplate();
  const [header] = template.cells;
  return {
    ...template,
    cells: [
      [...header, ...base.extraHeaders.map((text) => ({ value: text, style: HEADER_STYLE }))],
      ...base.rows.map((row) => row.map((value) => ({ value }))),
    ],
    columnWidths: [...template.columnWidths, ...base.extraHeaders.map(() => EXTRA_WIDTH)],
  };
}
