/**
 * «Сводная» as the add-on draws it in Sheets (run on the emulator from the built bundle), rendered
 * as an HTML table with the sheet's display values, fills, bold, widths and merges, and saved as
 * docs/images/summary.png for the README.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../tools/gas-emulator';
import { schoolTab, seedMunicipality, start, tabName } from '../gas/municipality';
import { launchChromium } from '../tools/chromium';

/** Enough of the sheet to show the title block, the schools table and the start of the figures. */
const PREVIEW_ROWS = 34;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface SheetLook {
  display: string[][];
  backgrounds: string[][];
  weights: string[][];
  colors: string[][];
  aligns: string[][];
  wraps: boolean[][];
  widths: number[];
  merges: { row: number; column: number; rows: number; columns: number }[];
}

/** Conditional rules are stored by Sheets, not baked into fills: the preview applies them as Sheets would. */
function applyRules(sheet: Sheet, values: unknown[][], backgrounds: string[][], colors: string[][]): void {
  for (const rule of sheet.getConditionalFormatRules()) {
    const condition = rule.getBooleanCondition();
    if (!condition) continue;
    const [limit] = condition.getCriteriaValues();
    const type = condition.getCriteriaType();
    const holds = (value: unknown): boolean => {
      if (type === 'NUMBER_LESS_THAN') return typeof value === 'number' && value < Number(limit);
      if (type === 'NUMBER_GREATER_THAN_OR_EQUAL_TO')
        return typeof value === 'number' && value >= Number(limit);
      if (type === 'TEXT_EQUAL_TO') return value === limit;
      return false;
    };
    for (const range of rule.getRanges()) {
      for (let r = range.getRow(); r <= range.getLastRow() && r <= PREVIEW_ROWS; r++) {
        for (let c = range.getColumn(); c <= range.getLastColumn(); c++) {
          if (!holds(values[r - 1]?.[c - 1])) continue;
          if (condition.getBackground()) backgrounds[r - 1][c - 1] = condition.getBackground() as string;
          if (condition.getFontColor()) colors[r - 1][c - 1] = condition.getFontColor() as string;
        }
      }
    }
  }
}

function readSummary(): SheetLook {
  const { emulator, bundle } = start();
  seedMunicipality(emulator, 6);
  emulator.seedSheet(tabName(4), schoolTab(4, { ped_mentors: '12,5', doc_order: 'нет' }));
  emulator.seedSheet(tabName(5), schoolTab(5, { young_mentees: 1, site_tab: 'нет' }));
  bundle.call('menuGenerateSummary');
  return emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName('Сводная')!;
    const columns = sheet.getLastColumn();
    const range = sheet.getRange(1, 1, PREVIEW_ROWS, columns);
    const backgrounds = range.getBackgrounds();
    const colors = range.getFontColors();
    applyRules(sheet, range.getValues(), backgrounds, colors);
    return {
      display: range.getDisplayValues(),
      backgrounds,
      weights: range.getFontWeights(),
      colors,
      aligns: range.getHorizontalAlignments(),
      wraps: range.getWraps(),
      widths: Array.from({ length: columns }, (_, i) => sheet.getColumnWidth(i + 1)),
      merges: range.getMergedRanges().map((m) => ({
        row: m.getRow(),
        column: m.getColumn(),
        rows: m.getNumRows(),
        columns: m.getNumColumns(),
      })),
    };
  });
}

/** The time of generation would change the image on every run; the README shows a fixed one. */
const SHOWN_TIME = '20.11.2025 16:30';

function toHtml(look: SheetLook): string {
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const m of look.merges) {
    spans.set(`${m.row}:${m.column}`, {
      rows: Math.min(m.rows, PREVIEW_ROWS - m.row + 1),
      columns: m.columns,
    });
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.column; c < m.column + m.columns; c++)
        if (r !== m.row || c !== m.column) covered.add(`${r}:${c}`);
    }
  }
  const cols = look.widths.map((w) => `<col style="width:${w}px">`).join('');
  const rows = look.display.map((line, r) => {
    const cells = line.map((shown, c) => {
      const text = c === 1 && line[0] === 'Сформировано:' ? SHOWN_TIME : shown;
      const key = `${r + 1}:${c + 1}`;
      if (covered.has(key)) return '';
      const span = spans.get(key);
      const align = look.aligns[r][c].toLowerCase();
      const style = [
        `background:${look.backgrounds[r][c]}`,
        `color:${look.colors[r][c]}`,
        `font-weight:${look.weights[r][c]}`,
        `text-align:${align === 'general' || align === 'general-left' ? (/^[\d\s,%—-]+$/.test(text) ? 'right' : 'left') : align}`,
        `white-space:${look.wraps[r][c] ? 'normal' : 'nowrap'}`,
      ].join(';');
      const attrs = span ? ` rowspan="${span.rows}" colspan="${span.columns}"` : '';
      return `<td${attrs} style="${style}">${escape(text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><style>
    body { margin: 0; font-family: Arial, sans-serif; font-size: 12px; background: #fff; }
    .bar { background: #f1f3f4; border-bottom: 1px solid #dadce0; padding: 6px 10px; color: #3c4043; font-size: 13px; }
    table { border-collapse: collapse; table-layout: fixed; }
    td { border: 1px solid #e2e3e3; padding: 3px 5px; overflow: hidden; text-overflow: ellipsis; vertical-align: bottom; height: 18px; }
  </style></head><body><div class="bar">Сводная — сформирована надстройкой «Наставничество»</div>
  <table>${cols}${rows.join('')}</table></body></html>`;
}

describe('a preview of «Сводная» for the README', () => {
  it('renders the generated sheet with the municipal totals and saves docs/images/summary.png', async () => {
    const look = readSummary();
    const html = toHtml(look);
    const total = look.display.find((line) => line[0] === 'Итого по муниципалитету');
    expect(total?.[1]).toBe(String([1, 2, 3, 4, 5, 6].reduce((sum, i) => sum + 30 + i, 0)));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1500, height: 800 } });
      await page.setContent(html);
      expect(await page.locator('td', { hasText: 'Итого по муниципалитету' }).count()).toBe(1);
      mkdirSync('docs/images', { recursive: true });
      await page.screenshot({
        path: 'docs/images/summary.png',
        clip: { x: 0, y: 0, width: 1500, height: 800 },
      });
    } finally {
      await browser.close();
    }
  });
});
