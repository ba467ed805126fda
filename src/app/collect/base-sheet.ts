/** The merged base drawn on the template of «База наставников»: the same header, widths and dropdown, then the rows. */
import { BASE_ORIGIN_HEADER } from '../../core/base/base-origin';
import { baseTemplate } from '../../core/templates/base-template';
import { HEADER_STYLE } from '../../core/templates/template-style';
import type { SheetModel } from '../../core/sheet/sheet-model';
import type { MergedBase } from './merged-base';

const EXTRA_WIDTH = 200;

/** The rows' origins, when given, are the last column: where each row's errors are to be fixed. */
export function mergedBaseSheet(base: MergedBase): SheetModel {
  const template = baseTemplate();
  const [header] = template.cells;
  const origins = base.origins ?? null;
  const headers = [...base.extraHeaders, ...(origins === null ? [] : [BASE_ORIGIN_HEADER])];
  return {
    ...template,
    cells: [
      [...header, ...headers.map((text) => ({ value: text, style: HEADER_STYLE }))],
      ...base.rows.map((row, i) =>
        [...row, ...(origins === null ? [] : [origins[i]])].map((value) => ({ value })),
      ),
    ],
    columnWidths: [...template.columnWidths, ...headers.map(() => EXTRA_WIDTH)],
  };
}
