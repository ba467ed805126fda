import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRosterSheet, splitCuratorEmails } from '../../../src/core/roster';
import { cellText } from '../../../src/core/text/normalise';

const CHARS = [...'абвгдеёжзийклмнопрстуфхцчшщАБВЕМОСШaeoxyz@.;,_-«»" \n\t\u00a00123456789№'];
const text = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 40 });
const cell = fc.oneof(
  { weight: 4, arbitrary: text },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      '#REF!',
      'МБОУ «СОШ № 1»',
      'a@b.ru; c@d.ru',
      'нет адреса',
      'kurator@school.ru,',
    ),
  },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date() },
  { weight: 1, arbitrary: fc.constant(null) },
);
const HEADER = ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'];

describe('the roster on arbitrary cells', () => {
  it('never throws; every issue points at a cell of the sheet, and every kept address has one «@» and no spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }), (rows) => {
        const grid = { name: 'Список ОО', values: [HEADER, ...rows] };
        const roster = parseRosterSheet(grid);
        for (const issue of roster.issues) {
          expect(issue.row).toBeGreaterThan(1);
          expect(issue.row).toBeLessThanOrEqual(grid.values.length);
          expect(issue.message).toContain(issue.cell);
        }
        for (const entry of roster.entries) {
          expect(entry.name).not.toBe('');
          for (const email of entry.curatorEmails) expect(email).toMatch(/^[^\s@]+@[^\s@]+$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('splits any text into valid addresses and the rest, reporting every part it drops', () => {
    fc.assert(
      fc.property(text, (typed) => {
        const { emails, invalid } = splitCuratorEmails(typed);
        // What is reported was typed (spaces collapsed), and nothing typed is both kept and reported.
        const shown = cellText(typed);
        for (const part of invalid) expect(shown).toContain(part);
        for (const email of emails) expect(invalid).not.toContain(email);
        expect(emails.length).toBeLessThanOrEqual(typed.split('@').length - 1);
      }),
      { numRuns: 300 },
    );
  });
});
