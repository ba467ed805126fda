/** Colours and styles shared by the generated sheets (Google's light palette, readable when printed). */
import type { CellStyle } from './sheet-model';

export const LIGHT_RED = '#f4cccc';
export const LIGHT_GREEN = '#d9ead3';
export const LIGHT_YELLOW = '#fff2cc';
export const HEADER_GREY = '#efefef';
export const TOTAL_GREY = '#f3f3f3';

export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14 };
export const SECTION_STYLE: CellStyle = { bold: true, fontSize: 12 };
export const HEADER_STYLE: CellStyle = { bold: true, background: HEADER_GREY, wrap: true, align: 'center' };
export const LABEL_STYLE: CellStyle = { bold: true };
