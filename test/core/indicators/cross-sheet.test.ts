import { describe, it, expect } from 'vitest';
import { crossCheck, type BaseFacts } from '../../../src/core/indicators/cross-sheet';
import { rowOf } from '../monitoring/school-tab-fixture';
import { tab } from './municipality-fixture';

const tabs = [
  tab('СОШ 1', 'МБОУ «СОШ № 1»', { ped_mentors: 2 }),
  tab('Ивановская', 'МКОУ «Ивановская ООШ»', { ped_mentors: 1, mentors_of_young: 1 }),
];

function base(rows: [string, string][]): BaseFacts {
  return {
    sheet: 'База наставников',
    organisationColumn: 3,
    rows: rows.map(([mentorKey, organisation], i) => ({ row: 5 + i, mentorKey, organisation })),
  };
}

describe('crossCheck', () => {
  it('counts distinct mentors per school, matching names loosely', () => {
    const issues = crossCheck(
      base([
        ['петрова анна сергеевна', 'МБОУ "СОШ №1"'],
        ['петрова анна сергеевна', 'МБОУ «СОШ № 1»'],
        ['сидоров олег иванович', 'мбоу сош № 1'],
        ['кузнецова мария петровна', 'МКОУ «Ивановская ООШ»'],
      ]),
      tabs,
    );
    expect(issues).toEqual([]);
  });

  it('warns at the 1.2 cell when the base has another number of mentors', () => {
    const issues = crossCheck(
      base([
        ['петрова анна сергеевна', 'МБОУ «СОШ № 1»'],
        ['кузнецова мария петровна', 'МКОУ «Ивановская ООШ»'],
      ]),
      tabs,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'cross/mentor-count-mismatch',
      severity: 'warning',
      sheet: 'СОШ 1',
      cell: `E${rowOf('ped_mentors')}`,
    });
    expect(issues[0].message).toBe(
      `В ячейке E${rowOf('ped_mentors')} «2»: на листе «База наставников» наставников с местом работы «МБОУ „СОШ № 1“»: 1, а здесь указано 2`,
    );
  });

  it('warns once per school of the base that has no tab, at its first row', () => {
    const issues = crossCheck(
      base([
        ['петрова анна сергеевна', 'МБОУ «СОШ № 1»'],
        ['сидоров олег иванович', 'МБОУ «СОШ № 1»'],
        ['кузнецова мария петровна', 'МКОУ «Ивановская ООШ»'],
        ['орлова нина васильевна', 'МБОУ «СОШ № 7»'],
        ['орлов пётр ильич', 'МБОУ «СОШ № 7»'],
      ]),
      tabs,
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'cross/school-without-tab',
      sheet: 'База наставников',
      cell: 'C8',
      row: 8,
      column: 3,
    });
    expect(issues[0].message).toContain('наставников в базе: 2');
  });

  it('warns when a school reports mentors but has none in the base', () => {
    const issues = crossCheck(
      base([
        ['петрова анна сергеевна', 'МБОУ «СОШ № 1»'],
        ['сидоров олег иванович', 'МБОУ «СОШ № 1»'],
      ]),
      tabs,
    );
    expect(issues.map((i) => [i.sheet, /: 0, а здесь указано \d/.test(i.message)])).toEqual([
      ['Ивановская', true],
    ]);
  });
});
