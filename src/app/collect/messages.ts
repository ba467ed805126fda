/** Russian reasons of the collection: why a file or a sheet of a school's file was not taken. */
import { quote } from '../../core/text/quote';
import type { SavedAt } from './collect-plan';

const two = (n: number) => String(n).padStart(2, '0');

/** «07.12.2026 10:15:42» in the local time of the machine that runs the collection; the file's own time says so. */
function savedText({ at, from }: SavedAt): string {
  const day = `${two(at.getDate())}.${two(at.getMonth() + 1)}.${at.getFullYear()}`;
  const time = `${day} ${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
  return from === 'file' ? `${time} (время изменения файла)` : time;
}

export const COLLECT_REASONS = {
  foreign:
    'в файле нет ни листа ОО, ни листа «База наставников»: листы распознаются по строке заголовка, ' +
    'например «Код», «Показатель», «Значение»',
  generated: 'лист сформирован надстройкой: в книге муниципалитета он формируется заново',
  notCarried: (sheet: string) =>
    `лист ${quote(sheet)} не переносится: настройки и списки берутся из книги муниципалитета, а не из файлов ОО`,
  settings: (sheet: string, municipal: string) =>
    `лист ${quote(sheet)} не переносится: настройки и списки взяты из книги муниципалитета ${quote(municipal)}`,
  noMunicipalBook: (sheet: string) =>
    `лист ${quote(sheet)} не переносится: настройки и списки берутся из книги муниципалитета (--roster), а не из файлов ОО`,
  savedLater: (kept: SavedAt, lost: SavedAt) =>
    `он сохранён позже: ${savedText(kept)} против ${savedText(lost)}`,
  secondBase: (used: string) => `второй лист «База наставников» в файле: взят лист ${quote(used)}`,
  sameFileTab: (school: string, used: string) =>
    `второй лист ОО ${quote(school)} в файле: взят лист ${quote(used)}`,
  otherFileTab: (school: string, file: string, sheet: string) =>
    `ОО ${quote(school)} уже представлена файлом ${quote(file)} (лист ${quote(sheet)})`,
  fewerErrors: (used: number, here: number) => `в нём меньше показателей с ошибками (${used} против ${here})`,
  moreFilled: (used: number, here: number) => `в нём заполнено больше показателей (${used} против ${here})`,
  earlier: 'он идёт раньше по порядку файлов',
  baseOfSkippedFile: (file: string) =>
    `строки «Базы наставников» не взяты: данные этой ОО взяты из файла ${quote(file)}`,
  emptyBase: 'в листе нет ни одной строки с наставником',
  repeatedRows: (n: number) => `строки «Базы наставников», повторяющие уже взятые из другого файла: ${n}`,
} as const;
