/**
 * Acceptance: a school's form made from the table of the Ижевск order № 644 (docs/domain.md#monitoring-order)
 * in the order's own wording is read without any configuration, whatever the «№» column holds.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/app/summarise';
import { BUILTIN_CATALOGUE, indicatorById } from '../../src/core/catalogue/catalogue';
import type { SummaryResult } from '../../src/core/findings/analysis-result';
import { memoryWorkbook } from '../tools/memory-workbook';
import { SEED_003_IDS, seed003Tab } from './seed-003-form';

const SCHOOL = 'МБОУ «СОШ № 12»';
const SHEET = 'СОШ 12';

/** A distinct value per row, so a row read as the wrong indicator shows. */
function valueOf(tag: string): unknown {
  if (tag.startsWith('municipal')) return 1;
  if (tag.startsWith('satisfaction')) return 85;
  const def = indicatorById(BUILTIN_CATALOGUE, tag);
  if (def?.type === 'flag') return 1;
  // Totals above their parts (consistency, docs/domain.md#indicators), every value distinct.
  if (['young_total', 'students_mentees', 'ped_mentors'].includes(tag))
    return 100 + SEED_003_IDS.indexOf(tag);
  return SEED_003_IDS.indexOf(tag) + 2;
}

function read(renumber?: (values: unknown[][]) => void): {
  result: SummaryResult;
  row: (tag: string) => number;
} {
  const tab = seed003Tab(SCHOOL, valueOf);
  renumber?.(tab.values);
  return { result: summarise(memoryWorkbook({ [SHEET]: tab.values })).result, row: tab.row };
}

const inputIds = SEED_003_IDS.filter((id) => !id.startsWith('satisfaction'));

describe('seed 003 form in its own wording', () => {
  it('reads every school indicator of the table with its value', () => {
    const { result } = read();
    const values = result.organizations[0].values;
    for (const id of inputIds) expect([id, values[id]]).toEqual([id, valueOf(id)]);
  });

  it('notes each reworded row once, at the «№» cell, with the code as the fix', () => {
    const { result, row } = read();
    const variants = result.issues.filter((issue) => issue.code === 'indicator/title-variant');
    expect(variants.map((issue) => [issue.cell, issue.severity, issue.fix?.value])).toEqual(
      inputIds.map((id) => [`A${row(id)}`, 'info', indicatorById(BUILTIN_CATALOGUE, id)?.code]),
    );
    expect(variants[0].message).toContain('строка прочитана как показатель 2.9');
  });

  it('lets the municipality\u2019s own rows and the repeated headers be, with no warning', () => {
    const { result, row } = read();
    const municipal = [1, 2, 3, 4, 5, 6].map((n) => `C${row(`municipal#${n}`)}`);
    const unknown = result.issues.filter((issue) => issue.code === 'indicator/unknown');
    expect(
      unknown
        .filter((issue) => issue.severity === 'info' && municipal.includes(issue.cell))
        .map((i) => i.cell),
    ).toEqual(municipal);
    expect(result.issues.filter((issue) => issue.severity === 'warning')).toEqual([]);
  });

  it('does not take hierarchical row numbers in «№» for codes: «1.4» on the base row is not 1.4', () => {
    const { result } = read((values) => {
      let section = 0;
      let item = 0;
      for (const cells of values.slice(4)) {
        if (cells[0] === '№') continue;
        if (cells[0] !== '') {
          section = Number(cells[0]);
          item = 0;
        }
        item++;
        cells[0] = `${section}.${item}`;
      }
    });
    const values = result.organizations[0].values;
    expect(values.ped_under35).toBeNull();
    for (const id of inputIds) expect([id, values[id]]).toEqual([id, valueOf(id)]);
  });

  it('reads a count of documents the order asks for as the school’s flag: 2 road maps is «есть», 0 is «нет»', () => {
    const tab = seed003Tab(SCHOOL, (tag) =>
      tag === 'doc_roadmap' ? 2 : tag === 'doc_regulation' ? 0 : valueOf(tag),
    );
    const result = summarise(memoryWorkbook({ [SHEET]: tab.values })).result;
    expect(result.organizations[0].values.doc_roadmap).toBe(1);
    expect(result.organizations[0].values.doc_regulation).toBe(0);
    expect(result.issues.filter((issue) => issue.code === 'value/flag')).toEqual([]);
  });

  it('does not hold against the school the indicators the order does not ask for: one note names them', () => {
    const { result } = read();
    const missing = result.issues.filter((issue) => issue.code === 'indicator/missing');
    expect(missing.map((issue) => issue.severity)).toEqual(['info']);
    expect(missing[0].message).toContain(
      'нет показателей 1.1, 1.4, 1.5, 1.9, 1.10, 2.1, 2.2, 2.5, 2.6, 2.11, 3.1, 3.2;',
    );
    const school = result.organizations[0];
    expect(school.values.ped_total).toBeNull();
    expect(school.excludedFrom).not.toContain('ped_total');
    expect(school.errors).toBe(0);
  });

  it('still holds a missing indicator against a tab in the catalogue’s own wording', () => {
    const values = [
      ['Код', 'Показатель', 'Значение'],
      ['1.2', 'Педагоги в роли наставника', 4],
    ];
    const result = summarise(memoryWorkbook({ [SHEET]: values })).result;
    const missing = result.issues.filter((issue) => issue.code === 'indicator/missing');
    expect(missing.every((issue) => issue.severity === 'error')).toBe(true);
    expect(missing.map((issue) => issue.params.indicator)).toContain('ped_total');
  });
});
