/**
 * The arguments of the functions google.script.run calls, as schemas. The sidebar is a web page:
 * whatever reaches the server may be anything (undefined, an object, a huge string, NaN), so each
 * function parses its arguments before it touches the spreadsheet. Every schema carries the
 * Russian name of what it checks as its error, so a refusal says which argument was wrong.
 */
import * as z from 'zod/mini';
import { parseA1 } from '../core/sheet/a1';
import { ISSUE_CODES } from '../core/issues/issue';
import { MESSAGES, SIDEBAR_ARGUMENT as WHAT } from './messages';
import type { Refusal, SidebarApi, SidebarFunction } from './sidebar-contract';

/** Google Sheets limits: a sheet's name, a cell's text. */
const SHEET_NAME_MAX = 100;
const CELL_TEXT_MAX = 50_000;
/** «$ZZZ$9999999», the longest address parseA1 takes, has 12 characters. */
const ADDRESS_MAX = 12;

const scope = z.enum(['sheet', 'workbook'], WHAT.scope);
const sheetName = z
  .string(WHAT.sheet)
  .check(z.minLength(1, WHAT.sheet), z.maxLength(SHEET_NAME_MAX, WHAT.sheet));
const cellAddress = z.string(WHAT.cell).check(
  z.maxLength(ADDRESS_MAX, { error: WHAT.cell, abort: true }),
  z.trim(),
  z.refine((text) => parseA1(text) !== null, WHAT.cell),
);
const checkedText = z.string(WHAT.expected).check(z.maxLength(CELL_TEXT_MAX, WHAT.expected));
// A union with one option of the right type reports that option's issue, so each option names the argument.
const fixValue = z.union(
  [
    z.string(WHAT.value).check(z.maxLength(CELL_TEXT_MAX, WHAT.value)),
    z.number(WHAT.value),
    z.boolean(WHAT.value),
  ],
  WHAT.value,
);
const issueCode = z.enum(ISSUE_CODES, WHAT.code);
/** At most as many schools as a municipality has tabs (Sheets allows 200 sheets a spreadsheet). */
const SCHOOLS_MAX = 1000;
const context = z.nullable(
  z.object(
    {
      organisations: z
        .array(z.string(WHAT.context).check(z.maxLength(CELL_TEXT_MAX, WHAT.context)), WHAT.context)
        .check(z.maxLength(SCHOOLS_MAX, WHAT.context)),
    },
    WHAT.context,
  ),
);

/** One tuple per function, in the order of SidebarApi's parameters (the type keeps them in step). */
export const SIDEBAR_ARGUMENTS = {
  // The school list may be left out: a check of the whole workbook does not need it.
  sidebarIssues: z.tuple([scope, z.optional(context)], WHAT.count),
  sidebarChangeStamp: z.tuple([], WHAT.count),
  selectCell: z.tuple([sheetName, cellAddress], WHAT.count),
  applyFix: z.tuple([sheetName, cellAddress, checkedText, fixValue], WHAT.count),
  applyFixesOfCode: z.tuple([sheetName, issueCode], WHAT.count),
  sidebarCatchUpMarks: z.tuple([], WHAT.count),
} satisfies { readonly [K in SidebarFunction]: z.ZodMiniType<Parameters<SidebarApi[K]>> };

/** The arguments, typed, or the refusal that names the first wrong one. */
export function parseArguments<T>(
  schema: z.core.$ZodType<T>,
  args: readonly unknown[],
): { readonly ok: true; readonly values: T } | Refusal {
  const parsed = z.safeParse(schema, args);
  return parsed.success
    ? { ok: true, values: parsed.data }
    : { ok: false, message: MESSAGES.sidebarArgumentRefused(parsed.error.issues[0].message) };
}
