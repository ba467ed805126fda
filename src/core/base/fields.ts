/**
 * Columns of «База наставников» (the Знаменский order № 96-Д, Приложение 3; docs/domain.md#mentor-base)
 * and the header spellings met in real files. Aliases are compared by `headerKey`, so case, `ё`, dots in
 * «Ф.И.О», spaces and trailing punctuation need no separate entries; a bracketed note is also tried without
 * its brackets.
 */
import type { FieldSpec } from '../header/find-header';

export type BaseField =
  'number' | 'mentor' | 'mentorOrg' | 'competences' | 'achievements' | 'mentees' | 'form' | 'menteeOrg';

/** Header texts exactly as in the form, in its column order. */
export const BASE_HEADERS: Readonly<Record<BaseField, string>> = {
  number: '№ п/п',
  mentor: 'Ф.И.О наставника',
  mentorOrg: 'Место работы',
  competences: 'Основные компетенции наставника',
  achievements: 'Важные для программы достижения наставника',
  mentees: 'Ф.И.О наставляемого (наставляемых)',
  form: 'Форма наставничества',
  menteeOrg: 'Место работы наставляемого',
};

export const BASE_FIELD_ORDER: readonly BaseField[] = [
  'number',
  'mentor',
  'mentorOrg',
  'competences',
  'achievements',
  'mentees',
  'form',
  'menteeOrg',
];

const ALIASES: Readonly<Record<BaseField, readonly string[]>> = {
  number: ['№', '№ п/п', 'N п/п', 'No п/п', '№ пп', 'п/п', 'Номер', 'Номер п/п'],
  mentor: [
    'ФИО наставника',
    'Наставник (ФИО)',
    'Наставник',
    'Фамилия, имя, отчество наставника',
    'Фамилия имя отчество наставника',
    'ФИО педагога-наставника',
    'Педагог-наставник',
    'ФИО наставника полностью',
  ],
  mentorOrg: [
    'Место работы наставника',
    'Место работы (ОО)',
    'Образовательная организация',
    'Образовательная организация наставника',
    'Наименование ОО',
    'ОО',
    'ОО наставника',
    'Организация',
    'Место работы (наименование ОО)',
  ],
  competences: [
    'Компетенции',
    'Компетенции наставника',
    'Основные компетенции',
    'Профессиональные компетенции наставника',
    'Основные профессиональные компетенции наставника',
  ],
  achievements: [
    'Достижения',
    'Достижения наставника',
    'Важные достижения наставника',
    'Важные для программы достижения',
    'Профессиональные достижения наставника',
  ],
  mentees: [
    'ФИО наставляемого',
    'ФИО наставляемых',
    'ФИО наставляемого (наставляемых)',
    'Наставляемый',
    'Наставляемые',
    'Наставляемый (ФИО)',
    'Наставляемые (ФИО)',
    'Фамилия, имя, отчество наставляемого',
    'Фамилия, имя, отчество наставляемых',
  ],
  form: [
    'Форма',
    'Форма наставничества / модель',
    'Форма наставничества / ролевая модель',
    'Форма (модель) наставничества',
    'Модель наставничества',
    'Ролевая модель',
    'Форма и вид наставничества',
    'Вид наставничества',
    'Форма/вид наставничества',
  ],
  menteeOrg: [
    'Место работы наставляемого',
    'Место работы (учёбы) наставляемого',
    'Место учёбы наставляемого',
    'Место работы / учёбы наставляемого',
    'Место работы/учебы наставляемого',
    'ОО наставляемого',
    'Образовательная организация наставляемого',
  ],
};

const REQUIRED: Readonly<Record<BaseField, boolean>> = {
  number: false,
  mentor: true,
  mentorOrg: true,
  competences: true,
  achievements: false,
  mentees: true,
  form: true,
  menteeOrg: true,
};

export const BASE_FIELDS: readonly FieldSpec<BaseField>[] = BASE_FIELD_ORDER.map((field) => ({
  field,
  aliases: [BASE_HEADERS[field], ...ALIASES[field]],
  required: REQUIRED[field],
}));
