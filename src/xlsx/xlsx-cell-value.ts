/**
 * One exceljs cell value → the value Apps Script's getValues() would give for the same cell, so
 * the engine sees identical grids from both adapters.
 */
import { isDate } from '../core/sheet/cell-value';

type Plain = string | number | boolean | Date;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isDate(value);
}

function richText(value: Record<string, unknown>): string | null {
  const runs = value.richText;
  if (!Array.isArray(runs)) return null;
  return runs.map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
}

/**
 * Hyperlinks give their text, as in Google Sheets. A link whose text is empty gives its address:
 * a URL in a flag cell is evidence (docs/domain.md#school-tab) and must not read as an empty required value.
 */
function hyperlinkText(value: Record<string, unknown>): string {
  const text = toGridValue(value.text);
  const shown = typeof text === 'string' ? text : String(text);
  if (shown.trim() !== '') return shown;
  return typeof value.hyperlink === 'string' ? value.hyperlink : '';
}

export function toGridValue(value: unknown): Plain {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return value;
  if (!isRecord(value)) return '';
  if (typeof value.error === 'string') return value.error;
  const rich = richText(value);
  if (rich !== null) return rich;
  if ('hyperlink' in value) return hyperlinkText(value);
  // Formula cells (plain, shared, array): the result cached by the last application that saved
  // the file; without one (never calculated) the cell reads as empty, not as the formula text.
  if ('formula' in value || 'sharedFormula' in value || 'result' in value) return toGridValue(value.result);
  if (typeof value.text === 'string') return value.text;
  return '';
}
