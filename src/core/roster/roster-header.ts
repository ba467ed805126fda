/**
 * The header of «Список ОО» (docs/domain.md#roster-and-parameters): ОО | Лист | Руководитель | Куратор |
 * E-mail куратора. Recognised like every sheet by its header, never by its name. «ОО» alone is a label on
 * every school tab, so a roster needs the school column and at least one other of its columns.
 */
import type { Grid } from '../sheet/grid';
import { findHeader, type FieldSpec, type HeaderMatch } from '../header/find-header';

export type RosterField = 'school' | 'sheet' | 'head' | 'curator' | 'emails';

/** The five column titles, in the order the template writes them. */
export const ROSTER_COLUMNS: Readonly<Record<RosterField, string>> = {
  school: 'ОО',
  sheet: 'Лист',
  head: 'Руководитель',
  curator: 'Куратор',
  emails: 'E-mail куратора',
};

export const ROSTER_FIELDS: readonly FieldSpec<RosterField>[] = [
  {
    field: 'school',
    aliases: [
      'ОО',
      'Наименование ОО',
      'Полное наименование ОО',
      'Образовательная организация',
      'Наименование образовательной организации',
      'Полное наименование образовательной организации',
    ],
    required: true,
  },
  {
    field: 'sheet',
    aliases: ['Лист', 'Лист ОО', 'Лист в таблице', 'Название листа', 'Вкладка'],
    required: false,
  },
  {
    field: 'head',
    aliases: ['Руководитель', 'Руководитель ОО', 'ФИО руководителя', 'Директор', 'ФИО директора'],
    required: false,
  },
  {
    field: 'curator',
    aliases: ['Куратор', 'Куратор ОО', 'ФИО куратора', 'Ответственный', 'Ответственный за наставничество'],
    required: false,
  },
  {
    field: 'emails',
    aliases: [
      'E-mail куратора',
      'Email куратора',
      'E-mail',
      'Email',
      'Электронная почта куратора',
      'Электронная почта',
      'Эл. почта куратора',
      'Эл. почта',
      'Почта куратора',
      'Адрес электронной почты куратора',
      'Адрес электронной почты',
    ],
    required: false,
  },
];

/** The school column and one more of the roster's columns. */
const MIN_FIELDS = 2;

export function findRosterHeader(grid: Grid): HeaderMatch<RosterField> | null {
  const match = findHeader(grid, ROSTER_FIELDS, { minFields: MIN_FIELDS });
  return match !== null && match.missing.length === 0 ? match : null;
}

export function isRosterSheet(grid: Grid): boolean {
  return findRosterHeader(grid) !== null;
}
