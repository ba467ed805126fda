/** Every Russian text the «База наставников» validator shows to curators. */
import type { DigitLookalike } from '../monitoring/digit-lookalike';
import { lettersForDigits } from '../monitoring/messages';
import { countOf } from '../text/plural';
import { quote } from '../text/quote';
import { closestForms } from './closest-forms';
import type { FioFormatReason } from './fio';
import { BASE_HEADERS, type BaseField } from './fields';

export interface Text {
  readonly message: string;
  readonly hint?: string;
}

const MAX_SHOWN = 80;

/** The cell's value as shown in a message: one line, shortened. */
function shown(text: string): string {
  const line = text
    .replace(/\s*[\r\n]+\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > MAX_SHOWN ? `${line.slice(0, MAX_SHOWN - 1)}…` : line;
}

const inCell = (cell: string, value: string): string => `В ячейке ${cell} ${quote(shown(value))}`;
const names = (list: readonly string[]): string => list.map((name) => `${quote(name)}`).join(', ');
const column = (field: BaseField): string => `${quote(BASE_HEADERS[field])}`;

export const FIX_LABELS = {
  replace: (value: string): string => `Заменить на ${quote(shown(value))}`,
  whitespace: 'Убрать лишние пробелы',
};

export function headerNotFound(sheet: string): Text {
  return {
    message: `На листе ${quote(sheet)} не найдена строка заголовка таблицы «База наставников»`,
    hint: `В одной из первых 15 строк должны быть заголовки столбцов: ${Object.values(BASE_HEADERS).map(quote).join(', ')}`,
  };
}

export function missingColumn(field: BaseField, headerRow: number): Text {
  return {
    message: `В таблице нет обязательного столбца ${column(field)}`,
    hint: `Добавьте столбец с заголовком ${column(field)} в строку заголовка (строка ${headerRow})`,
  };
}

export function duplicateColumn(cell: string, text: string, field: BaseField, firstColumn: string): Text {
  return {
    message: `${inCell(cell, text)}: столбец ${column(field)} повторяется, проверяется только первый (столбец ${firstColumn})`,
    hint: 'Удалите лишний столбец или переименуйте его заголовок',
  };
}

export function extraColumns(columns: readonly { letter: string; text: string }[]): Text {
  const list = columns.map((extra) => `${quote(shown(extra.text))} (${extra.letter})`).join(', ');
  return {
    message:
      columns.length === 1
        ? `Дополнительный столбец ${list} не проверяется`
        : `Дополнительные столбцы ${list} не проверяются`,
    hint: 'Это не ошибка: в федеральной форме базы наставников столбцов больше. Данные в них сохраняются как есть',
  };
}

export function totalRow(cell: string, value: string): Text {
  return {
    message: `Строка ячейки ${cell} ${quote(shown(value))} — итоговая строка, она не считается записью о наставнике`,
    hint: 'Это не ошибка: итоговые строки пропускаются. Численность наставников надстройка считает сама',
  };
}

export function required(cell: string, field: BaseField): Text {
  return {
    message: `В ячейке ${cell} не заполнен столбец ${column(field)}`,
    hint: `Заполните ${column(field)}: без этого запись о наставнике неполная`,
  };
}

export function achievementsEmpty(cell: string): Text {
  return {
    message: `В ячейке ${cell} не указаны ${column('achievements')}`,
    hint: 'Укажите хотя бы одно достижение (конкурсы, награды, публикации, обобщение опыта): они нужны для программы наставничества',
  };
}

export function formulaError(cell: string, value: string): Text {
  return {
    message: `${inCell(cell, value)}: ошибка формулы вместо значения`,
    hint: 'Исправьте формулу или впишите значение вручную: ошибка не может считаться данными',
  };
}

export function whitespace(cell: string, value: string): Text {
  return {
    message: `${inCell(cell, value)}: лишние пробелы в начале, в конце или между словами`,
    hint: 'Лишние пробелы мешают найти одного и того же человека или одну и ту же ОО на разных листах',
  };
}

export type ValueKind = 'number' | 'date' | 'boolean';

const KIND_NAMES: Readonly<Record<ValueKind, string>> = {
  number: 'число',
  date: 'дата',
  boolean: 'флажок (ИСТИНА/ЛОЖЬ)',
};

export function wrongType(cell: string, value: string, field: BaseField, kind: ValueKind): Text {
  const expected =
    field === 'mentor' || field === 'mentees' ? 'должны быть фамилия, имя и отчество' : 'должен быть текст';
  return {
    message: `${inCell(cell, value)}: в столбце ${column(field)} ${expected}, а стоит ${KIND_NAMES[kind]}`,
    hint: 'Проверьте, не сдвинулись ли данные по столбцам, и введите значение текстом',
  };
}

/** «1O» in «№ п/п»: the letter named, the number meant offered. */
export function numberWithLetters(cell: string, value: string, lookalike: DigitLookalike): Text {
  return {
    message: `${inCell(cell, value)}: ${lettersForDigits(lookalike)}`,
    hint: `Исправьте номер на ${lookalike.corrected}: буквы, похожие на цифры, не считаются числом.`,
  };
}

export function badNumber(cell: string, value: string): Text {
  return {
    message: `${inCell(cell, value)}: номер по порядку должен быть целым положительным числом`,
    hint: `Пронумеруйте записи в столбце ${column('number')} числами 1, 2, 3…`,
  };
}

/** Whose name the problem is in: the mentor, or the mentees (named when the cell lists several). */
export interface Who {
  readonly role: 'mentor' | 'mentees';
  readonly names: readonly string[] | null;
}

/** «в ФИО», «в ФИО наставляемого «Петров П.»», «в ФИО наставляемых «…», «…»». */
function inFio(who: Who): string {
  if (!who.names) return 'в ФИО';
  return `в ФИО ${who.names.length === 1 ? 'наставляемого' : 'наставляемых'} ${names(who.names)}`;
}

const FORMAT_PROBLEMS: Readonly<Record<FioFormatReason, string>> = {
  latin: 'латинские буквы вместо русских',
  digits: 'есть цифры',
  symbols: 'есть лишние знаки (скобки, точки, кавычки и т. п.)',
  'one-word': 'одно слово, а нужны фамилия, имя и отчество',
  'too-many-words': 'больше трёх слов: похоже, записано не одно ФИО',
  hyphen: 'дефис без второй части фамилии или имени',
};

const FORMAT_HINTS: Readonly<Record<FioFormatReason, string>> = {
  latin: 'Напишите фамилию, имя и отчество русскими буквами',
  digits:
    'В ячейке должны быть только фамилия, имя и отчество; класс, должность и другие сведения укажите в других столбцах',
  symbols: 'В ячейке должны быть только фамилия, имя и отчество; пояснения укажите в других столбцах',
  'one-word': 'Запишите полностью: Фамилия Имя Отчество (отчество — если есть)',
  'too-many-words': 'Если наставляемых несколько, разделяйте их точкой с запятой или переносом строки',
  hyphen: 'Допишите вторую часть двойной фамилии или уберите дефис',
};

const ROLE_GENITIVE: Readonly<Record<Who['role'], string>> = {
  mentor: 'наставника',
  mentees: 'наставляемого',
};

export function fioFormat(cell: string, value: string, reason: FioFormatReason, who: Who): Text {
  return {
    message: `${inCell(cell, value)}: ${inFio(who)} ${FORMAT_PROBLEMS[reason]}`,
    hint: FORMAT_HINTS[reason],
  };
}

export function severalMentors(cell: string, value: string): Text {
  return {
    message: `${inCell(cell, value)}: указано несколько человек, а наставник в строке должен быть один`,
    hint: 'Для каждого наставника заведите отдельную строку; пояснения (должность, предмет) укажите в столбце компетенций',
  };
}

export function fioInitials(cell: string, value: string, who: Who): Text {
  const whose = who.names
    ? `у ${who.names.length === 1 ? 'наставляемого' : 'наставляемых'} ${names(who.names)} `
    : '';
  return {
    message: `${inCell(cell, value)}: ${whose}указаны только инициалы`,
    hint: `Укажите фамилию, имя и отчество полностью: по инициалам ${ROLE_GENITIVE[who.role]} нельзя сопоставить с другими листами`,
  };
}

export function fioMixedScript(cell: string, value: string, letters: readonly string[], who: Who): Text {
  return {
    message: `${inCell(cell, value)}: ${inFio(who)} среди русских букв есть латинские, похожие на русские: ${letters.map(quote).join(', ')}`,
    hint: 'Из-за латинских букв это ФИО не совпадёт с тем же человеком на других листах. Перепечатайте его русскими буквами',
  };
}

export function fioCase(cell: string, value: string, who: Who): Text {
  return {
    message: `${inCell(cell, value)}: ${inFio(who)} неправильный регистр букв`,
    hint: 'Фамилия, имя и отчество пишутся с заглавной буквы, остальные буквы — строчные. Исправьте написание',
  };
}

/** `part` is the part of the cell that was not recognised, or null when the whole value is not. */
export function formUnknown(
  cell: string,
  value: string,
  part: string | null,
  { forms, kinds }: { readonly forms: readonly string[]; readonly kinds: readonly string[] },
): Text {
  const what =
    part === null ? 'такой формы наставничества нет в перечне' : `не распознана часть ${quote(shown(part))}`;
  const closest = closestForms(part ?? value, forms);
  return {
    message: `${inCell(cell, value)}: ${what}`,
    hint:
      `Укажите форму из перечня; ближе всего к введённому ${closest.map(quote).join(', ')}. ` +
      `После формы через запятую можно указать вид наставничества (${kinds.length > 0 ? `например, ${quote(kinds[0])}` : 'если он есть'})`,
  };
}

export function formNonstandard(cell: string, value: string, proposed: string, typo: boolean): Text {
  const what = typo
    ? 'похоже на опечатку в названии формы наставничества'
    : 'форма наставничества записана не так, как в перечне';
  return {
    message: `${inCell(cell, value)}: ${what}`,
    hint: `Запишите как в перечне: ${quote(proposed)} — так записи одной формы будут подсчитаны вместе`,
  };
}

export function pairSelf(cell: string, value: string, mentor: string): Text {
  return {
    message: `${inCell(cell, value)}: наставник ${quote(mentor)} указан среди своих наставляемых`,
    hint: 'Наставник не может быть наставляемым у самого себя: проверьте, не перепутаны ли ФИО',
  };
}

/** A pair written twice: `earlierRow` is where it is first written, `row` where again (maybe the same). */
export interface RepeatedPair {
  readonly mentor: string;
  readonly mentee: string;
  readonly earlierRow: number;
  readonly row: number;
}

export function pairDuplicate(
  cell: string,
  value: string,
  { mentor, mentee, earlierRow, row }: RepeatedPair,
): Text {
  const where = earlierRow === row ? 'указана в этой ячейке дважды' : `уже есть в строке ${earlierRow}`;
  return {
    message: `${inCell(cell, value)}: пара ${quote(`${mentor} — ${mentee}`)} ${where}`,
    hint: 'Одна и та же пара наставник — наставляемый записана дважды: удалите лишнюю запись',
  };
}

export function seqGap(cell: string, value: string, from: number, to: number): Text {
  const what =
    from === to
      ? `пропущен номер ${from}`
      : to === from + 1
        ? `пропущены номера ${from} и ${to}`
        : `пропущены номера с ${from} по ${to}`;
  return {
    message: `${inCell(cell, value)}: ${what}`,
    hint: `Записи в столбце ${column('number')} нумеруются по порядку без пропусков: проверьте, не удалена ли запись, и перенумеруйте строки`,
  };
}

export function seqDuplicate(cell: string, value: string, number: number, earlierRow: number): Text {
  return {
    message: `${inCell(cell, value)}: номер ${number} уже есть в строке ${earlierRow}`,
    hint: `Номера в столбце ${column('number')} не должны повторяться: перенумеруйте строки`,
  };
}

export function blankRows(first: number, last: number): Text {
  const rows =
    first === last
      ? `Строка ${first} пустая`
      : `Строки ${first}–${last} пустые (${countOf(last - first + 1, ['строка', 'строки', 'строк'])})`;
  return {
    message: `${rows}, а ниже есть записи`,
    hint: 'Удалите пустые строки внутри таблицы: при сортировке и фильтрации записи под ними легко потерять',
  };
}

/** A workplace that is no known school as written: it fits one (counted for it), several, or none. */
export function orgUnknown(
  cell: string,
  value: string,
  match: { suggestion: string | null; several: readonly string[] },
): Text {
  if (match.suggestion !== null)
    return {
      message: `${inCell(cell, value)}: ОО записана не так, как в списке ОО или на её листе мониторинга; наставник учтён для ОО ${quote(match.suggestion)}`,
      hint: `Запишите наименование так: ${quote(match.suggestion)}`,
    };
  if (match.several.length > 0)
    return {
      message: `${inCell(cell, value)}: под это наименование подходят несколько ОО — ${names(match.several)}; наставник не учтён ни для одной из них`,
      hint: 'Запишите полное наименование ОО так же, как в списке ОО или на её листе мониторинга: иначе наставник не будет учтён в показателях своей ОО',
    };
  return {
    message: `${inCell(cell, value)}: такой ОО нет среди ОО, для которых в таблице есть листы мониторинга`,
    hint: 'Запишите название ОО так же, как на её листе мониторинга: иначе наставник не будет учтён в показателях своей ОО',
  };
}
