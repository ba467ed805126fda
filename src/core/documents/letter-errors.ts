/**
 * The appendix of a letter for the school's curator: each error in its data once, where it is (the cell of
 * the school's own tab, or of «База наставников») and what to do. The cell's value is not repeated: on the
 * base it is a person's name, and a spreadsheet's error value («#REF!») means nothing to a reader — it is
 * called «ошибка в формуле» (docs/decisions.md#letters-to-schools).
 */
import type { Issue } from '../issues/issue';
import { heading, PAGE_BREAK, paragraph, type Block } from './doc-model';
import * as T from './messages';

/** More errors than this are counted, not listed: the letter stays readable, the tab has them all. */
export const LETTER_ERRORS_SHOWN = 30;

/** The error values of Excel, LibreOffice and Google Sheets in English and Russian. */
const ERROR_VALUE =
  /«?#(?:REF|ССЫЛКА|VALUE|ЗНАЧ|DIV\/0|ДЕЛ\/0|N\/A|Н\/Д|NAME\?|ИМЯ\?|NUM|ЧИСЛО|NULL|ПУСТО|ERROR|SPILL|CALC)!?»?/g;

function withoutErrorValues(text: string): string {
  return text.replace(ERROR_VALUE, T.FORMULA_ERROR);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** «В ячейке E12 «6»: показатель 1.7 …» → «Показатель 1.7 …»: the place has a column of its own. */
export function errorText(issue: Issue): string {
  const value = issue.params.value;
  const prefixes = [
    ...(typeof value === 'string' || typeof value === 'number'
      ? [`В ячейке ${issue.cell} «${value}»: `]
      : []),
    `В ячейке ${issue.cell}: `,
    `В ячейке ${issue.cell} `,
  ];
  const prefix = prefixes.find((candidate) => issue.message.startsWith(candidate));
  const rest = prefix === undefined ? issue.message : issue.message.slice(prefix.length);
  return upperFirst(withoutErrorValues(rest));
}

/** Each error once: the same cell with the same finding is one error, however many lists carry it. */
export function distinctErrors(errors: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return errors.filter((issue) => {
    const key = `${issue.sheet}\u0001${issue.cell}\u0001${issue.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Where to fix it: the cell of the school's tab («лист ОО»: its name in the municipal book is not the
 * school's, its cells are), or of the base — in the school's own file when `collect` recorded the row's origin.
 */
function placeOf(issue: Issue, schoolSheet: string): string {
  const { origin, originColumn } = issue.params;
  if (issue.sheet !== schoolSheet && typeof origin === 'string')
    return T.originPlace(origin, typeof originColumn === 'string' ? originColumn : '');
  return T.errorPlace(issue.sheet === schoolSheet ? null : issue.sheet, issue.cell);
}

/** `schoolSheet`: the school's tab. The appendix starts on a page of its own, after the signature. */
export function errorAppendix(schoolSheet: string, errors: readonly Issue[]): Block[] {
  const shown = errors.slice(0, LETTER_ERRORS_SHOWN);
  const blocks: Block[] = [
    PAGE_BREAK,
    heading(2, T.APPENDIX_HEADING),
    paragraph(
      T.appendixIntro(
        errors.length,
        errors.some((issue) => issue.sheet !== schoolSheet && issue.params.origin === undefined),
      ),
    ),
    {
      kind: 'table',
      widths: [0.06, 0.22, 0.4, 0.32],
      headerRows: 1,
      rows: [
        [...T.APPENDIX_HEADERS],
        ...shown.map((issue, i) => [
          String(i + 1),
          placeOf(issue, schoolSheet),
          errorText(issue),
          withoutErrorValues(issue.hint ?? ''),
        ]),
      ],
      align: ['center', 'left', 'left', 'left'],
    },
  ];
  if (errors.length > shown.length) blocks.push(paragraph(T.errorsCut(shown.length, errors.length)));
  return blocks;
}
