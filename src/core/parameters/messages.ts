/** Russian texts of the «Параметры» sheet and its issues. */

export const PARAMETERS_SHEET_NAME = 'Параметры';
export const PARAMETERS_HEADER = ['Параметр', 'Значение'] as const;
export const PARAMETERS_NOTE =
  'Лист «Параметры»: сведения для аналитической справки и адресных рекомендаций. Заполните столбец ' +
  '«Значение»; незаполненные значения показываются в документах как «[указать: …]». Перенесённые выходные ' +
  'и рабочие дни указываются датами через точку с запятой: по ним сроки рекомендаций приходятся на рабочие дни.';

/**
 * Examples shown beside each value in the template, in the wording of the official documents
 * (docs/domain.md).
 */
export const PARAMETER_EXAMPLES = {
  municipality: 'например: Усть-Ишимский муниципальный район',
  period: 'например: 2025/2026 учебный год',
  basis: 'например: приказ Управления образования от 01.10.2025 № 245',
  dates: 'например: 20–25 ноября 2025 года',
  responsible: 'например: МКУ «Информационно-методический центр»',
  signerPosition: 'например: Директор МКУ «ИМЦ в сфере образования»',
  signerName: 'например: М. А. Черкасова',
  daysOff:
    'необязательно; например: 09.01.2026; 31.12.2026 — выходные дни, перенесённые постановлением Правительства РФ на этот год',
  workdays: 'необязательно; например: 01.11.2025 — суббота, объявленная рабочим днём',
  asOf: 'необязательно; например: 01.12.2025 (по умолчанию — дата формирования документов)',
  executorPhone: 'необязательно; например: 8 (38150) 2-15-06',
  sender: 'например: МКУ «Информационно-методический центр в сфере образования»',
  senderContacts: 'например: 646580, с. Усть-Ишим, ул. Горького, 30; тел. (38150) 2-19-77',
  letterNumber: 'например: 28; можно оставить пустым и вписать при регистрации',
  letterDate: 'например: 20.12.2025; можно оставить пустым',
  executor: 'необязательно; например: Иванова Ирина Петровна, методист МКУ «ИМЦ»',
} as const;

export function parameterMissing(
  cell: string,
  label: string,
  shown: string,
): { message: string; hint: string } {
  return {
    message: `В ячейке ${cell} не указано значение параметра «${label}»; в документах вместо него — «${shown}»`,
    hint: 'Впишите значение, чтобы оно попало в справку и письма.',
  };
}

export function parameterAbsent(label: string, shown: string): { message: string; hint: string } {
  return {
    message: `На листе «Параметры» нет строки «${label}»; в документах вместо значения — «${shown}»`,
    hint: 'Добавьте строку с этим параметром и его значением.',
  };
}

export function parameterUnknown(
  cell: string,
  key: string,
  known: readonly string[],
): { message: string; hint: string } {
  return {
    message: `В ячейке ${cell} «${key}»: такого параметра нет; строка не используется`,
    hint: `Назовите параметр одним из названий: ${known.map((label) => `«${label}»`).join(', ')}.`,
  };
}
