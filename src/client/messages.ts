/** Russian texts of the sidebar. */
import { NOTHING_FOUND, type SeverityCounts } from '../core/issues/issue-report';
import { numberText } from '../core/text/number-text';
import { quote } from '../core/text/quote';

/** A fix's new value as the reader writes it: 12.5 → «12,5». */
function valueText(value: string | number | boolean): string {
  return typeof value === 'number' ? numberText(value) : String(value);
}

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
  fixAllItem: (cell: string, value: string | number | boolean): string =>
    `${cell} → ${quote(valueText(value))}`,
  fixAllRest: (n: number): string => `Не показано в списке: ${n}.`,
  fixAllConfirm: 'Изменить',
  cancel: 'Отмена',
  /** A failure of no kind Google is known for: a lost connection, most often. */
  failed: 'Не удалось связаться с таблицей или выполнить команду. Что сделать: нажмите «Повторить».',
  /** Before the reason of one of Google's known errors (src/core/text/google-errors.ts). */
  failedKnown: 'Команда не выполнена',
  noFunction: (name: string): string => `Нет серверной функции ${name}`,
  details: 'Подробности',
  /** A sheet's line in «Вся таблица»: its counts, zero ones left out. */
  sheetCounts: (counts: SeverityCounts): string =>
    [
      counts.error > 0 ? `ошибки: ${counts.error}` : '',
      counts.warning > 0 ? `предупреждения: ${counts.warning}` : '',
      counts.info > 0 ? `оформление: ${counts.info}` : '',
    ]
      .filter((part) => part !== '')
      .join(' · '),
  sheetNotListed: 'Замечания этого листа не показаны: сначала исправьте показанные выше и обновите панель.',
  activeSheetMark: 'текущий лист',
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
