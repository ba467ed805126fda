/**
 * A school tab as «Создать листы ОО по списку» makes it, after a curator typed a few values
 * (run on the emulator from the built bundle, marks by onEdit), rendered as an HTML table with the
 * sheet's display values, fills, merges, notes' corner marks and one note open, and saved as
 * docs/images/school-tab.png for the README.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARK_COLOURS } from '../../src/app/live/cell-marks';
import { quote } from '../../src/core/text/quote';
import { start } from '../gas/municipality';
import { launchChromium } from '../tools/chromium';

const SCHOOL = 'МБОУ «СОШ № 5 им. А. С. Пушкина»';
const PREVIEW_ROWS = 16;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function markedTab() {
  const { emulator, bundle } = start();
  emulator.ui.queuePromptResponse({ button: 'OK', text: `Школы:\n${SCHOOL}` });
  bundle.call('menuCreateSchoolSheets');
  const name = emulator.uncounted(() => emulator.spreadsheet.getSheets()[1].getName());
  const typed: [string, unknown][] = [
    ['E6', 64],
    ['E7', 200],
    ['E8', '12,5'],
    ['E9', '5 чел.'],
    ['E10', 4],
  ];
  for (const [a1, value] of typed) bundle.call('onEdit', emulator.userEdit(name, a1, value));
  return emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName(name)!;
    const columns = sheet.getLastColumn();
    const range = sheet.getRange(1, 1, PREVIEW_ROWS, columns);
    return {
      name,
      display: range.getDisplayValues(),
      backgrounds: range.getBackgrounds(),
      weights: range.getFontWeights(),
      wraps: range.getWraps(),
      notes: range.getNotes(),
      widths: Array.from({ length: columns }, (_, i) => sheet.getColumnWidth(i + 1)),
      heights: Array.from({ length: PREVIEW_ROWS }, (_, i) => sheet.getRowHeight(i + 1)),
      merges: range
        .getMergedRanges()
        .map((m) => ({ row: m.getRow(), column: m.getColumn(), columns: m.getNumColumns() })),
    };
  });
}

describe('a preview of a school tab with marks for the README', () => {
  it('shows an error and a warning over the input fill, with the note of the first one, and saves docs/images/school-tab.png', async () => {
    const look = markedTab();
    expect(look.name).toBe('МБОУ «СОШ № 5»');
    expect(look.backgrounds[7][4].slice(0, 6)).toBe(MARK_COLOURS.error.slice(0, 6));
    expect(look.backgrounds[8][4].slice(0, 6)).toBe(MARK_COLOURS.warning.slice(0, 6));
    expect(look.backgrounds[9][4]).toBe('#fff8e1');
    const opened = { row: 8, column: 5 };
    const covered = new Set<string>();
    for (const m of look.merges)
      for (let c = m.column + 1; c < m.column + m.columns; c++) covered.add(`${m.row}:${c}`);
    const cols = look.widths.map((w) => `<col style="width:${w}px">`).join('');
    const rows = look.display.map((line, r) => {
      const cells = line.map((shown, c) => {
        if (covered.has(`${r + 1}:${c + 1}`)) return '';
        const merge = look.merges.find((m) => m.row === r + 1 && m.column === c + 1);
        const note = look.notes[r][c];
        const isOpen = r + 1 === opened.row && c + 1 === opened.column;
        const style = [
          `background:${look.backgrounds[r][c]}`,
          `font-weight:${look.weights[r][c]}`,
          `white-space:${look.wraps[r][c] ? 'normal' : 'nowrap'}`,
          `text-align:${/^[\d\s,]+$/.test(shown) ? 'right' : 'left'}`,
        ].join(';');
        const corner = note ? '<span class="corner"></span>' : '';
        const popup = isOpen ? `<div class="note">${escape(note).replace(/\n/g, '<br>')}</div>` : '';
        return `<td${merge ? ` colspan="${merge.columns}"` : ''} style="${style}">${corner}${escape(shown)}${popup}</td>`;
      });
      return `<tr style="height:${look.heights[r]}px">${cells.join('')}</tr>`;
    });
    const html = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><style>
      body { margin: 0; font-family: Arial, sans-serif; font-size: 12px; background: #fff; }
      .bar { background: #f1f3f4; border-bottom: 1px solid #dadce0; padding: 6px 10px; color: #3c4043; font-size: 13px; }
      table { border-collapse: collapse; table-layout: fixed; }
      td { position: relative; border: 1px solid #e2e3e3; padding: 3px 5px; overflow: visible; vertical-align: middle; }
      .corner { position: absolute; top: 0; right: 0; border-left: 6px solid transparent; border-top: 6px solid #000; }
      .note { position: absolute; z-index: 2; right: 100%; top: 0; width: 420px; background: #fff; border: 1px solid #bbb;
        box-shadow: 0 2px 6px rgba(0,0,0,.25); padding: 6px 8px; white-space: normal; font-weight: normal; text-align: left; }
    </style></head><body><div class="bar">Лист ${escape(quote(look.name))} после ввода значений куратором ОО</div>
    <table>${cols}${rows.join('')}</table></body></html>`;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1450, height: 520 } });
      await page.setContent(html);
      expect(await page.locator('.note').textContent()).toContain('Что сделать:');
      mkdirSync('docs/images', { recursive: true });
      await page.screenshot({
        path: 'docs/images/school-tab.png',
        clip: { x: 0, y: 0, width: 1450, height: 520 },
      });
    } finally {
      await browser.close();
    }
  });
});
