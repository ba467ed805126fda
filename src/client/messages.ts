/** Russian texts of the sidebar. */
export const TEXT = {
  scopeSheet: 'Текущий лист',
  scopeWorkbook: 'Вся таблица',
  refresh: 'Обновить',
  refreshTitle: 'Проверить ещё раз',
  loading: 'Проверяю…',
  statusSheet: (sheet: string, time: string): string => `Лист «${sheet}» · проверено в ${time}`,
  statusWorkbook: (time: string): string => `Вся таблица · проверено в ${time}`,
  nothingFound: 'Замечаний нет — данные заполнены верно.',
  omitted: (n: number): string => `Не показано замечаний: ${n}. Исправьте показанные и обновите панель.`,
  goToCell: 'Перейти к ячейке',
  fix: 'Исправить',
  fixAll: (n: number): string => `Исправить всё однотипное (${n})`,
  fixAllTitle: 'Исправить все такие замечания на этом листе',
  failed: (message: string): string => `Не удалось: ${message}`,
} as const;
