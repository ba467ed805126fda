/** Looks shared by the template sheets: one header style, one colour for the cells to fill. */
import type { CellStyle } from '../sheet/sheet-model';

export const HEADER_STYLE: CellStyle = { bold: true, background: '#e8eaed', wrap: true, align: 'center' };
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 12 };
export const LABEL_STYLE: CellStyle = { bold: true };
/** Cells the curator fills: a pale yellow tells them apart from the printed text. */
export const INPUT_STYLE: CellStyle = { background: '#fff8e1' };
export const TEXT_STYLE: CellStyle = { wrap: true };

/** How many rows the dropdowns of an empty template cover. */
export const TEMPLATE_ROWS = 1000;
