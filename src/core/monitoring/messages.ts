/** Russian texts of the school-tab reader: issues and the reasons a tab is skipped. */
import { quote } from '../text/quote';
import type { IssueText } from '../issues/issue';
import type { IndicatorType } from '../catalogue/catalogue';
import { quoted } from '../text/quoted';
import { percentText } from '../text/number-text';
import type { ValueProblem } from './value';
import type { DigitLookalike, Script } from './digit-lookalike';

/** A school tab with no value filled in, as one card of the sidebar's workbook view. */
export const TAB_NOT_STARTED = (empty: number): IssueText => ({
  message: `Лист ещё не заполнен. Пустых обязательных ячеек: ${empty}`,
  hint: 'Напомните куратору ОО о заполнении листа',
});

/** «1.2 «Педагоги в роли наставника»» — how an indicator is named in messages. */
export function indicatorLabel(code: string | null, title: string): string {
  return code ? `${code} ${quote(title)}` : quote(title);
}

/** The indicator of a value that could not be read, and what a kept value was read as. */
export interface ProblemValueOf {
  /** The indicator's label (indicatorLabel). */
  readonly indicator: string;
  /** What a kept value was read as («5», «да»), for the warnings that keep it. */
  readonly readAs?: string;
  readonly type?: IndicatorType;
  /** For a number with letters typed for digits: which letters, and the number meant. */
  readonly lookalike?: DigitLookalike;
}

const SCRIPT_ADJECTIVE: Readonly<Record<Script, string>> = { latin: 'латинская', cyrillic: 'русская' };

/** «латинская буква «O» вместо цифры 0»; several letters: «буквы вместо цифр: «l» вместо 1, «O» вместо 0». */
export function lettersForDigits({ letters }: DigitLookalike): string {
  if (letters.length === 1) {
    const [only] = letters;
    return `${SCRIPT_ADJECTIVE[only.script]} буква ${quote(only.letter)} вместо цифры ${only.digit}`;
  }
  return `буквы вместо цифр: ${letters.map((entry) => `${quote(entry.letter)} вместо ${entry.digit}`).join(', ')}`;
}

/** Message and hint for a value that could not be read; `shown` is the value as the curator sees it. */
export function valueProblemText(
  problem: ValueProblem,
  cell: string,
  shown: string,
  { indicator, readAs = '', type = 'count', lookalike }: ProblemValueOf,
): IssueText {
  const at = `В ячейке ${cell} ${quote(shown)}`;
  const of = ` (показатель ${indicator})`;
  switch (problem) {
    case 'required':
      return {
        message: `В ячейке ${cell} нет значения, а показатель ${indicator} обязателен`,
        hint:
          type === 'flag'
            ? 'Укажите «да» или «нет»: пустая ячейка не считается ответом «нет».'
            : 'Укажите значение; если показатель равен нулю, поставьте 0: пустая ячейка не считается нулём.',
      };
    case 'formula-error':
      return {
        message: `${at}: ошибка в формуле${of}`,
        hint: 'Исправьте формулу или введите значение вручную. Ошибка не считается нулём: пока она есть, ОО не учитывается в итогах по этому показателю.',
      };
    case 'not-number':
      return {
        message: `${at}: ожидается число${of}`,
        hint: 'Введите число цифрами, без пояснений (пояснения — в столбце «Комментарий / ссылка»). Если показатель равен нулю, поставьте 0.',
      };
    case 'not-integer':
      return {
        message: `${at}: количество должно быть целым числом${of}`,
        hint: 'Укажите целое число (людей, документов, программ), например 12.',
      };
    case 'negative':
      return {
        message: `${at}: количество не может быть отрицательным${of}`,
        hint: 'Укажите число 0 или больше.',
      };
    case 'flag':
      return {
        message: `${at}: ожидается 1 (есть) или 0 (нет)${of}`,
        hint: 'Поставьте 1, «да» или «есть», если документ есть, и 0 или «нет», если его нет. Вместо 1 можно вставить ссылку на документ.',
      };
    case 'percent-range':
      return {
        message: `${at}: процент должен быть от 0 до 100${of}`,
        hint: 'Укажите процент числом от 0 до 100, например 35 или 35 %.',
      };
    case 'annotated':
      return {
        message: `${at}: кроме значения в ячейке есть пояснение; значение принято равным ${readAs}${of}`,
        hint: 'Оставьте в ячейке только значение (число, «да» или «нет»), пояснение перенесите в столбец «Комментарий / ссылка».',
      };
    case 'letter-for-digit':
      return {
        message: `${at}: ${lookalike ? lettersForDigits(lookalike) : 'буквы вместо цифр'}${of}`,
        hint: `Исправьте значение${lookalike ? ` на ${lookalike.corrected}` : ''}: буквы, похожие на цифры, не считаются числом.`,
      };
    case 'percent-ambiguous':
      return {
        message: `${at}: неясно, доля это или процент; значение понято как ${asPercent(shown)}${of}`,
        hint: 'Введите процент со знаком %, например 35 %, или задайте ячейке процентный формат.',
      };
  }
}

/** «0,35» read as a fraction → «35 %». */
function asPercent(shown: string): string {
  const n = Number(shown.replace(/[\s\u00a0]/g, '').replace(',', '.'));
  return Number.isFinite(n) ? percentText(n) : shown;
}

