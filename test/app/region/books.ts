/** Small municipal workbooks for the region's use cases: one school tab each, inputs as given. */
import { summariseBook, type MunicipalBook } from '../../../src/app/region/municipal-book';
import { BUILTIN_CATALOGUE, isInput } from '../../../src/core/catalogue/catalogue';
import { memoryWorkbook } from '../../tools/memory-workbook';

export const GOOD = {
  ped_total: 40,
  ped_mentors: 10,
  implements_model: 1,
  doc_order: 1,
  doc_regulation: 1,
  doc_roadmap: 1,
};

/** A school tab in the template layout with every input filled from `values` (0 by default). */
export function schoolTab(name: string, values: Record<string, unknown>, period = '2025/2026'): unknown[][] {
  const rows: unknown[][] = [
    ['Мониторинг реализации целевой модели наставничества', '', '', ''],
    ['Образовательная организация:', name, '', ''],
    ['Период:', period, '', ''],
    ['', '', '', ''],
    ['Код', 'Показатель', 'Значение', 'Комментарий / ссылка'],
  ];
  for (const def of BUILTIN_CATALOGUE.indicators.filter(isInput))
    rows.push([def.code, def.title, values[def.id] ?? 0, '']);
  return rows;
}

/** The book of `municipality` with one tab per school of `schools` (tab name → its inputs). */
export function book(municipality: string, schools: Record<string, Record<string, unknown>>): MunicipalBook {
  const sheets = Object.fromEntries(
    Object.entries(schools).map(([tab, values]) => [tab, schoolTab(`МБОУ «${tab}»`, values)]),
  );
  return summariseBook(memoryWorkbook(sheets), `${municipality}.xlsx`, municipality);
}
