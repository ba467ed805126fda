/**
 * Sheet models give column widths in pixels (what Google Sheets uses); Excel measures them in
 * characters of the default font. With Calibri 11 one character (the widest digit) is 7 px and
 * Excel adds 5 px of cell padding, so width = (px − 5) / 7, rounded to 1/100 as Excel stores it:
 * Google's default 100 px → 13.57, Excel's default 8.43 → 64 px.
 */
const DIGIT_PX = 7;
const PADDING_PX = 5;

export function pixelsToExcelWidth(px: number): number {
  return Math.max(0, Math.round(((px - PADDING_PX) / DIGIT_PX) * 100) / 100);
}
