/** Russian texts of the sidebar. */
import { NOTHING_FOUND } from '../core/issues/issue-report';
import { quote } from '../core/text/quote';
export const TEXT = {
  scopeSheet: 'Текущий лист',
  scopeWorkbook: 'Вся таблица',
  refresh: 'Обновить',
  refreshTitle: 'Проверить ещё раз',
  loading: 'Идёт проверка…',
  failedStatus: 'Список не обновлён: команда не выполнена.',
  scopeLabel: 'Что проверять',
  statusSheet: (sheet: string, time: string): string => `Лист ${quote(sheet)} · проверено в ${time}`,
  statusWorkbook: (time: string): string => `Вся таблица · проверено в ${time}`,
  statusNotChecked: (sheet: string, time: string): string => `Лист ${quote(sheet)} · обновлено в ${time}`,
  nothingFound: NOTHING_FOUND,
  legend:
    'В ячейках: розовая заливка — ошибка, оранжевая — предупреждение; текст замечания — в примечании к ячейке.',
  nothingToCheck:
    'Проверять нечего: в таблице нет листов, которые проверяет надстройка («База наставников», листы ОО, «Показатели»).',
  partial:
    'Проверены правила этого листа. Сверка с другими листами (численность наставников, лист «Показатели») — в режиме «Вся таблица».',
  notChecked: (sheet: string): string =>
    `Лист ${quote(sheet)} не проверяется: это не «База наставников», не лист мониторинга ОО и не «Показатели» (строка заголовка не найдена).`,
  omitted: (n: number): string => `Не показано замечаний: ${n}. Исправьте показанные и обновите панель.`,
  goToCell: 'Перейти к ячейке',
  current: (value: string): string =>
    `В ячейке: ${quote(value.length > 120 ? `${value.slice(0, 119)}…` : value)}`,
  fix: 'Исправить',
  fixAll: (n: number): string => `Исправить всё однотипное (${n})`,
  fixAllTitle: 'Исправить все такие замечания на этом листе',
  fixAllAsk: (n: number): string => `Будут изменены ячейки этого листа (всего: ${n}):`,
  fixAllItem: (cell: string, value: string): string => `${cell} → ${quote(value)}`,
  fixAllRest: (n: number): string => `Не показано в списке: ${n}.`,
  fixAllConfirm: 'Изменить',
  cancel: 'Отмена',
  failed: (detail: string): string =>
    `Не удалось связаться с таблицей или выполнить команду. Что сделать: нажмите «Повторить». Подробности: ${detail}`,
  retry: 'Повторить',
  fillTitle: 'Заполнение по ОО',
  fillMissing: (n: number): string => `Не представлены данные: ${n} ОО`,
  noTab: 'нет листа',
  tab: (sheet: string): string => `лист ${quote(sheet)}`,
  filled: (filled: number, total: number): string => `обязательные значения: ${filled} из ${total}`,
  errors: (n: number): string => `ошибки: ${n}`,
  warnings: (n: number): string => `предупреждения: ${n}`,
  notSubmitted: 'Не представлены данные',
} as const;
