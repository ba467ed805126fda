/** A school tab of the built-in form with every input filled and consistent, for acceptance workbooks. */
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';

/** `mentors` is what the school declares in 1.2; the rest is the same for every school. */
export function consistentSchoolTab(name: string, mentors: number): unknown[][] {
  const values: Record<string, number> = {
    ped_total: 40,
    ped_mentors: mentors,
    ped_mentees: 6,
    ped_under35: 9,
    ped_under35_mentees: 6,
    young_total: 4,
    young_mentees: 4,
    mentors_of_young: 1,
    students_10_19: 300,
    students_mentees: 250,
    students_mentees_risk: 5,
    students_mentees_ovz: 2,
    students_mentees_gifted: 10,
    students_15_19: 100,
    student_mentors: 10,
    mentors_surveyed: 4,
    mentors_satisfied: 4,
    mentees_surveyed: 6,
    mentees_satisfied: 6,
  };
  const rows = BUILTIN_CATALOGUE.indicators
    .filter(isInput)
    .map((def) => [def.code, def.title, def.type === 'flag' ? 'да' : (values[def.id] ?? 1)]);
  return [
    ['Образовательная организация:', name],
    ['Период:', '2025/2026'],
    [],
    ['Код', 'Показатель', 'Значение'],
    ...rows,
  ];
}
