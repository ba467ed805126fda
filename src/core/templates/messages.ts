/** Russian texts of the sheets the add-on creates (SPEC 2.1, 2.2, 2.4). */

export const BASE_SHEET_NAME = 'База наставников';
export const CATALOGUE_SHEET_NAME = 'Показатели';

export const SCHOOL_TAB = {
  title: 'Мониторинг реализации целевой модели наставничества',
  organizationLabel: 'Образовательная организация:',
  periodLabel: 'Период:',
  header: ['Код', 'Раздел', 'Показатель', 'Ед. изм.', 'Значение', 'Комментарий / ссылка'],
  note:
    'Заполните столбец «Значение»: количество — целым числом, наличие документа — «да» или «нет» ' +
    '(можно вставить ссылку на документ). Ссылки и пояснения — в столбце «Комментарий / ссылка».',
} as const;

export const BASE_NOTE =
  'Форма «База наставников». Одна строка — один наставник и его наставляемые; нескольких наставляемых ' +
  'перечисляйте через «;». Ф.И.О — полностью, кириллицей. Форму наставничества выберите из списка ' +
  'или впишите свою.';

export const CATALOGUE_NOTE =
  'Лист «Показатели»: здесь можно менять названия, целевые значения и обязательность показателей и ' +
  'добавлять свои (со своим ID). Коды, ID, типы и формулы встроенных показателей не меняются. ' +
  'Цели долей — в процентах.';

/** Units of the «Ед. изм.» column. */
export const UNITS = {
  people: 'чел.',
  items: 'ед.',
  flag: 'да/нет',
  percent: '%',
} as const;

export const FLAG_CHOICES: readonly string[] = ['да', 'нет'];
export const YES_NO_CHOICES: readonly string[] = ['да', 'нет'];

export const TEMPLATE_SKIP_REASONS = {
  exists: 'лист с таким названием уже есть',
  empty: 'пустое название',
  duplicate: 'повторяется в списке',
} as const;
