/** Russian texts of the consistency and cross-sheet checks. */

/** `label` is «1.2 «Педагоги в роли наставника»», `shown` the value as the curator sees it. */
export const INDICATOR_MESSAGES = {
  partExceedsTotal: (cell: string, shown: string, part: string, total: string, totalCell: string, totalShown: string) => ({
    message: `В ячейке ${cell} "${shown}": показатель ${part} больше, чем ${total} (${totalCell} = ${totalShown})`,
    hint: 'Часть не может быть больше целого: проверьте оба значения. Пока ошибка не исправлена, ОО не учитывается в итогах по этому показателю.',
  }),
  zeroDenominator: (cell: string, shown: string, part: string, share: string, total: string, totalCell: string) => ({
    message: `В ячейке ${cell} "${shown}": показатель ${part} больше нуля, а знаменатель доли «${share}» — ${total} (${totalCell}) равен 0`,
    hint: 'Проверьте оба значения: доля от нуля не определена. Пока ошибка не исправлена, ОО не учитывается в итогах по этому показателю.',
  }),
  implausible: (cell: string, shown: string, then: string, when: string, whenCell: string, whenShown: string) => ({
    message: `В ячейке ${cell} "${shown}": показатель ${then} равен ${shown}, хотя ${when} равен ${whenShown} (${whenCell})`,
    hint: 'Такое сочетание возможно, но обычно означает ошибку заполнения: проверьте оба значения.',
  }),
  mentorCountMismatch: (cell: string, shown: string, school: string, inBase: number, baseSheet: string) => ({
    message: `В ячейке ${cell} "${shown}": в листе «${baseSheet}» у ОО «${school}» ${inBase} ${mentorsWord(inBase)}, а здесь указано ${shown}`,
    hint: 'Проверьте показатель «Педагоги в роли наставника» и строки базы с местом работы этой ОО: название ОО в базе должно совпадать с названием на листе ОО.',
  }),
  schoolWithoutTab: (cell: string, shown: string, mentors: number) => ({
    message: `В ячейке ${cell} "${shown}": для этой ОО нет листа мониторинга (наставников в базе: ${mentors})`,
    hint: 'Добавьте лист ОО или исправьте место работы: название должно совпадать с названием ОО на её листе.',
  }),
} as const;

/** 1 наставник, 2 наставника, 5 наставников. */
function mentorsWord(n: number): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return 'наставников';
  if (units === 1) return 'наставник';
  if (units >= 2 && units <= 4) return 'наставника';
  return 'наставников';
}
