import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../src/core/issues/issue';
import { MESSAGES, SIDEBAR_ARGUMENT } from '../../src/gas/messages';
import { parseArguments, SIDEBAR_ARGUMENTS } from '../../src/gas/sidebar-arguments';
import { SIDEBAR_FUNCTIONS } from '../../src/gas/sidebar-contract';

const REFUSALS = new Set(
  Object.values(SIDEBAR_ARGUMENT).map((what) => MESSAGES.sidebarArgumentRefused(what)),
);
const BASE = 'База наставников';

describe('the arguments of the sidebar’s server functions', () => {
  it('has a schema for every function the client may call', () => {
    expect(Object.keys(SIDEBAR_ARGUMENTS).sort()).toEqual([...SIDEBAR_FUNCTIONS].sort());
  });

  it('never throws on anything a client sends: the arguments pass, or a Russian refusal names one', () => {
    for (const name of SIDEBAR_FUNCTIONS) {
      fc.assert(
        fc.property(
          fc.array(fc.anything({ withNullPrototype: true, withBigInt: true }), { maxLength: 5 }),
          (args) => {
            const parsed = parseArguments<unknown>(SIDEBAR_ARGUMENTS[name], args);
            if (!parsed.ok) expect(REFUSALS.has(parsed.message), parsed.message).toBe(true);
          },
        ),
        { numRuns: 300 },
      );
    }
  });

  it('takes what the sidebar sends, up to Google’s limits', () => {
    const longName = 'Л'.repeat(100);
    const longText = 'ж'.repeat(50_000);
    expect(parseArguments(SIDEBAR_ARGUMENTS.sidebarIssues, ['workbook'])).toEqual({
      ok: true,
      values: ['workbook'],
    });
    expect(parseArguments(SIDEBAR_ARGUMENTS.sidebarChangeStamp, [])).toEqual({ ok: true, values: [] });
    expect(parseArguments(SIDEBAR_ARGUMENTS.selectCell, [longName, '$XFD$1048576'])).toEqual({
      ok: true,
      values: [longName, '$XFD$1048576'],
    });
    for (const value of [longText, 0, -12.5, false])
      expect(parseArguments(SIDEBAR_ARGUMENTS.applyFix, [BASE, 'b3', longText, value])).toEqual({
        ok: true,
        values: [BASE, 'b3', longText, value],
      });
    for (const code of ISSUE_CODES)
      expect(parseArguments(SIDEBAR_ARGUMENTS.applyFixesOfCode, [BASE, code]).ok).toBe(true);
  });

  it('refuses one character past the limits, naming the argument', () => {
    const refused = (what: string) => ({ ok: false, message: MESSAGES.sidebarArgumentRefused(what) });
    expect(parseArguments(SIDEBAR_ARGUMENTS.selectCell, ['Л'.repeat(101), 'A1'])).toEqual(
      refused(SIDEBAR_ARGUMENT.sheet),
    );
    expect(parseArguments(SIDEBAR_ARGUMENTS.selectCell, [BASE, '$XFD$10485760'])).toEqual(
      refused(SIDEBAR_ARGUMENT.cell),
    );
    expect(parseArguments(SIDEBAR_ARGUMENTS.applyFix, [BASE, 'B3', 'ж'.repeat(50_001), 'x'])).toEqual(
      refused(SIDEBAR_ARGUMENT.expected),
    );
    expect(parseArguments(SIDEBAR_ARGUMENTS.applyFix, [BASE, 'B3', 'x', 'ж'.repeat(50_001)])).toEqual(
      refused(SIDEBAR_ARGUMENT.value),
    );
  });
});
