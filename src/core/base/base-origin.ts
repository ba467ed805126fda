/**
 * Where a row of a merged «База наставников» came from: `collect` renumbers and reorders the rows of the
 * schools' bases, so it writes each row's file and row in a last column, and the check gives every issue of
 * that row the place in the school's own file (params `origin`, `originColumn`): the letter's appendix
 * sends the curator there (docs/decisions.md#letters-to-schools).
 */
import { headerKey, type HeaderMatch } from '../header/find-header';
import type { Issue } from '../issues/issue';
import { cellText } from '../text/normalise';

export const BASE_ORIGIN_HEADER = 'Источник строки (файл ОО)';

/** «файл «03 СОШ 5.xlsx», лист «База», строка 12»: the file by its name, without the folders. */
export function originText(file: string, sheet: string, row: number): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return `файл «${name}», лист «${sheet}», строка ${row}`;
}

/** The column of the origins, or null when the base was not merged by `collect`. */
export function originColumn(header: HeaderMatch<string>): number | null {
  const wanted = headerKey(BASE_ORIGIN_HEADER);
  return header.extra.find((extra) => headerKey(extra.text) === wanted)?.column ?? null;
}

/** Each issue of a row with an origin, with that origin and the name of its column. */
export function withOrigins(
  issues: readonly Issue[],
  values: readonly (readonly unknown[])[],
  header: HeaderMatch<string>,
): Issue[] {
  const column = originColumn(header);
  if (column === null) return [...issues];
  const headerCells = values[header.row - 1] ?? [];
  return issues.map((issue) => {
    const origin = issue.row > header.row ? cellText(values[issue.row - 1]?.[column - 1]) : '';
    if (origin === '') return issue;
    const originColumn = cellText(headerCells[issue.column - 1]);
    return { ...issue, params: { ...issue.params, origin, originColumn } };
  });
}
