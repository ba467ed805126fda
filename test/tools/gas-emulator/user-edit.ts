/**
 * The edit event object (`onEdit(e)`) that a user's action produces, in the two shapes Google
 * gives it.
 *
 * Google's "Event objects" page (https://developers.google.com/apps-script/guides/triggers/events,
 * section "Google Sheets events" → "Edit") documents:
 * - `value`: "New cell value after the edit. Only available if the edited range is a single cell."
 * - `oldValue`: "Cell value prior to the edit, if any. Only available if the edited range is a
 *   single cell. Will be undefined if the cell had no previous content."
 *
 * Both fields exist only when a user *typed* into one cell. A paste — even of a single cell —
 * gives neither, and so does anything over several cells (a fill-down, a delete of a selection):
 * the range is the whole block the action changed and the handler has to read it. (Observed and
 * written up by Kanshi Tanaike, "Enhanced onEdit(e) using Google Apps Script",
 * https://gist.github.com/tanaikech/73edaed1268a6d07118aed538aa5608d: "When an user edited the
 * "A1:A2" multiple cells, e.oldValue and e.value of onEdit(e) are not shown anything. When an
 * user copied and pasted from other cell, e.oldValue and e.value of onEdit(e) are not shown
 * anything.")
 */
import { AuthMode } from './script-app';
import type { Env } from './env';
import type { Range } from './range';
import { newUser, type User } from './session';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';

/**
 * What `onEdit(e)` receives.
 *
 * - Typed into one cell (Emulator.userEdit with a single value): `range` is that cell; `value` is
 *   the new content and `oldValue` the previous one, each absent when that content is empty
 *   (a cleared cell has no `value`, a cell typed into while empty has no `oldValue`) and `value`
 *   absent when a formula was typed.
 * - Pasted, filled, or typed into a multi-cell selection (Emulator.userPaste, or userEdit over
 *   several cells): `range` is the whole block and there is never a `value` nor an `oldValue`,
 *   not even for a single pasted cell. A handler must read `range` instead.
 */
export interface EditEvent {
  range: Range;
  /** New value as a string (numbers as JS prints them, booleans 'TRUE'/'FALSE'); only when one cell was typed into. */
  value?: string;
  /** Previous value; only when one cell was typed into and it was not empty. */
  oldValue?: string;
  source: Spreadsheet;
  authMode: string;
  user: User;
  triggerUid: string;
}

export interface EditContext {
  env: Env;
  spreadsheet: Spreadsheet;
  sheetNamed(name: string): Sheet;
}

function editText(value: unknown): string | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function baseEvent(context: EditContext, range: Range): EditEvent {
  // triggerUid is documented for installable triggers only; a simple onEdit gets none.
  return {
    range,
    source: context.spreadsheet,
    authMode: AuthMode.LIMITED,
    user: newUser(context.env, context.env.userEmail),
    triggerUid: '',
  };
}

/** A user types `value` into the cell at `a1` (or into every cell of a selected range). Call silently. */
export function typedEdit(context: EditContext, sheetName: string, a1: string, value: unknown): EditEvent {
  const range = context.sheetNamed(sheetName).getRange(a1);
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  const oldValue = single ? editText(range.getValue()) : undefined;
  range.setValue(value);
  range.activate();
  const event = baseEvent(context, range);
  if (!single) return event;
  const newValue = range.getFormula() === '' ? editText(range.getValue()) : undefined;
  if (newValue !== undefined) event.value = newValue;
  if (oldValue !== undefined) event.oldValue = oldValue;
  return event;
}

/**
 * A user pastes the block `values` with its top-left cell at the top-left of `a1` (a paste
 * covers as many cells as the clipboard holds, whatever was selected). Call silently.
 */
export function pastedEdit(
  context: EditContext,
  sheetName: string,
  a1: string,
  values: unknown[][],
): EditEvent {
  if (
    !Array.isArray(values) ||
    values.length === 0 ||
    !values.every((row) => Array.isArray(row) && row.length === values[0].length && row.length > 0)
  ) {
    throw new Error('userPaste takes a non-empty rectangular 2-D array');
  }
  const sheet = context.sheetNamed(sheetName);
  const anchor = sheet.getRange(a1);
  const range = sheet.getRange(anchor.getRow(), anchor.getColumn(), values.length, values[0].length);
  range.setValues(values);
  range.activate();
  return baseEvent(context, range);
}
