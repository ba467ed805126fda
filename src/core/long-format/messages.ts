/** Russian texts about long-format rows read from a file or from the sheet «Прошлый период». */
import type { IssueText } from '../issues/issue';

export function missingColumnsText(columns: readonly string[]): IssueText {
  return {
    message: `На листе нет столбцов выгрузки: ${columns.join(', ')}`,
    hint: 'Импортируйте на лист файл выгрузки прошлого периода (CSV) целиком, со строкой заголовка.',
  };
}

export function badCellText(cell: string, shown: string, column: string, expected: string): IssueText {
  return {
    message: `В ячейке ${cell} «${shown}»: в столбце ${column} ожидается ${expected}`,
    hint: 'Импортируйте файл выгрузки заново, не изменяя его. Строка с этой ячейкой не учитывается.',
  };
}

export const EXPECTED: Readonly<
  Record<'double' | 'integer' | 'boolean' | 'level' | 'status' | 'type', string>
> = {
  double: 'число или пустая ячейка',
  integer: 'целое число или пустая ячейка',
  boolean: 'true, false или пустая ячейка',
  level: 'school, municipality или region',
  status: 'counted, excluded или not_submitted',
  type: 'count, flag, share или percent',
};

export function secondPreviousReason(used: string): string {
  return `второй лист с выгрузкой прошлого периода: используется лист «${used}»`;
}
