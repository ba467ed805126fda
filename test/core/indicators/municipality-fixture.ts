import { BUILTIN_CATALOGUE } from '../../../src/core/catalogue/catalogue';
import { parseSchoolTab, type SchoolTab } from '../../../src/core/monitoring/school-tab';
import { schoolTab, validValues } from '../monitoring/school-tab-fixture';

export function tab(sheet: string, name: string, overrides: Record<string, unknown>): SchoolTab {
  const parsed = parseSchoolTab(schoolTab(sheet, name, validValues(overrides)), BUILTIN_CATALOGUE);
  if (parsed === null) throw new Error('not recognised');
  return parsed;
}

/**
 * Four schools with hand-computed municipal figures:
 * СОШ № 1 is clean; Ивановская ООШ has no young teachers (0 / 0) and no order 2.2;
 * Лицей № 2 has #REF! in 1.1 and leaves the optional 4.1/4.2 empty; Гимназия has 1.2 > 1.1.
 */
export function municipality(): SchoolTab[] {
  return [
    tab('СОШ 1', 'МБОУ «СОШ № 1»', {
      ped_total: 40,
      ped_mentors: 8,
      young_total: 5,
      young_mentees: 5,
      students_10_19: 300,
      students_mentees: 210,
    }),
    tab('Ивановская', 'МКОУ «Ивановская ООШ»', {
      ped_total: 12,
      ped_mentors: 3,
      mentors_of_young: 2,
      young_total: 0,
      young_mentees: 0,
      students_10_19: 60,
      students_mentees: 30,
      doc_order: 'нет',
    }),
    tab('Лицей', 'МБОУ «Лицей № 2»', {
      ped_total: '#REF!',
      ped_mentors: 10,
      young_total: 4,
      young_mentees: 2,
      students_10_19: '',
      students_mentees: '',
      site_tab: 0,
    }),
    tab('Гимназия', 'МБОУ «Гимназия»', { ped_total: 30, ped_mentors: 35, young_total: 3, young_mentees: 3 }),
  ];
}