export const MONITORING_MESSAGES = {
  missing: (cell: string, indicator: string) => ({
    message: `На листе нет строки обязательного показателя ${indicator} (заголовок таблицы — ${cell})`,
    hint: 'Добавьте строку с кодом и названием показателя из листа «Показатели» и заполните значение.',
  }),
  /** `nearest`: labels of the closest indicators, the closest first. */
  unknown: (cell: string, shown: string, nearest: readonly string[] | null = null) => ({
    message:
      `Строка с ячейкой ${cell} ${quote(shown)} не найдена в перечне показателей; её значение не учитывается` +
      (nearest === null
        ? ''
        : nearest.length === 1
          ? ` (возможно, это показатель ${nearest[0]})`
          : ` (возможно, это один из показателей: ${nearest.join(', ')})`),
    hint:
      nearest === null
        ? 'Проверьте код и название показателя: они должны совпадать с листом «Показатели».'
        : `Если это показатель ${nearest[0]}, укажите его код; иначе проверьте название по листу «Показатели».`,
  }),
  /** A value typed in the comment column while the value cell is empty, read all the same. */
  valueInComment: (
    cell: string,
    shown: string,
    { indicator, readAs }: { indicator: string; readAs: string },
  ) => ({
    message: `Значение показателя ${indicator} указано в столбце примечаний (ячейка ${cell} ${quote(shown)}), а ячейка значения пуста; значение принято равным ${readAs}.`,
    hint: 'Перенесите значение в столбец «Значение», а в примечании оставьте пояснение.',
  }),
  titleVariant: (cell: string, shown: string, indicator: string) => ({
    message: `Название в ячейке ${cell} ${quoted(shown)} отличается от перечня показателей; строка прочитана как показатель ${indicator}.`,
    hint: 'Проверьте, что это тот же показатель. Чтобы строка читалась без догадок, укажите его код.',
  }),
  titleVariantFix: (code: string) => `Указать код ${code}`,
  /** The button that puts the digits in place of the letters typed for them. */
  digitsFix: (corrected: string) => `Заменить на ${corrected}`,
  notInOwnForm: (cell: string, codes: readonly string[]) => ({
    message:
      `Форма на листе (заголовок таблицы — ${cell}) составлена по собственному перечню муниципалитета: ` +
      `в ней нет показателей ${codes.join(', ')}; сведения ОО по ним не учитываются.`,
    hint: 'Если эти показатели нужны, добавьте их строки с кодами из листа «Показатели».',
  }),
  municipal: (cell: string, shown: string) => ({
    message: `Показатель в ячейке ${cell} ${quoted(shown)} относится к муниципалитету, а не к ОО; строка не учитывается.`,
    hint: 'Ничего делать не нужно: этот показатель заполняет муниципальный координатор.',
  }),
  derived: (cell: string, indicator: string) => ({
    message: `Показатель ${indicator} в строке ячейки ${cell} вычисляется надстройкой; значение на листе не используется`,
    hint: 'Эту строку можно удалить: доли считаются по количественным показателям.',
  }),
  duplicate: (cell: string, indicator: string, firstCell: string) => ({
    message: `Показатель ${indicator} повторяется: строка ячейки ${cell} дублирует строку ячейки ${firstCell}`,
    hint: 'Оставьте одну строку с верным значением. Пока строк две, ОО не учитывается в итогах по этому показателю.',
  }),
  duplicateColumn: (cell: string, shown: string) => ({
    message: `Столбец ${cell} ${quote(shown)} повторяет уже найденный столбец и не читается`,
    hint: 'Удалите или переименуйте лишний столбец.',
  }),
  extraColumn: (cells: string) => ({
    message: `Столбцы ${cells} не входят в форму мониторинга и не читаются`,
    hint: 'Это не ошибка: дополнительные столбцы можно оставить.',
  }),
} as const;

export const SKIP_REASONS = {
  empty: 'лист пуст',
  noHeader: 'в первых 15 строках нет строки заголовка со столбцами «Код», «Показатель» и «Значение»',
  missingColumns: (columns: readonly string[]) =>
    `в строке заголовка нет ${columns.length === 1 ? 'столбца' : 'столбцов'} ${columns.map((c) => `«${c}»`).join(', ')}`,
  noIndicators: 'ни одна строка таблицы не совпала с показателями листа «Показатели»',
  generated: 'лист сформирован надстройкой',
  backup: 'резервная копия листа, сформированного надстройкой: удаляется после успешного формирования',
  secondBase: (used: string) => `второй лист «База наставников»: используется лист «${used}»`,
  secondCatalogue: (used: string) => `второй лист «Показатели»: используется лист «${used}»`,
  secondTemplates: (used: string) => `второй лист «Шаблоны рекомендаций»: используется лист «${used}»`,
  secondParameters: (used: string) => `второй лист «Параметры»: используется лист «${used}»`,
  secondRoster: (used: string) => `второй лист «Список ОО»: используется лист «${used}»`,
  secondSchoolTab: (school: string, used: string) =>
    `второй лист ОО «${school}»: используется лист «${used}»`,
  staleSchoolTab: (school: string, used: string, errors: number, usedErrors: number) =>
    `второй лист ОО «${school}»: используется лист «${used}», в нём меньше показателей с ошибками ` +
    `(${usedErrors} против ${errors})`,
} as const;
