/**
 * What the documents need to say in whose name and on what grounds (docs/domain.md#roster-and-parameters,
 * «Параметры»): the municipality, the period, the order the monitoring rests on, its dates, who is
 * responsible and who signs. A value the coordinator has not given is shown as a visible placeholder, never
 * left blank, so a letter cannot go out with a hole in it unnoticed. Two optional parameters give the year's
 * transfers of days off by the Government's decree, so the terms of recommendations fall on working days.
 */

export const PARAMETER_KEYS = [
  'municipality',
  'period',
  'basis',
  'dates',
  'responsible',
  'signerPosition',
  'signerName',
  'asOf',
  'sender',
  'senderContacts',
  'letterNumber',
  'letterDate',
  'executor',
  'executorPhone',
] as const;

/**
 * Optional: dates typed as «02.01.2027; 03.01.2027» — days off moved onto working days, and weekend days
 * made working (docs/domain.md#algorithm, terms). Never a placeholder, never a note when empty.
 */
export const CALENDAR_PARAMETER_KEYS = ['daysOff', 'workdays'] as const;

export type DocumentParameterKey = (typeof PARAMETER_KEYS)[number];
export type ParameterKey = DocumentParameterKey | (typeof CALENDAR_PARAMETER_KEYS)[number];

/**
 * The letters' own details (docs/decisions.md#letters-to-schools): a letter shows a placeholder or a blank
 * «№ ___ от ___» without them, as a letter is numbered when it is registered; their absence is not reported,
 * so a workbook whose «Параметры» predates them reads as before. The same holds for the справка's date of
 * the data (the day the documents are made when empty) and its исполнитель's phone.
 */
export const OPTIONAL_PARAMETERS: ReadonlySet<ParameterKey> = new Set<ParameterKey>([
  'sender',
  'senderContacts',
  'letterNumber',
  'letterDate',
  'executor',
  'executorPhone',
  'asOf',
]);

/** Values as typed; a key without a value is absent. */
export type Parameters = Readonly<Partial<Record<ParameterKey, string>>>;

/** The name of each parameter as the sheet shows it, and the spellings accepted when reading it. */
export const PARAMETER_LABELS: Readonly<
  Record<ParameterKey, { readonly label: string; readonly aliases: readonly string[] }>
> = {
  municipality: {
    label: 'Муниципалитет',
    aliases: ['Муниципальное образование', 'Муниципальный район', 'Муниципальный округ'],
  },
  period: { label: 'Период', aliases: ['Отчётный период', 'Период мониторинга'] },
  basis: { label: 'Основание', aliases: ['Основание проведения мониторинга'] },
  dates: { label: 'Сроки проведения', aliases: ['Сроки проведения мониторинга', 'Сроки'] },
  responsible: { label: 'Ответственный за мониторинг', aliases: ['Ответственный'] },
  signerPosition: { label: 'Должность подписывающего', aliases: ['Должность'] },
  signerName: { label: 'ФИО подписывающего', aliases: ['Подписывающий', 'Подпись'] },
  daysOff: {
    label: 'Перенесённые выходные дни',
    aliases: ['Перенесенные выходные дни', 'Выходные дни (перенос)', 'Нерабочие дни (перенос)'],
  },
  workdays: {
    label: 'Рабочие дни (перенос)',
    aliases: ['Перенесённые рабочие дни', 'Перенесенные рабочие дни', 'Рабочие выходные дни'],
  },
  asOf: { label: 'По состоянию на', aliases: ['Дата данных', 'Данные по состоянию на'] },
  sender: {
    label: 'Отправитель письма',
    aliases: ['Наименование отправителя', 'Бланк письма', 'Организация-отправитель'],
  },
  senderContacts: {
    label: 'Адрес и телефон отправителя',
    aliases: ['Реквизиты отправителя', 'Контакты отправителя'],
  },
  letterNumber: { label: 'Исходящий номер письма', aliases: ['Исходящий номер', 'Номер письма'] },
  letterDate: { label: 'Дата письма', aliases: ['Дата исходящего письма'] },
  executor: { label: 'Исполнитель', aliases: ['ФИО исполнителя', 'Исполнитель письма'] },
  executorPhone: { label: 'Телефон исполнителя', aliases: ['Телефон'] },
};

/** «[указать: Основание]»: what a document shows where a parameter is missing. */
export function placeholder(key: DocumentParameterKey): string {
  return `[указать: ${PARAMETER_LABELS[key].label}]`;
}

/** The value, or its placeholder. */
export function parameterText(parameters: Parameters, key: DocumentParameterKey): string {
  return parameters[key] ?? placeholder(key);
}

/** Keys with no value, in the sheet's order; the optional ones are never missing. */
export function missingParameters(parameters: Parameters): DocumentParameterKey[] {
  return PARAMETER_KEYS.filter((key) => parameters[key] === undefined && !OPTIONAL_PARAMETERS.has(key));
}

/** The sheet's names of the keys with no value, in «ёлочки» and the sheet's order: what a document still needs. */
export function missingParameterLabels(parameters: Parameters): string[] {
  return missingParameters(parameters).map((key) => `«${PARAMETER_LABELS[key].label}»`);
}
