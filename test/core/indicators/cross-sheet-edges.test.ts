import { describe, expect, it } from 'vitest';
import { crossCheck, type BaseFacts } from '../../../src/core/indicators/cross-sheet';
import { tab } from './municipality-fixture';

/**
 * What the comparison of «База наставников» with the schools' 1.2 leaves out, and what each warning hands on
 * (docs/domain.md): a base row without a workplace or without a mentor counts for no school, and a 1.2 that
 * is empty or unreadable is not compared — its own error says so.
 */
function base(rows: [string, string][]): BaseFacts {
  return {
    sheet: 'База наставников',
    organisationColumn: 3,
    rows: rows.map(([mentorKey, organisation], i) => ({ row: 5 + i, mentorKey, organisation })),
  };
}

const matching: [string, string][] = [
  ['петрова анна сергеевна', 'МБОУ «СОШ № 1»'],
  ['сидоров олег иванович', 'МБОУ «СОШ № 1»'],
];

describe('the base against the schools’ 1.2', () => {
  it('counts no row without a mentor or without a workplace, and names no school for a blank workplace', () => {
    const tabs = [tab('СОШ 1', 'МБОУ «СОШ № 1»', { ped_mentors: 2 })];
    const rows: [string, string][] = [...matching, ['', 'МБОУ «СОШ № 1»'], ['орлова нина васильевна', '  ']];
    expect(crossCheck(base(rows), tabs)).toEqual([]);
  });

  it('does not compare a 1.2 that is empty or unreadable', () => {
    for (const value of [null, '#REF!']) {
      const tabs = [tab('СОШ 1', 'МБОУ «СОШ № 1»', { ped_mentors: value })];
      expect(crossCheck(base([matching[0]]), tabs), String(value)).toEqual([]);
    }
  });

  it('hands on the value typed and the number in the base, and the school named in the base', () => {
    const tabs = [tab('СОШ 1', 'МБОУ «СОШ № 1»', { ped_mentors: 3 })];
    const issues = crossCheck(base([...matching, ['орлова нина васильевна', 'МБОУ «СОШ № 7»']]), tabs);
    expect(issues.map((issue) => [issue.code, issue.params])).toEqual([
      ['cross/mentor-count-mismatch', { value: '3', expected: 2 }],
      ['cross/school-without-tab', { value: 'МБОУ «СОШ № 7»' }],
    ]);
  });
});
