/** Russian texts of the consistency and cross-sheet checks. */
import { quote } from '../text/quote';

/** `label` is «1.2 «Педагоги в роли наставника»», `shown` the value as the curator sees it. */
export const INDICATOR_MESSAGES = {
  partExceedsTotal: (
    cell: string,
    shown: string,
    part: string,
    total: string,
    totalCell: string,
    totalShown: string,
  ) => ({
    message: `В ячейке ${cell} ${quote(shown)}: показатель ${part} больше, чем ${total} (${totalCell} = ${totalShown})`,
    hint: 'Часть не может быть больше целого: проверьте оба значения. Пока ошибка не исправлена, ОО не учитывается в итогах по этому показателю.',
  }),
  zeroDenominator: (
    cell: string,
    shown: string,
    part: string,
    share: string,
    total: string,
    totalCell: string,
  ) => ({
    message: `В ячейке ${cell} ${quote(shown)}: показатель ${part} больше нуля, а знаменатель доли ${quote(share)} — ${total} (${totalCell}) равен 0`,
    hint: 'Проверьте оба значения: доля от нуля не определена. Пока ошибка не исправлена, ОО не учитывается в итогах по этому показателю.',
  }),
  implausible: (
    cell: string,
    shown: string,
    then: string,
    when: string,
    whenCell: string,
    whenShown: string,
  ) => ({
    message: `В ячейке ${cell} ${quote(shown)}: показатель ${then} равен ${shown}, хотя ${when} равен ${whenShown} (${whenCell})`,
    hint: 'Такое сочетание возможно, но обычно означает ошибку заполнения: проверьте оба значения.',
  }),
  mentorCountMismatch: (cell: string, shown: string, school: string, inBase: number, baseSheet: string) => ({
    message: `В ячейке ${cell} ${quote(shown)}: на листе ${quote(baseSheet)} наставников с местом работы ${quote(school)}: ${inBase}, а здесь указано ${shown}`,
    hint: 'Проверьте показатель «Педагоги в роли наставника» и строки базы с местом работы этой ОО: название ОО в базе должно совпадать с названием на листе ОО.',
  }),
  schoolWithoutTab: (cell: string, shown: string, mentors: number) => ({
    message: `В ячейке ${cell} ${quote(shown)}: для этой ОО нет листа мониторинга (наставников в базе: ${mentors})`,
    hint: 'Добавьте лист ОО или исправьте место работы: название должно совпадать с названием ОО на её листе.',
  }),
} as const;
