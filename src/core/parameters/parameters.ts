/**
 * What the documents need to say in whose name and on what grounds (docs/domain.md#roster-and-parameters,
 * «Параметры»): the municipality, the period, the order the monitoring rests on, its dates, who is
 * responsible and who signs. A value the coordinator has not given is shown as a visible placeholder, never
 * left blank, so a letter cannot go out with a hole in it unnoticed.
 */

export const PARAMETER_KEYS = [
  'municipality',
  'period',
  'basis',
  'dates',
  'responsible',
  'signerPosition',
  'signerName',
  'sender',
  'senderContacts',
  'letterNumber',
  'letterDate',
  'executor',
] as const;

export type ParameterKey = (typeof PARAMETER_KEYS)[number];

/**
 * The letters' own details (docs/decisions.md#letters-to-schools): a letter shows a placeholder or a blank
 * «№ ___ от ___» without them, as a letter is numbered when it is registered; their absence is not reported,
 * so a workbook whose «Параметры» predates them reads as before.
 */
export const OPTIONAL_PARAMETERS: ReadonlySet<ParameterKey> = new Set<ParameterKey>([
  'sender',
  'senderContacts',
  'letterNumber',
  'letterDate',
  'executor',
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
  executor: { label: 'Исполнитель', aliases: ['Исполнитель письма', 'Исполнитель (ФИО, телефон)'] },
};

/** «[указать: Основание]»: what a document shows where a parameter is missing. */
export function placeholder(key: ParameterKey): string {
  return `[указать: ${PARAMETER_LABELS[key].label}]`;
}

/** The value, or its placeholder. */
export function parameterText(parameters: Parameters, key: ParameterKey): string {
  return parameters[key] ?? placeholder(key);
}

/** Keys with no value, in the sheet's order (optional ones aside). */
export function missingParameters(parameters: Parameters): ParameterKey[] {
  return PARAMETER_KEYS.filter((key) => parameters[key] === undefined && !OPTIONAL_PARAMETERS.has(key));
}

/** The sheet's names of the keys with no value, in «ёлочки» and the sheet's order: what a document still needs. */
export function missingParameterLabels(parameters: Parameters): string[] {
  return missingParameters(parameters).map((key) => `«${PARAMETER_LABELS[key].label}»`);
}
