import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validateBase } from '../../../src/core/base/validate-base';
import { validateBaseRows } from '../../../src/core/base/row-rules';
import { findBaseHeader } from '../../../src/core/base/base-header';
import { checkFio } from '../../../src/core/base/fio';
import { createFormMatcher } from '../../../src/core/base/forms';
import { FORMS_VOCABULARY } from '../../../src/core/base/forms-vocabulary';
import { a1 } from '../../../src/core/sheet/a1';
import { ISSUE_CODES, SEVERITIES, type Issue } from '../../../src/core/issues/issue';
import type { Grid } from '../../../src/core/sheet/grid';
import { BASE_HEADER_ROW, realisticRows, SCHOOLS } from './base-grid';

const CHARS = [
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕЁИКМНОПРСТХЯ aeopcxyABCEHKMOPTXn-–—.,;:\n\t\u00a0#!?"«»()0123456789/№',
];
const text = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 40 });
const known = fc.constantFrom(
  '',
  ' ',
  '#REF!',
  '#N/A',
  ' #DIV/0! ',
  '#ERROR!',
  'педагог — педагог',
  'учитель-учитель, групповое',
  'Иванова Анна Петровна',
  'иванова анна',
  'Ивaнoвa Анна',
  'МБОУ «СОШ № 1»',
  'СОШ 1',
  'Иванов И.И.',
  'Петров Пётр; Сидорова Мария',
  '1',
  '7.',
  'Контакты',
);
const cell = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 4, arbitrary: known },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date() },
  { weight: 1, arbitrary: fc.constant(null) },
);
const headerCell = fc.oneof(
  fc.constantFrom(
    ...BASE_HEADER_ROW,
    'ФИО наставляемых',
    'Наставник (ФИО)',
    'Ф. И. О. наставника:',
    'Место работы',
    'Контакты',
    '',
  ),
  cell,
);
const merge = fc.record({
  row: fc.integer({ min: 1, max: 12 }),
  column: fc.integer({ min: 1, max: 10 }),
  rows: fc.integer({ min: 1, max: 3 }),
  columns: fc.integer({ min: 1, max: 3 }),
});

/** Grids that look like a base often enough for the row rules to run: a header (standard or loose) over random rows. */
const grid: fc.Arbitrary<Grid> = fc
  .record({
    title: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 }),
    header: fc.oneof(
      fc.constant(BASE_HEADER_ROW as unknown[]),
      fc.array(headerCell, { minLength: 3, maxLength: 10 }),
    ),
    rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 10 }), { maxLength: 12 }),
    merges: fc.option(fc.array(merge, { maxLength: 3 }), { nil: undefined }),
  })
  .map(({ title, header, rows, merges }) => ({
    name: 'База наставников',
    values: [...title, header, ...rows],
    merges,
  }));

function expectWellFormed(issues: readonly Issue[], sheet: Grid): void {
  const rows = Math.max(1, sheet.values.length);
  const columns = Math.max(1, ...sheet.values.map((row) => row.length));
  for (const issue of issues) {
    expect(ISSUE_CODES).toContain(issue.code);
    expect(SEVERITIES).toContain(issue.severity);
    expect(issue.sheet).toBe(sheet.name);
    expect(issue.row).toBeGreaterThanOrEqual(1);
    expect(issue.row).toBeLessThanOrEqual(rows);
    expect(issue.column).toBeGreaterThanOrEqual(1);
    expect(issue.column).toBeLessThanOrEqual(columns);
    expect(issue.cell).toBe(a1(issue.row, issue.column));
    expect(issue.message.length).toBeGreaterThan(0);
    if (issue.fix) expect(['string', 'number', 'boolean']).toContain(typeof issue.fix.value);
  }
}

describe('validateBase on any cell contents', () => {
  it('never throws and every issue points inside the sheet', () => {
    fc.assert(
      fc.property(grid, fc.boolean(), (sheet, withSchools) => {
        const result = validateBase(sheet, withSchools ? { knownOrganisations: SCHOOLS } : {});
        expectWellFormed(result.issues, sheet);
        for (const entry of result.entries) expect(entry.row).toBeLessThanOrEqual(sheet.values.length);
      }),
      { numRuns: 400 },
    );
  });

  it('validateBaseRows never throws for any rows, inside or outside the sheet', () => {
    fc.assert(
      fc.property(grid, fc.array(fc.integer({ min: -2, max: 20 }), { maxLength: 6 }), (sheet, rows) => {
        const header = findBaseHeader(sheet);
        if (!header) return;
        expectWellFormed(validateBaseRows(sheet, header, rows), sheet);
      }),
      { numRuns: 300 },
    );
  });
});

