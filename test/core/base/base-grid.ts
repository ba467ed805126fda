/**
 * Realistic «База наставников» grids for tests, under the header of the form «База наставников»
 * (docs/domain.md#mentor-base).
 */
import type { BaseOptions } from '../../../src/core/base/base-context';
import { findBaseHeader } from '../../../src/core/base/base-header';
import { validateBaseRows } from '../../../src/core/base/row-rules';
import type { Issue } from '../../../src/core/issues/issue';
import type { Grid, Merge } from '../../../src/core/sheet/grid';

export const BASE_HEADER_ROW = [
  '№ п/п',
  'Ф.И.О наставника',
  'Место работы',
  'Основные компетенции наставника',
  'Важные для программы достижения наставника',
  'Ф.И.О наставляемого (наставляемых)',
  'Форма наставничества',
  'Место работы наставляемого',
];

export const SCHOOLS = [
  'МБОУ «СОШ № 1»',
  'МБОУ «СОШ № 2»',
  'МКОУ «Знаменская ООШ»',
  'МБОУ «Гимназия № 3»',
  'МБОУ «Лицей № 5»',
  'МКОУ «Красноармейская СОШ»',
];

const SURNAMES = [
  'Иванов',
  'Петров',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Соколов',
  'Лебедев',
  'Козлов',
  'Новиков',
  'Морозов',
  'Волков',
  'Соловьёв',
  'Васильев',
  'Зайцев',
  'Павлов',
  'Семёнов',
  'Голубев',
  'Виноградов',
  'Богданов',
  'Воробьёв',
  'Фёдоров',
  'Михайлов',
  'Беляев',
  'Тарасов',
  'Белов',
  'Комаров',
  'Орлов',
  'Киселёв',
  'Макаров',
  'Андреев',
];
const MALE_NAMES = [
  'Александр',
  'Сергей',
  'Дмитрий',
  'Андрей',
  'Алексей',
  'Максим',
  'Евгений',
  'Иван',
  'Михаил',
  'Николай',
  'Олег',
  'Павел',
  'Роман',
  'Юрий',
  'Виктор',
];
const FEMALE_NAMES = [
  'Анна',
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Мария',
  'Юлия',
  'Екатерина',
  'Галина',
  'Людмила',
  'Марина',
  'Надежда',
  'Вера',
];
/** Father's name → patronymic (male, female). */
const PATRONYMICS: readonly (readonly [string, string])[] = [
  ['Иванович', 'Ивановна'],
  ['Петрович', 'Петровна'],
  ['Сергеевич', 'Сергеевна'],
  ['Алексеевич', 'Алексеевна'],
  ['Николаевич', 'Николаевна'],
  ['Викторович', 'Викторовна'],
  ['Михайлович', 'Михайловна'],
  ['Андреевич', 'Андреевна'],
  ['Павлович', 'Павловна'],
  ['Владимирович', 'Владимировна'],
  ['Юрьевич', 'Юрьевна'],
  ['Олегович', 'Олеговна'],
];
const COMPETENCES = [
  'Методика преподавания математики, подготовка к ОГЭ и ЕГЭ',
  'Проектная и исследовательская деятельность обучающихся',
  'Классное руководство, работа с родителями',
  'Цифровые образовательные ресурсы, дистанционное обучение',
  'Инклюзивное образование, работа с детьми с ОВЗ',
  'Подготовка обучающихся к олимпиадам по русскому языку',
];
const ACHIEVEMENTS = [
  'Победитель муниципального этапа конкурса «Учитель года — 2023»',
  'Почётная грамота Министерства просвещения РФ',
  'Руководитель ШМО учителей начальных классов',
  'Эксперт ОГЭ по математике',
  'Призёр регионального конкурса методических разработок',
];
const FORMS = [
  'педагог — педагог',
  'педагог — молодой педагог',
  'руководитель ОО — педагог',
  'педагог — педагог, групповое',
  'опытный педагог — молодой специалист',
  'виртуальное (дистанционное)',
];

/** Distinct well-formed Russian full names: 30 × 15 × 12 of each sex, so 10 800 before they repeat. */
export function person(i: number): string {
  const female = i % 2 === 1;
  const k = Math.floor(i / 2);
  const surname = SURNAMES[k % SURNAMES.length];
  const name = (female ? FEMALE_NAMES : MALE_NAMES)[Math.floor(k / SURNAMES.length) % MALE_NAMES.length];
  const patronymic =
    PATRONYMICS[Math.floor(k / (SURNAMES.length * MALE_NAMES.length)) % PATRONYMICS.length][female ? 1 : 0];
  return `${female ? `${surname}а` : surname} ${name} ${patronymic}`;
}

/** `count` clean rows: numbered, distinct mentors, one or two mentees each. */
export function realisticRows(count: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const school = SCHOOLS[i % SCHOOLS.length];
    const mentees = i % 3 === 0 ? `${person(i + 5000)}; ${person(i + 5001)}` : person(i + 5000);
    rows.push([
      i + 1,
      person(i),
      school,
      COMPETENCES[i % COMPETENCES.length],
      ACHIEVEMENTS[i % ACHIEVEMENTS.length],
      mentees,
      FORMS[i % FORMS.length],
      school,
    ]);
  }
  return rows;
}

/** A base sheet: a title row, the header in row 2, then the rows (data from row 3). */
export function baseGrid(
  rows: readonly unknown[][],
  merges?: readonly Merge[],
  header: readonly unknown[] = BASE_HEADER_ROW,
): Grid {
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  const pad = (row: readonly unknown[]): unknown[] => [
    ...row,
    ...Array<unknown>(width - row.length).fill(''),
  ];
  return {
    name: 'База наставников',
    values: [pad(['Форма «База наставников»']), pad(header), ...rows.map(pad)],
    merges,
  };
}

/** One clean row with the given cells replaced (by header field position, 0-based). */
export function rowWith(changes: Readonly<Record<number, unknown>>, number = 1): unknown[] {
  const row: unknown[] = [
    number,
    'Иванова Анна Петровна',
    'МБОУ «СОШ № 1»',
    'Методика преподавания математики',
    'Эксперт ОГЭ по математике',
    'Петров Пётр Сергеевич',
    'педагог — молодой педагог',
    'МБОУ «СОШ № 1»',
  ];
  for (const [index, value] of Object.entries(changes)) row[Number(index)] = value;
  return row;
}

/** Issues of the data rows (from row 3) of a base with these rows. */
export function checkBaseRows(rows: unknown[][], options?: BaseOptions, merges?: readonly Merge[]): Issue[] {
  const grid = baseGrid(rows, merges);
  const header = findBaseHeader(grid);
  if (!header) throw new Error('no header');
  return validateBaseRows(
    grid,
    header,
    rows.map((_, i) => i + 3),
    options,
  );
}
