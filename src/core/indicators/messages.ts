/** Russian texts of the consistency and cross-sheet checks. */
import { quote } from '../text/quote';

/** The other cell a check compares the cell with: its indicator's label, where it is, its value as shown. */
export interface ComparedCell {
  readonly label: string;
  readonly cell: string;
  readonly shown: string;
}

/** A label is «1.2 «Педагоги в роли наставника»», `shown` the value as the curator sees it. */
export const INDICATOR_MESSAGES = {
  partExceedsTotal: (cell: string, shown: string, part: string, total: ComparedCell) => ({
    message: `В ячейке ${cell} ${quote(shown)}: показатель ${part} больше, чем ${total.label} (${total.cell} = ${total.shown})`,
    hint: 'Часть не может быть больше целого: проверьте оба значения. Пока ошибка не исправлена, ОО не учитывается в итогах по этому показателю.',
  }),
  /** `share` is the title of the share whose denominator, `total`, is 0. */
  zeroDenominator: (
    cell: string,
    shown: string,
    part: string,
    { share, total }: { readonly share: string; readonly total: Omit<ComparedCell, 'shown'> },
  ) => ({
    message: `В ячейке ${cell} ${quote(shown)}: показатель ${part} больше нуля, а знаменатель доли ${quote(share)} — ${total.label} (${total.cell}) равен 0`,
    hint: 'Проверьте оба значения: доля от нуля не определена. Пока ошибка не исправлена, ОО не учитывается в итогах по этому показателю.',
  }),
  implausible: (cell: string, shown: string, then: string, when: ComparedCell) => ({
    message: `В ячейке ${cell} ${quote(shown)}: показатель ${then} равен ${shown}, хотя ${when.label} равен ${when.shown} (${when.cell})`,
    hint: 'Такое сочетание возможно, но обычно означает ошибку заполнения: проверьте оба значения.',
  }),
  /** `base.mentors`: how many mentors the base sheet `base.sheet` has with the school as workplace. */
  mentorCountMismatch: (
    cell: string,
    shown: string,
    school: string,
    base: { readonly sheet: string; readonly mentors: number },
  ) => ({
    message: `В ячейке ${cell} ${quote(shown)}: на листе ${quote(base.sheet)} наставников с местом работы ${quote(school)}: ${base.mentors}, а здесь указано ${shown}`,
    hint: 'Проверьте показатель «Педагоги в роли наставника» и строки базы с местом работы этой ОО: название ОО в базе должно совпадать с названием на листе ОО.',
  }),
  schoolWithoutTab: (cell: string, shown: string, mentors: number) => ({
    message: `В ячейке ${cell} ${quote(shown)}: для этой ОО нет листа мониторинга (наставников в базе: ${mentors})`,
    hint: 'Добавьте лист ОО или исправьте место работы: название должно совпадать с названием ОО на её листе.',
  }),
} as const;
