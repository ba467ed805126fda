/** Russian texts of the demo municipality. */

/** «Параметры» of the demo municipality: what its report and letters say in whose name. */
export const DEMO_PARAMETERS = {
  municipality: 'Демонстрационный муниципальный район',
  basis:
    'приказ Управления образования от 01.10.2025 № 245 «О проведении мониторинга реализации целевой модели наставничества»',
  dates: '20–25 ноября 2025 года',
  responsible: 'МКУ «Информационно-методический центр в сфере образования»',
  signerPosition: 'Директор МКУ «Информационно-методический центр в сфере образования»',
  signerName: 'М. А. Черкасова',
} as const;

export const DEMO_TEXTS = {
  instructionsSheet: 'Инструкция',
  instructions: [
    'Мониторинг реализации целевой модели наставничества — демонстрационная книга',
    'Каждая ОО заполняет свой лист: столбец «Значение» — числа, «да»/«нет» или ссылка на документ.',
    'Всех наставников ОО вносит на лист «База наставников»: одна строка — наставник и его наставляемые.',
    'Целевые значения показателей — на листе «Показатели».',
    'Срок представления сведений — до 20 ноября.',
  ],
  appendixTitle: 'Приложение 2 к приказу управления образования от 01.09.2025 № 245',
  orderComment: (n: number) => `Приказ от 29.08.2025 № ${n}-о`,
  misspeltForm: 'педагог — молодой педагг',
  /** The Ижевск order's wording of 1.2 (docs/domain.md#monitoring-order). */
  orderWording: 'Количество педагогов, участвующих в программах наставничества в роли наставника',
  annotated: (value: number | null | undefined) => `${value ?? 0} чел.`,
  totalRow: (mentors: number) => `Итого наставников: ${mentors}`,
  correctedCopy: (tab: string) => `${tab} (исправленный)`,
  /** What the stale original of a corrected tab still holds. */
  staleValue: '12,5',
} as const;
