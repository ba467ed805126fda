/**
 * Texts capped to what the target sheet holds: Google Sheets refuses a cell over 50 000
 * characters (the write throws), Excel keeps at most 32 767. «Сводная» cells that list schools
 * grow with the municipality, so every generated text is capped with a visible mark and an
 * `cell/too-long` issue instead of failing the write (docs/domain.md#regeneration).
 */
import { a1 } from './a1';
import { createIssue, type Issue } from '../issues/issue';
import type { ModelCell, SheetModel } from './sheet-model';

export const CAPPED_MARK = '… (сокращено)';

const TOO_LONG = {
  message: (cell: string, sheet: string, limit: number, length: number) =>
    `Текст ячейки ${cell} на листе «${sheet}» сокращён до ${limit} знаков: полный текст (${length} знаков) не помещается в ячейку`,
  hint: 'Полный перечень — в выводе --json и на листах ОО; при необходимости разделите текст вручную.',
};

/** The text cut to `limit` characters, the mark included. */
export function capText(text: string, limit: number): string {
  return text.length <= limit ? text : text.slice(0, Math.max(0, limit - CAPPED_MARK.length)) + CAPPED_MARK;
}

export function capModelTexts(model: SheetModel, limit: number): { model: SheetModel; issues: Issue[] } {
  const issues: Issue[] = [];
  const cells = model.cells.map((row, r) =>
    row.map((cell, c): ModelCell => {
      if (typeof cell.value !== 'string' || cell.value.length <= limit) return cell;
      const place = { sheet: model.name, row: r + 1, column: c + 1 };
      const text = {
        message: TOO_LONG.message(a1(r + 1, c + 1), model.name, limit, cell.value.length),
        hint: TOO_LONG.hint,
      };
      issues.push(
        createIssue('cell/too-long', place, text, { params: { length: cell.value.length, expected: limit } }),
      );
      return { ...cell, value: capText(cell.value, limit) };
    }),
  );
  return { model: issues.length === 0 ? model : { ...model, cells }, issues };
}