/** A clean row with some cells spoilt in the ways curators spoil them. */
const spoilt = fc
  .record({
    which: fc.integer({ min: 0, max: 29 }),
    column: fc.constantFrom(1, 2, 3, 5, 6),
    how: fc.constantFrom('lower', 'upper', 'spaces', 'latin', 'dash', 'quotes', 'school'),
  })
  .map(({ which, column, how }) => {
    const rows = realisticRows(30);
    const value = String(rows[which][column]);
    const spoil: Record<typeof how, (v: string) => string> = {
      lower: (v) => v.toLowerCase(),
      upper: (v) => v.toUpperCase(),
      spaces: (v) => ` ${v.replace(/ /g, '  ')} `,
      latin: (v) => v.replace(/а/g, 'a').replace(/о/g, 'o'),
      dash: (v) => v.replace(/ — /g, '-'),
      quotes: (v) => `«${v}»`,
      school: (v) => v.replace(/МБОУ «(.*)»/, '$1'),
    };
    rows[which][column] = spoil[how](value);
    return rows;
  });

describe('fixes', () => {
  it('every proposed fix, once applied, clears the issue it came with', () => {
    fc.assert(
      fc.property(spoilt, (rows) => {
        const sheet: Grid = {
          name: 'База наставников',
          values: [BASE_HEADER_ROW, ...rows].map((r) => [...r]),
        };
        const shifted = { ...sheet, values: [['Форма «База наставников»'], ...sheet.values] };
        const options = { knownOrganisations: SCHOOLS };
        for (const issue of validateBase(shifted, options).issues) {
          if (!issue.fix) continue;
          const values = shifted.values.map((r) => [...r]);
          values[issue.row - 1][issue.column - 1] = issue.fix.value;
          const header = findBaseHeader({ ...shifted, values });
          if (!header) throw new Error('header lost');
          const after = validateBaseRows({ ...shifted, values }, header, [issue.row], options);
          expect(
            after.filter((each) => each.cell === issue.cell),
            `${issue.cell} ${issue.code} → ${String(issue.fix.value)}`,
          ).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a fixed name has nothing left to fix', () => {
    const name = fc.string({
      unit: fc.constantFrom(...'абвгдеёжзиклмнопрстуАБВГДЕЖЗИКЛМНОПРСТaeopcxAEOPCX- '),
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(name, (typed) => {
        const check = checkFio(typed.replace(/\s+/g, ' ').trim());
        const again = checkFio(check.cleaned).problems.filter(
          (problem) => problem.kind === 'case' || (problem.kind === 'mixed-script' && problem.fixed !== null),
        );
        if (
          check.problems.some(
            (problem) =>
              problem.kind === 'case' || (problem.kind === 'mixed-script' && problem.fixed !== null),
          )
        )
          expect(again).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('a form fixed to the proposed spelling is standard', () => {
    const matcher = createFormMatcher();
    const spelling = fc.constantFrom(
      ...FORMS_VOCABULARY.flatMap((entry) => [entry.canonical, ...entry.accepted, ...entry.variants]),
    );
    const variant = fc
      .record({
        spelling,
        dash: fc.constantFrom(' — ', '-', ' - ', '–', ' '),
        upper: fc.boolean(),
        typo: fc.option(fc.nat(), { nil: undefined }),
      })
      .map(({ spelling: s, dash, upper, typo }) => {
        let v = s.replace(/ — /g, dash);
        if (upper) v = v.charAt(0).toUpperCase() + v.slice(1);
        if (typo !== undefined) {
          const at = typo % v.length;
          v = v.slice(0, at) + v.slice(at + 1);
        }
        return v;
      });
    fc.assert(
      fc.property(fc.oneof(variant, text), (typed) => {
        const match = matcher.match(typed);
        if (match.status === 'nonstandard') expect(matcher.match(match.fix).status).toBe('standard');
        if (match.status !== 'unknown') expect(match.canonical).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
