/**
 * The list of schools a coordinator pastes into «Создать листы ОО по списку»: one school per line,
 * often copied from a numbered list in an order or from a spreadsheet column.
 */
import { schoolKey } from '../text/school-name';

/** «1. », «12) », «3<tab>»: numbering in front of a name that starts with a letter or a quote. */
const NUMBERING = /^\d{1,3}[.)]?\s+(?=[\p{L}«"„“])/u;

/**
 * A heading of a pasted list rather than a school: «Школы:», «Список ОО:», «Перечень
 * общеобразовательных организаций» — a line ending with a colon, or only words of such a heading.
 */
const HEADING_WORDS =
  /^(?:(?:список|перечень|наименования?|названия?|школы|школ|оо|образовательные|образовательных|общеобразовательные|общеобразовательных|организации|организаций|учреждения|учреждений)\s*)+$/iu;

export function isHeadingLine(line: string): boolean {
  return line.endsWith(':') || HEADING_WORDS.test(line);
}

/** Names in the order given: trimmed, numbering, headings and empty lines dropped, repeats (by school key) dropped. */
export function parseSchoolList(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const name = line
      .replace(/[\s\u00a0]+/g, ' ')
      .trim()
      .replace(NUMBERING, '')
      .trim();
    if (name === '' || isHeadingLine(name)) continue;
    const key = schoolKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}
