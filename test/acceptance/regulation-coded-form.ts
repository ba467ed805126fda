/**
 * A third municipality's own form, built from the monitoring regulation's §6.1 in its own wording and numbering
 * and from the order's satisfaction rows (items 7–8), laid out as municipalities lay out an appendix to their
 * order: a title block of several rows, a column-numbering row, «Код | Наименование показателя | Ед. изм. |
 * Значение | Примечание», the regulation's subclauses as section rows with their own code and no value, the
 * municipality's codes (6.1.1.1, …), numbers stored as text, and the respondents' row with no role under each
 * level of satisfaction. Saved as an .xlsx, as a school returns it.
 */
import { newXlsxWorkbook } from '../../src/xlsx/xlsx-workbook';

/** A school's values by indicator id, as typed; `{ note }` is typed in «Примечание», the value cell left empty. */
export type TypedValues = Readonly<Record<string, string | { readonly note: string }>>;

type Row = readonly [code: string, title: string, unit: string, id: string];

/** Section rows have an empty id. */
export const CODED_ROWS: readonly Row[] = [
  [
    '6.1.1',
    'По наличию локально-нормативных актов, регламентирующих внедрение МСЦМН в образовательных организациях',
    '',
    '',
  ],
  ['6.1.1.1', 'Разработан приказ о внедрении МСЦМН', 'да/нет', 'doc_order'],
  ['6.1.1.2', 'Разработано положение о реализации системы наставничества', 'да/нет', 'doc_regulation'],
  [
    '6.1.1.3',
    'Разработана дорожная карта (план мероприятий) по реализации положения о системе наставничества',
    'да/нет',
    'doc_roadmap',
  ],
  ['6.1.1.4', 'Приказами закреплены наставнические пары/группы', 'да/нет', 'doc_pairs_order'],
  ['6.1.1.5', 'Подготовлены персонализированные программы наставничества', 'ед.', 'personal_programs'],
  ['6.1.2', 'По организации информационно-просветительской деятельности', '', ''],
  [
    '6.1.2.1',
    'Наличие вкладки «Внедрение целевой модели наставничества» на официальном сайте образовательных организаций',
    'да/нет',
    'site_tab',
  ],
  [
    '6.1.2.2',
    'Обновление информации о процессе реализации МСЦМН (освещение мероприятий Дорожной карты/планов) не реже 1 раз в месяц',
    'да/нет',
    'site_monthly_update',
  ],
  ['6.1.3', 'По результатам реализации МСЦМН в образовательных организациях', '', ''],
  ['6.1.3.1', 'Общее количество педагогических работников образовательной организации', 'чел.', 'ped_total'],
  ['6.1.3.2', 'Количество наставников', 'чел.', 'ped_mentors'],
  [
    '6.1.3.3',
    'Количество наставников, входящих в муниципальный методический актив',
    'чел.',
    'mentors_municipal_active',
  ],
  [
    '6.1.3.4',
    'Количество наставников, входящих в региональный методический актив',
    'чел.',
    'mentors_regional_active',
  ],
  ['6.1.3.5', 'Количество педагогических работников в возрасте до 35 лет', 'чел.', 'ped_under35'],
  [
    '6.1.3.6',
    'Количество педагогических работников в возрасте до 35 лет, вовлеченных в различные формы сопровождения, вошедших в программы наставничества в роли наставляемого',
    'чел.',
    'ped_under35_mentees',
  ],
  [
    '6.1.3.7',
    'Количество методических практик наставничества, размещенных на муниципальной методической платформе',
    'ед.',
    'practices_platform',
  ],
  ['', 'Раздел 4. Удовлетворённость участием в программах наставничества', '', ''],
  [
    '7.1',
    'Уровень удовлетворенности наставников участием в программах наставничества по различным формам наставничества (опросный)',
    '%',
    'satisfaction_mentors',
  ],
  ['7.1.1', 'Количество респондентов', 'чел.', 'mentors_surveyed'],
  [
    '7.2',
    'Уровень удовлетворенности наставляемых участием в программах наставничества по различным формам наставничества (опросный)',
    '%',
    'satisfaction_mentees',
  ],
  ['7.2.1', 'из них приняли участие в анкетировании', 'чел.', 'mentees_surveyed'],
];

const HEADER = ['Код', 'Наименование показателя', 'Ед. изм.', 'Значение', 'Примечание'];

/** One school's tab: the title block, the header, the numbering of the columns, the rows. */
function tabRows(school: string, values: TypedValues): string[][] {
  const rows: string[][] = [
    ['Приложение 2 к приказу Комитета образования от 01.09.2025 № 112'],
    ['Форма мониторинга реализации муниципальной системы (целевой модели) наставничества'],
    ['педагогических работников образовательных организаций'],
    ['Наименование ОО', school],
    ['Отчётный период', '2025'],
    [],
    HEADER,
    ['1', '2', '3', '4', '5'],
  ];
  for (const [code, title, unit, id] of CODED_ROWS) {
    const value = values[id] ?? '';
    rows.push(
      typeof value === 'string' ? [code, title, unit, value, ''] : [code, title, unit, '', value.note],
    );
  }
  return rows;
}

/** The .xlsx of several schools' tabs, every cell typed as text, as the municipality's form keeps its numbers. */
export async function codedFormFile(
  schools: Readonly<Record<string, [school: string, TypedValues]>>,
): Promise<Uint8Array> {
  const book = newXlsxWorkbook();
  for (const [sheet, [school, values]] of Object.entries(schools))
    book.addGridSheet({ name: sheet, values: tabRows(school, values) });
  return book.toBuffer();
}
