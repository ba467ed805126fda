import { BUILTIN_CATALOGUE, isInput } from '../../../src/core/catalogue/catalogue';
import type { Grid } from '../../../src/core/sheet/grid';

/** Values of a fully and correctly filled school tab, by indicator id. */
export function validValues(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const def of BUILTIN_CATALOGUE.indicators) {
    if (!isInput(def)) continue;
    values[def.id] = def.type === 'flag' ? 1 : 0;
  }
  Object.assign(values, {
    ped_total: 40,
    ped_mentors: 8,
    ped_mentees: 10,
    ped_under35: 12,
    ped_under35_mentees: 6,
    young_total: 5,
    young_mentees: 5,
    mentors_of_young: 5,
    pairs_count: 10,
  });
  return { ...values, ...overrides };
}

/**
 * A school tab as the template lays it out: title, labelled name and period, header on row 5,
 * one row per input from row 6 (Код | Раздел | Показатель | Ед. изм. | Значение | Комментарий / ссылка).
 */
export function schoolTab(
  name: string,
  school: string | null,
  values: Record<string, unknown>,
  tabName = name,
): Grid {
  const rows: unknown[][] = [
    ['Мониторинг реализации целевой модели наставничества', '', '', '', '', ''],
    school === null ? ['', '', '', '', '', ''] : ['Образовательная организация:', school, '', '', '', ''],
    ['Период:', '2025', '', '', '', ''],
    ['', '', '', '', '', ''],
    ['Код', 'Раздел', 'Показатель', 'Ед. изм.', 'Значение', 'Комментарий / ссылка'],
  ];
  for (const def of BUILTIN_CATALOGUE.indicators) {
    if (!isInput(def) || !(def.id in values)) continue;
    rows.push([def.code, def.section, def.title, def.type === 'flag' ? '1/0' : 'чел.', values[def.id], '']);
  }
  return { name: tabName, values: rows };
}

/** 1-based row of an indicator on a tab built by `schoolTab` with every input present. */
export function rowOf(id: string): number {
  return 6 + BUILTIN_CATALOGUE.indicators.filter(isInput).findIndex((def) => def.id === id);
}
