/** Russian texts about the «Показатели» sheet. */
import { quote } from '../text/quote';

export const CATALOGUE_MESSAGES = {
  noId: (cell: string) => ({
    message: `В ячейке ${cell} не указан ID показателя; строка не учитывается`,
    hint: 'Укажите латинский идентификатор, например kpk_share: по нему показатель попадает в сводную.',
  }),
  badId: (cell: string, shown: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: ID должен состоять из латинских букв, цифр и знака _ и начинаться с буквы; строка не учитывается`,
    hint: 'Например: kpk_share, mentors_2025.',
  }),
  duplicateId: (cell: string, shown: string, firstCell: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: такой ID уже указан в ячейке ${firstCell}; строка не учитывается`,
    hint: 'У каждого показателя свой ID.',
  }),
  duplicateCode: (cell: string, shown: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: такой код уже есть у другого показателя; строка не учитывается`,
    hint: 'Строки листов ОО сопоставляются с показателями по коду: коды не должны повторяться.',
  }),
  duplicateTitle: (cell: string, shown: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: показатель с таким названием уже есть; строка не учитывается`,
    hint: 'Строки листов ОО без кода сопоставляются по названию: названия не должны повторяться.',
  }),
  noTitle: (cell: string) => ({
    message: `В ячейке ${cell} не указано название нового показателя; строка не учитывается`,
    hint: 'Укажите название так, как оно будет на листах ОО.',
  }),
  badType: (cell: string, shown: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: неизвестный тип показателя`,
    hint: 'Допустимые типы: count (количество), flag (флаг 1/0), percent (процент), share (доля).',
  }),
  noType: (cell: string) => ({
    message: `В ячейке ${cell} не указан тип нового показателя; строка не учитывается`,
    hint: 'Допустимые типы: count (количество), flag (флаг 1/0), percent (процент), share (доля).',
  }),
  fixedType: (cell: string, shown: string, type: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: тип встроенного показателя изменить нельзя; используется ${quote(type)}`,
    hint: 'Чтобы считать показатель иначе, добавьте новую строку со своим ID.',
  }),
  fixedCode: (cell: string, shown: string, code: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: код встроенного показателя изменить нельзя; используется ${quote(code)}`,
    hint: 'По коду строки листов ОО сопоставляются с показателями.',
  }),
  fixedFormula: (cell: string, shown: string, id: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: формулу встроенной доли изменить нельзя; используется ${quote(id)}`,
    hint: 'Чтобы считать долю иначе, добавьте новую строку со своим ID, числителем и знаменателем.',
  }),
  badTarget: (cell: string, shown: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: целевое значение не распознано`,
    hint: 'Укажите целевое значение числом: для доли или процента — 70 %, 70 или 0,7, для количества — целое число. Если целевого значения нет, оставьте ячейку пустой.',
  }),
  badRequired: (cell: string, shown: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: ожидается «да» или «нет»`,
    hint: 'Обязательный показатель должен быть заполнен на каждом листе ОО.',
  }),
  noNumerator: (cell: string) => ({
    message: `В ячейке ${cell} не указан числитель доли; показатель не учитывается`,
    hint: 'Укажите ID показателя-числителя, например young_mentees.',
  }),
  unknownOperand: (cell: string, shown: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: нет показателя с таким ID; доля не учитывается`,
    hint: 'Числитель и знаменатель — ID количественных показателей из столбца «ID».',
  }),
  badOperand: (cell: string, shown: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: числитель и знаменатель доли должны быть количественными показателями листов ОО; доля не учитывается`,
    hint: 'Для доли ОО с флагом укажите в числителе ID флага и оставьте знаменатель пустым.',
  }),
  noDenominator: (cell: string, shown: string) => ({
    message: `В ячейке ${cell} не указан знаменатель доли, а числитель ${quote(shown)} — не флаг; доля не учитывается`,
    hint: 'Укажите ID показателя-знаменателя. Без знаменателя считается только доля ОО с флагом.',
  }),
  duplicateColumn: (cell: string, shown: string) => ({
    message: `Столбец ${cell} ${quote(shown)} повторяет уже найденный столбец и не читается`,
    hint: 'Удалите или переименуйте лишний столбец.',
  }),
  extraColumns: (cells: string) => ({
    message: `Столбцы ${cells} не входят в лист «Показатели» и не читаются`,
    hint: 'Это не ошибка: дополнительные столбцы можно оставить.',
  }),
  missingColumns: (cell: string, columns: readonly string[]) => ({
    message: `В строке заголовка (${cell}) нет ${columns.length === 1 ? 'столбца' : 'столбцов'} ${columns.map((c) => `${quote(c)}`).join(', ')}: для них используются встроенные значения`,
    hint: 'Чтобы менять эти значения, добавьте столбцы с такими заголовками.',
  }),
} as const;

export const CATALOGUE_TEXTS = {
  addedSection: 'Дополнительные показатели',
  yes: 'да',
  no: 'нет',
} as const;

/** How the type of an indicator is shown on «Показатели» (the stored ids stay in the engine). */
export const TYPE_LABELS = {
  count: 'количество',
  flag: 'да-нет',
  percent: 'процент',
  share: 'доля',
} as const;
