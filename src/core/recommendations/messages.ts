/** Russian texts of the recommendations: figures of deficits, the sheets and the template issues. */
import type { Issue } from '../issues/issue';
import { countOf } from '../text/plural';
import { quote } from '../text/quote';
import type { DeficitCondition } from './templates';

/**
 * «значение / цель» of a deficit (docs/domain.md#summary-and-recommendations: «Показатель: значение / цель»).
 */
export function figureOf(value: string, target: string): string {
  return `${value} / ${target}`;
}

export const AT_LEAST_ONE = 'не менее 1';
export const FLAG_YES = 'да';
export const FLAG_NO = 'нет';

export function errorsFigure(errors: number): string {
  return `ошибок: ${errors}`;
}

/** «исправить 1 ошибку / 3 ошибки / 5 ошибок»: the count in the accusative the verb needs. */
export function errorsToFix(errors: number): string {
  return countOf(errors, ['ошибку', 'ошибки', 'ошибок']);
}

/** How many errors a draft lists; the rest are counted (schools do not run the check themselves). */
export const LISTED_ERRORS = 10;

/** «Ошибка:» over a single error (RUSSIAN.md § 2: the word agrees with the count), «Ошибки:» over several. */
export function errorListHeading(listed: number, total: number): string {
  if (listed < total) return `Ошибки (перечислены первые ${listed} из ${total}):`;
  return total === 1 ? 'Ошибка:' : 'Ошибки:';
}

/** «— «СОШ 12»!E7, значение «12,5»: укажите целое число …» — where, what is there, what to change. */
export function errorLine(issue: Issue): string {
  const where = `${quote(issue.sheet)}!${issue.cell}`;
  const value = issue.params.value;
  const shown = typeof value === 'string' && value !== '' ? `, значение ${quote(value)}` : '';
  return `— ${where}${shown}: ${lowerFirst(issue.hint ?? issue.message)}`;
}

/** A deficit or hint continued after a colon or «; » starts in lower case, unless it starts with an abbreviation («ОО»). */
export function lowerFirst(text: string): string {
  return text.length > 1 && text[1] === text[1].toLowerCase() ? text[0].toLowerCase() + text.slice(1) : text;
}

export function baseFigure(mentors: number, declared: number | null, withoutForm: number): string {
  const parts = [
    declared === null ? `наставников в базе: ${mentors}` : `наставников в базе: ${mentors} из ${declared}`,
  ];
  if (withoutForm > 0) parts.push(`без формы наставничества: ${withoutForm}`);
  return parts.join('; ');
}

/** What the school's rows of the base lack, as sentences after the draft's text. */
export function baseDetails(mentors: number, declared: number | null, withoutForm: number): string[] {
  const details: string[] = [];
  if (declared !== null && mentors < declared)
    details.push(
      `По показателю 1.2 «Педагоги в роли наставника» в ОО ${countOf(declared, ['наставник', 'наставника', 'наставников'])}, ` +
        `в базе — ${mentors === 0 ? 'ни одного' : countOf(mentors, ['наставник', 'наставника', 'наставников'])}.`,
    );
  if (withoutForm > 0) details.push(`Строк без формы наставничества: ${withoutForm}.`);
  return details;
}

export const RECOMMENDATIONS_SHEET_NAME = 'Рекомендации';
export const RECOMMENDATIONS_TITLE =
  'Адресные рекомендации по итогам мониторинга реализации целевой модели наставничества (черновик)';
export const LABEL_GENERATED = 'Сформировано:';
export const RECOMMENDATIONS_NOTE =
  'Лист сформирован надстройкой «Наставничество». При повторном формировании исправленные вами тексты, ' +
  'сроки и статусы сохраняются, новые дефициты добавляются, устранённые получают статус «устранено». ' +
  'Скрытые служебные столбцы не изменяйте и не удаляйте.';
export const NO_RECOMMENDATIONS = 'Дефицитов не выявлено.';

export const STATUS_DRAFT = 'черновик';
export const STATUS_AGREED = 'согласовано';
export const STATUS_SENT = 'отправлено в ОО';
export const STATUS_RESOLVED = 'устранено';
export const STATUSES: readonly string[] = [STATUS_DRAFT, STATUS_AGREED, STATUS_SENT, STATUS_RESOLVED];

export const TEMPLATES_SHEET_NAME = 'Шаблоны рекомендаций';
export const TEMPLATES_TITLE = 'Шаблоны адресных рекомендаций';
export const TEMPLATES_HINT =
  'Тексты, этапы и сроки можно изменять. В текстах можно использовать подстановки {ОО}, {показатель}, {значение}, {цель}. ' +
  'Код дефицита не изменяйте: по нему шаблон связан с условием.';

export function templateUnknownCode(cell: string, code: string): string {
  return `В ячейке ${cell} «${code}»: неизвестный код дефицита; строка не используется`;
}

export function templateNoCode(cell: string): string {
  return `В ячейке ${cell} не указан код дефицита; строка не используется`;
}

export function templateDuplicateCode(cell: string, code: string, firstRow: number): string {
  return `В ячейке ${cell} код «${code}» повторяется (уже есть в строке ${firstRow}); строка не используется`;
}

export function templateBadStage(cell: string, value: string): string {
  return `В ячейке ${cell} «${value}»: этап должен быть числом от 1 до 8; используется встроенный шаблон`;
}

export function templateNoText(cell: string): string {
  return `В ячейке ${cell} нет текста рекомендации; используется встроенный шаблон`;
}

export function templateUnknownPlaceholder(cell: string, names: readonly string[]): string {
  return `В ячейке ${cell} неизвестная подстановка ${names.join(', ')}; используется встроенный шаблон`;
}

export const TEMPLATE_HINT_PLACEHOLDERS = 'Допустимые подстановки: {ОО}, {показатель}, {значение}, {цель}.';
export const TEMPLATE_HINT_STAGE =
  'Укажите номер этапа алгоритма внедрения целевой модели наставничества: от 1 до 8.';
export const TEMPLATE_HINT_CODE =
  'Коды дефицитов — в листе, который создаёт надстройка («Шаблоны рекомендаций»).';

/** «Условие (справочно)» on the templates sheet. */
export function conditionText(condition: DeficitCondition): string {
  switch (condition.kind) {
    case 'flag-absent':
      return `${condition.indicator} = 0 (нет)`;
    case 'count-zero':
      return `${condition.indicator} = 0`;
    case 'below-target':
      return `${condition.indicator} ниже целевого значения`;
    case 'other-below-target':
      return 'любая другая доля с целевым значением ниже цели';
    case 'data-errors':
      return 'в данных ОО есть ошибки';
    case 'base-incomplete':
      return 'в базе наставников меньше наставников, чем по показателю 1.2, или есть строки без формы наставничества';
    case 'any-deficit':
      return 'у ОО есть любой другой дефицит';
    case 'not-submitted':
      return 'ОО указана на листе «Список ОО», но её данные не представлены';
  }
}
