/**
 * Reading one school's monitoring tab (docs/domain.md#school-tab): the school's name and period, one value
 * per input indicator of the catalogue, and an issue for every cell that cannot be read.
 */
import { quote } from '../text/quote';
import { a1 } from '../sheet/a1';
import type { Catalogue, IndicatorDef } from '../catalogue/catalogue';
import { BUILTIN_CATALOGUE, isInput, isReported, isSchoolShare } from '../catalogue/catalogue';
import { codeKey } from '../catalogue/indicator-code';
import { matchTitle, nearestCandidates, type TitleCandidate } from '../catalogue/title-match';
import { MUNICIPAL_WORDINGS, wordingsOf } from '../catalogue/title-variants';
import { surveyBlock, withRole, type SurveyRole } from '../catalogue/survey-role';
import { isDate } from '../sheet/cell-value';
import type { Grid } from '../sheet/grid';
import type { HeaderMatch } from '../header/find-header';
import { createIssue, type Issue } from '../issues/issue';
import { withMergesFilled } from '../sheet/merges';
import { cellText, normaliseKey } from '../text/normalise';
import { labelledValue } from './labelled-cell';
import { indicatorLabel, MONITORING_MESSAGES as M, valueProblemText } from './messages';
import { findMonitoringHeader, isRowNumberColumn, type MonitoringField } from './monitoring-header';
import { readAsText, shownValue } from './shown-value';
import {
  linkIn,
  parseValue,
  VALUE_KEPT,
  VALUE_PROBLEM_CODES,
  numberFromText,
  type ParsedValue,
  type ValueContext,
} from './value';

export const SCHOOL_NAME_LABELS = [
  'Образовательная организация',
  'Наименование ОО',
  'ОО',
  'Наименование образовательной организации',
  'Полное наименование ОО',
];
export const PERIOD_LABELS = ['Период', 'Отчётный период', 'Период мониторинга', 'Учебный год'];

/** The value of one input indicator on a school tab. */
export interface InputReading {
  /** Counts as numbers, flags as 0/1, percents as fractions; null when empty or unreadable. */
  readonly value: number | null;
  /** An error concerns this input: the school is left out of every figure that uses it. */
  readonly invalid: boolean;
  /** 1-based value cell (the header's first cell when the row is missing). */
  readonly row: number;
  readonly column: number;
  /** Link to the document found in the value or comment cell of a flag. */
  readonly evidence?: string;
  /** The tab has a row recognised as this indicator. */
  readonly onForm: boolean;
  /**
   * A required indicator the tab's own form does not hold (the form is a municipality's own, not the
   * catalogue's): not held against the school and not counted among its required values.
   */
  readonly notAsked?: true;
}

/** A row with a value that matched no indicator: its value is not read anywhere. */
export interface UnreadRow {
  readonly row: number;
  readonly title: string;
}

export interface SchoolTab {
  readonly sheet: string;
  /** From the labelled cell, else the tab name. */
  readonly name: string;
  /** The cell the name was read from, when it holds the name alone (a fix can rewrite it). */
  readonly nameCell?: { readonly row: number; readonly column: number };
  readonly period: string | null;
  readonly header: HeaderMatch<MonitoringField>;
  /**
   * Every input of the catalogue by id (missing rows included, with value null), and each share a form may
   * give as a percent (catalogue.ts, `reported`) whose row the tab has.
   */
  readonly inputs: Readonly<Record<string, InputReading>>;
  /** Rows matched to an indicator of the catalogue. */
  readonly matchedRows: number;
  /** Rows with a value that matched no indicator, in sheet order. */
  readonly unreadRows: readonly UnreadRow[];
  readonly issues: readonly Issue[];
}

const LEADING_CODE = /^\d+(?:\.\d+)*\.?\s+/;
/** A title that counts («Количество …», «Кол-во …»), on a normalised key. */
const COUNT_WORDING = /^(?:количество|кол-во|число)\s/;
/** A unit curators add to a title: «… (чел.)», «… (да/нет)», «…, ед.» (on a normalised key). */
const UNIT = '(?:чел|человек|ед|единиц|шт|кол-во|да/нет|есть/нет|1/0|%)\\.?';
const TRAILING_UNIT = new RegExp(`(?:\\s*\\(${UNIT}\\)|,\\s*${UNIT})$`);
/** A section row between indicators: «Раздел 1. …», «II. Кадровое обеспечение», «Блок 2: …» (normalised key). */
const SECTION_ROW = /^(?:раздел|блок|направление|часть)(?:\s|$)|^[ivx]+\.\s/;
/** A subclause heading of the regulation's kind: «По наличию локально-нормативных актов …», «По результатам …». */
const SUBCLAUSE_ROW = /^по\s/;
/** A row that is a part of the row above: «из них молодых специалистов», «в том числе …» (normalised key). */
const PART_OF_ABOVE = /^(?:из них|из числа них|в том числе|в т\.? ?ч\.?)[\s,:—–-]*/;

/** Where a row's cells are, the code column being optional (forms without a number column). */
interface RowColumns {
  readonly code: number | undefined;
  readonly title: number;
  readonly value: number;
  readonly comment: number | undefined;
  /** The code column is «№» or «№ п/п»: its numbers number rows rather than name indicators. */
  readonly numbers: boolean;
}

/** Parses a tab recognised by `findMonitoringHeader`; null when it has no such header. */
export function parseSchoolTab(grid: Grid, catalogue: Catalogue): SchoolTab | null {
  const header = findMonitoringHeader(grid);
  if (header === null) return null;
  const sheet = grid.name;
  const filled = withMergesFilled(grid);
  const issues: Issue[] = headerIssues(grid, header);
  const lookup = indicatorLookup(catalogue);
  const col = header.columns as Record<MonitoringField, number | undefined>;
  const cols: RowColumns = {
    code: col.code,
    title: col.title as number,
    value: col.value as number,
    comment: col.comment,
    numbers: col.code !== undefined && isRowNumberColumn(grid, header, col.code),
  };
  // Where a note about the whole tab goes: the header's code cell, else its title cell.
  const headerCol = cols.code ?? cols.title;
  const inputs: Record<string, InputReading> = {};
  const firstRowOf = new Map<string, number>();
  // A «№» column numbers rows or sections: its numbers are no codes when the title says otherwise. Neither is a
  // number before the title on a form without a code column.
  const titleFirst = cols.code === undefined || cols.numbers;
  const headerCells = filled.values[header.row - 1] ?? [];
  let matchedRows = 0;
  // Rows read by their code or the catalogue's own title, and rows read by the meaning of another wording:
  // a tab mostly of the latter is a municipality's own form (it asks what the municipality asks).
  let ownWording = 0;
  let catalogueWording = 0;
  const unreadRows: UnreadRow[] = [];
  // The title of the row above, which a «из них …» row is a part of.
  let above = '';
  // Whose survey the rows above are about: «Количество респондентов» under the mentors' satisfaction is theirs.
  let survey: SurveyRole | null = null;

  for (let r = header.row + 1; r <= filled.values.length; r++) {
    const cells = filled.values[r - 1];
    const typedTitle = cells[cols.title - 1];
    const codeRaw = cols.code === undefined ? leadingCode(typedTitle) : cells[cols.code - 1];
    const valueRaw = grid.values[r - 1]?.[cols.value - 1];
    if (cellText(codeRaw) === '' && cellText(typedTitle) === '' && cellText(valueRaw) === '') continue;
    if (isColumnNumbering(cells) || repeatsHeader(cells, headerCells, [cols.title, cols.value])) continue;
    const titleKey = normaliseKey(typedTitle);
    const part = PART_OF_ABOVE.exec(titleKey);
    const ownTitle = part === null ? titleKey : titleKey.slice(part[0].length);
    const section =
      cellText(valueRaw) === '' &&
      (cellText(codeRaw) === ''
        ? SECTION_ROW.test(titleKey) || SUBCLAUSE_ROW.test(titleKey)
        : cols.code !== undefined && isParentCode(lookup, filled.values, { row: r, column: cols.code }));
    const block = surveyBlock(survey, ownTitle, section);
    survey = block.next;
    if (section) continue;
    // An indicator the coordinator added on «Показатели» under this very title keeps it.
    const titleRaw =
      block.role !== null && titleMatch(lookup, ownTitle) === null
        ? withRole(ownTitle, block.role)
        : part !== null && above !== ''
          ? `${above} ${ownTitle}`
          : typedTitle;
    if (part === null) above = cellText(typedTitle);
    const matched = part === null ? matchRow(lookup, codeRaw, titleRaw, titleFirst) : null;
    // Comparing titles word by word costs more than a look-up: only for rows the look-up did not settle.
    const unsettled = matched === null || (titleFirst && titleMatch(lookup, titleRaw) === null);
    const close = unsettled ? closeTitle(lookup, titleRaw, valueRaw) : null;
    // Under «№» a close title outweighs a number that happens to be a code («1.4» numbering a row).
    const exact = titleFirst && close?.close ? null : matched;
    const byTitle = exact === null ? close : null;
    if (byTitle?.close && byTitle.def === null) {
      const text = M.municipal(a1(r, cols.title), shownValue(typedTitle));
      const params = { value: shownValue(typedTitle) };
      issues.push(
        createIssue('indicator/unknown', { sheet, row: r, column: cols.title }, text, {
          severity: 'info',
          params,
        }),
      );
      continue;
    }
    const def = exact ?? (byTitle?.close ? byTitle.def : null);
    const comment = cols.comment === undefined ? undefined : cells[cols.comment - 1];
    if (def === null) {
      const valued = cellText(valueRaw) !== '' || (cellText(comment) !== '' && valueLike(comment));
      if (!valued && isHeadingRow(lookup, codeRaw, titleRaw, valueRaw)) continue;
      issues.push(unknownRow(lookup, { sheet, row: r, cols }, { codeRaw, typedTitle, titleRaw, valueRaw }));
      if (valued) unreadRows.push({ row: r, title: shownValue(typedTitle === '' ? codeRaw : typedTitle) });
      continue;
    }
    if (exact === null) ownWording++;
    else catalogueWording++;
    if (exact === null && def.code !== null)
      issues.push(titleVariant({ sheet, row: r, cols }, typedTitle, def));
    // A survey's percent typed for a share the add-on would compute from two counts is the school's own figure.
    const reported = isReported(def);
    if (!isInput(def) && !reported) {
      if (cellText(valueRaw) === '') continue;
      const text = M.derived(a1(r, cols.value), indicatorLabel(def.code, def.title));
      const params = { value: shownValue(valueRaw), indicator: def.id };
      issues.push(
        createIssue('indicator/unknown', { sheet, row: r, column: cols.value }, text, {
          severity: 'info',
          params,
        }),
      );
      continue;
    }
    matchedRows++;
    const first = firstRowOf.get(def.id);
    if (first !== undefined) {
      const at = cols.code !== undefined && cellText(codeRaw) !== '' ? cols.code : cols.title;
      const text = M.duplicate(a1(r, at), indicatorLabel(def.code, def.title), a1(first, at));
      const params = { indicator: def.id, first: a1(first, at) };
      issues.push(createIssue('indicator/duplicate', { sheet, row: r, column: at }, text, { params }));
      inputs[def.id] = { ...inputs[def.id], value: null, invalid: true };
      continue;
    }
    firstRowOf.set(def.id, r);
    // Orders count documents where a school has one or none («Количество дорожных карт ОО»): 2 means «есть».
    const countsDocuments =
      exact === null && def.type === 'flag' && COUNT_WORDING.test(normaliseKey(titleRaw));
    const reading = readValue(grid, reported ? { ...def, type: 'percent' } : def, {
      row: r,
      column: cols.value,
      comment,
      commentColumn: cols.comment,
      countsDocuments,
    });
    inputs[def.id] = reading.input;
    if (reading.issue) issues.push(reading.issue);
  }

  const ownForm = ownWording > catalogueWording;
  const notAsked: IndicatorDef[] = [];
  for (const def of catalogue.indicators) {
    if (!isInput(def) || inputs[def.id] !== undefined) continue;
    // An indicator a municipality's own form does not ask for is not the school's omission: it is left out, not an error.
    const required = def.required && !ownForm;
    const missing = { value: null, invalid: required, row: header.row, column: headerCol, onForm: false };
    inputs[def.id] = def.required && !required ? { ...missing, notAsked: true } : missing;
    if (def.required && !required) notAsked.push(def);
    if (!required) continue;
    const text = M.missing(a1(header.row, headerCol), indicatorLabel(def.code, def.title));
    issues.push(
      createIssue('indicator/missing', { sheet, row: header.row, column: headerCol }, text, {
        params: { indicator: def.id },
      }),
    );
  }
  if (notAsked.length > 0) {
    const text = M.notInOwnForm(
      a1(header.row, headerCol),
      notAsked.map((def) => def.code ?? def.id),
    );
    const params = { indicator: notAsked.map((def) => def.id).join(';') };
    issues.push(
      createIssue('indicator/missing', { sheet, row: header.row, column: headerCol }, text, {
        severity: 'info',
        params,
      }),
    );
  }

  const nameCell = labelledValue(grid, SCHOOL_NAME_LABELS, header.row - 1);
  const periodCell = labelledValue(grid, PERIOD_LABELS, header.row - 1);
  const typedName = nameCell ? cellText(nameCell.value) : '';
  const nameAlone =
    nameCell !== null &&
    typedName !== '' &&
    cellText(grid.values[nameCell.row - 1]?.[nameCell.column - 1]) === typedName;
  return {
    sheet,
    name: typedName || sheet.trim(),
    ...(nameAlone ? { nameCell: { row: nameCell.row, column: nameCell.column } } : {}),
    period: periodCell ? periodText(periodCell.value) : null,
    header,
    inputs,
    matchedRows,
    unreadRows,
    issues,
  };
}

/** A row of the tab, for the issues about it. */
interface RowPlace {
  readonly sheet: string;
  readonly row: number;
  readonly cols: RowColumns;
}

/** The cells of a row that matched no indicator, as typed (`titleRaw` with the row above for «из них …»). */
interface RowCells {
  readonly codeRaw: unknown;
  readonly typedTitle: unknown;
  readonly titleRaw: unknown;
  readonly valueRaw: unknown;
}

/** How many indicators an unread row names as the closest ones. */
const NEAREST = 2;

/**
 * A row that matched no indicator: a warning at its cell naming the closest indicators, with a fix that puts the
 * closest one's code in place (the code cell, or before the title on a form without a code column).
 */
function unknownRow(lookup: IndicatorLookup, { sheet, row, cols }: RowPlace, cells: RowCells): Issue {
  const { codeRaw, typedTitle, titleRaw, valueRaw } = cells;
  // An unknown code names the row; a number in «№» says nothing, the title does.
  const hasCode = cols.code !== undefined && cellText(codeRaw) !== '';
  const at =
    hasCode && (!cols.numbers || cellText(typedTitle) === '')
      ? (cols.code as number)
      : cellText(typedTitle) !== ''
        ? cols.title
        : cols.value;
  const shown = shownValue(at === cols.value ? valueRaw : at === cols.code ? codeRaw : typedTitle);
  const key = normaliseKey(titleRaw).replace(LEADING_CODE, '');
  const nearest =
    key === ''
      ? []
      : nearestCandidates(key, lookup.wordings, NEAREST).filter(
          (def): def is IndicatorDef => def !== null && isInput(def) && def.code !== null,
        );
  const suggestion = nearest.length === 0 ? null : nearest.map((def) => indicatorLabel(def.code, def.title));
  const closest = nearest[0];
  const fix =
    closest === undefined
      ? undefined
      : cols.code !== undefined
        ? { row, column: cols.code, value: closest.code as string }
        : { row, column: cols.title, value: `${closest.code} ${cellText(typedTitle)}` };
  return createIssue(
    'indicator/unknown',
    { sheet, row: fix?.row ?? row, column: fix?.column ?? at },
    M.unknown(a1(row, at), shown, suggestion),
    {
      params: { value: shown, suggestion: closest?.id ?? null },
      ...(fix === undefined
        ? {}
        : { fix: { value: fix.value, label: M.titleVariantFix(closest?.code as string) } }),
    },
  );
}

/** A row read by the meaning of its title: a note at its code cell (or its title cell) with the code as the fix. */
function titleVariant({ sheet, row, cols }: RowPlace, typedTitle: unknown, def: IndicatorDef): Issue {
  const title = shownValue(typedTitle);
  const code = def.code as string;
  const text = M.titleVariant(a1(row, cols.title), title, indicatorLabel(code, def.title));
  const column = cols.code ?? cols.title;
  const value = cols.code === undefined ? `${code} ${cellText(typedTitle)}` : code;
  return createIssue('indicator/title-variant', { sheet, row, column }, text, {
    params: { value: title, indicator: def.id, suggestion: code },
    fix: { value, label: M.titleVariantFix(code) },
  });
}

/** «1.2» of «1.2 Педагоги в роли наставника»: the code a form without a code column puts before the title. */
function leadingCode(title: unknown): string {
  return LEADING_CODE.exec(cellText(title))?.[0].trim().replace(/\.$/, '') ?? '';
}

/** A note-column cell that holds what a value cell would: a number, or a flag's answer. */
function valueLike(raw: unknown): boolean {
  const asCount = parseValue(raw, 'count', { required: false, percentFormatted: false });
  const asFlag = parseValue(raw, 'flag', { required: false, percentFormatted: false });
  return (
    (asCount.value !== null && asCount.problem === undefined) ||
    (asFlag.value !== null && asFlag.problem === undefined)
  );
}

/** Where an indicator's value is read from. */
interface ValueCell {
  readonly row: number;
  readonly column: number;
  /** The row's comment cell, whose link stands for a flag's evidence. */
  readonly comment: unknown;
  /** The comment column, where a value is sometimes typed instead of the value column. */
  readonly commentColumn: number | undefined;
  /** A flag worded as a count of documents: a count over 0 reads as «есть». */
  readonly countsDocuments: boolean;
}

function parsed(
  raw: unknown,
  def: IndicatorDef,
  context: ValueContext,
  countsDocuments: boolean,
): ParsedValue {
  const asCount = countsDocuments ? parseValue(raw, 'count', context) : null;
  return asCount !== null && asCount.problem === undefined && asCount.value !== null
    ? { value: asCount.value > 0 ? 1 : 0 }
    : parseValue(raw, def.type, context);
}

function readValue(grid: Grid, def: IndicatorDef, cell: ValueCell): { input: InputReading; issue?: Issue } {
  const { row, column, comment, commentColumn, countsDocuments } = cell;
  const raw = grid.values[row - 1]?.[column - 1];
  const percentFormatted = (grid.numberFormats?.[row - 1]?.[column - 1] ?? '').includes('%');
  const context = { required: def.required, percentFormatted };
  const fromComment =
    commentColumn !== undefined && cellText(raw) === '' && cellText(comment) !== ''
      ? parsed(comment, def, { required: false, percentFormatted: false }, countsDocuments)
      : null;
  if (fromComment !== null && fromComment.value !== null && fromComment.problem === undefined) {
    return valueInComment(grid.name, def, {
      row,
      column: commentColumn as number,
      comment,
      value: fromComment,
    });
  }
  const value = parsed(raw, def, context, countsDocuments);
  const invalid = value.problem !== undefined && !VALUE_KEPT.has(value.problem);
  const commentLink = def.type === 'flag' && value.value === 1 ? linkIn(cellText(comment)) : undefined;
  const evidence = value.evidence ?? commentLink;
  const input: InputReading = {
    value: invalid ? null : value.value,
    invalid,
    row,
    column,
    onForm: true,
    ...(evidence === undefined ? {} : { evidence }),
  };
  if (value.problem === undefined) return { input };
  const shown = shownValue(raw, percentFormatted);
  const readAs = readAsText(value.value ?? null, def.type);
  const text = valueProblemText(value.problem, a1(row, column), shown, {
    indicator: indicatorLabel(def.code, def.title),
    readAs,
    type: def.type,
    ...(value.lookalike ? { lookalike: value.lookalike } : {}),
  });
  const params = { value: shown, indicator: def.id, expected: def.type };
  const digits = value.lookalike ? numberFromText(value.lookalike.corrected) : null;
  return {
    input,
    issue: createIssue(VALUE_PROBLEM_CODES[value.problem], { sheet: grid.name, row, column }, text, {
      params,
      // The digits in place of the letters, as a number; «3O %» is left to the curator.
      ...(digits === null
        ? {}
        : { fix: { value: digits, label: M.digitsFix(value.lookalike?.corrected ?? '') } }),
    }),
  };
}

/** A value typed in the comment column while the value cell is empty: read, with a warning at the comment cell. */
function valueInComment(
  sheet: string,
  def: IndicatorDef,
  { row, column, comment, value }: { row: number; column: number; comment: unknown; value: ParsedValue },
): { input: InputReading; issue: Issue } {
  const shown = shownValue(comment);
  const readAs = readAsText(value.value ?? null, def.type);
  const text = M.valueInComment(a1(row, column), shown, {
    indicator: indicatorLabel(def.code, def.title),
    readAs,
  });
  const input: InputReading = {
    value: value.value,
    invalid: false,
    row,
    column,
    onForm: true,
    ...(value.evidence === undefined ? {} : { evidence: value.evidence }),
  };
  const params = { value: shown, indicator: def.id, expected: def.type };
  return { input, issue: createIssue('value/in-comment', { sheet, row, column }, text, { params }) };
}

interface IndicatorLookup {
  readonly byCode: ReadonlyMap<string, IndicatorDef>;
  readonly byTitle: ReadonlyMap<string, IndicatorDef>;
  readonly sections: ReadonlySet<string>;
  /** Every indicator a school reports or the add-on derives for it, with its known wordings; null stands for the municipality's own figures. */
  readonly wordings: readonly TitleCandidate<IndicatorDef | null>[];
}

function indicatorLookup(catalogue: Catalogue): IndicatorLookup {
  const byCode = new Map<string, IndicatorDef>();
  const byTitle = new Map<string, IndicatorDef>();
  for (const def of catalogue.indicators) {
    if (def.code !== null) byCode.set(codeKey(def.code), def);
    const key = normaliseKey(def.title);
    if (!byTitle.has(key)) byTitle.set(key, def);
  }
  // Tabs made before the coordinator retitled an indicator on «Показатели» keep the built-in title.
  const inForce = new Map(catalogue.indicators.map((def) => [def.id, def]));
  for (const builtin of BUILTIN_CATALOGUE.indicators) {
    const def = inForce.get(builtin.id);
    const key = normaliseKey(builtin.title);
    if (def !== undefined && !byTitle.has(key)) byTitle.set(key, def);
  }
  const builtinTitles = new Map(BUILTIN_CATALOGUE.indicators.map((def) => [def.id, def.title]));
  const wordings: TitleCandidate<IndicatorDef | null>[] = catalogue.indicators
    .filter((def) => !isSchoolShare(def))
    .map((def) => ({
      target: def,
      key: def.id,
      wordings: wordingsOf(def.id, [def.title, builtinTitles.get(def.id) ?? def.title]),
    }));
  wordings.push({ target: null, key: '', wordings: MUNICIPAL_WORDINGS });
  return {
    byCode,
    byTitle,
    sections: new Set(catalogue.indicators.map((def) => normaliseKey(def.section))),
    wordings,
  };
}

/**
 * The indicator a title not in the catalogue means or resembles (the units of docs/domain.md#school-tab and a
 * leading code set aside). A section heading (no value, a section's title) is not compared.
 */
function closeTitle(
  lookup: IndicatorLookup,
  titleRaw: unknown,
  valueRaw: unknown,
): { def: IndicatorDef | null; close: boolean } | null {
  const key = normaliseKey(titleRaw);
  if (key === '' || (cellText(valueRaw) === '' && lookup.sections.has(key))) return null;
  const match = matchTitle(key.replace(LEADING_CODE, ''), lookup.wordings);
  return match === null ? null : { def: match.target, close: match.close };
}

/** A header row repeated inside the table, as forms printed over several pages do. */
function repeatsHeader(
  cells: readonly unknown[],
  header: readonly unknown[],
  columns: readonly number[],
): boolean {
  return columns.every((column) => normaliseKey(cells[column - 1]) === normaliseKey(header[column - 1]));
}

function titleMatch(lookup: IndicatorLookup, titleRaw: unknown): IndicatorDef | null {
  const key = normaliseKey(titleRaw);
  if (key === '') return null;
  const uncoded = key.replace(LEADING_CODE, '');
  for (const candidate of [key, uncoded, uncoded.replace(TRAILING_UNIT, '')]) {
    const def = lookup.byTitle.get(candidate);
    if (def !== undefined) return def;
  }
  return null;
}

function matchRow(
  lookup: IndicatorLookup,
  codeRaw: unknown,
  titleRaw: unknown,
  titleFirst: boolean,
): IndicatorDef | null {
  const byTitle = titleMatch(lookup, titleRaw);
  // A code typed into a number cell loses its text («1.10» → 1.1) or becomes a date: the title wins.
  if ((titleFirst || typeof codeRaw !== 'string') && byTitle !== null) return byTitle;
  // A Russian-locale sheet turns «1.10» typed into a cell into 1 October: day and month give the code back.
  if (isDate(codeRaw))
    return lookup.byCode.get(`${codeRaw.getUTCDate()}.${codeRaw.getUTCMonth() + 1}`) ?? null;
  return lookup.byCode.get(codeKey(codeRaw)) ?? byTitle;
}

/**
 * A row coded «6.1.1» whose next coded row is «6.1.1.1»: the heading of the rows under it, as a form numbered by
 * the regulation's clauses has them. A code of the catalogue is never one.
 */
function isParentCode(
  lookup: IndicatorLookup,
  values: readonly (readonly unknown[])[],
  { row, column }: { row: number; column: number },
): boolean {
  const code = cellText(values[row - 1]?.[column - 1]);
  if (!/^\d+(?:\.\d+)*\.?$/.test(code) || lookup.byCode.has(codeKey(code))) return false;
  for (let r = row + 1; r <= values.length; r++) {
    const next = cellText(values[r - 1]?.[column - 1]);
    if (next !== '') return next.startsWith(`${code.replace(/\.$/, '')}.`);
  }
  return false;
}

/** Official forms number their columns in a row under the header: 1, 2, 3, … left to right. */
function isColumnNumbering(cells: readonly unknown[]): boolean {
  let filled = 0;
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === '') continue;
    if (text !== String(filled + 1)) return false;
    filled++;
  }
  return filled >= 3;
}

/** Section headings and notes between indicator rows: no value, and no indicator code. */
function isHeadingRow(
  lookup: IndicatorLookup,
  codeRaw: unknown,
  titleRaw: unknown,
  valueRaw: unknown,
): boolean {
  if (cellText(valueRaw) !== '') return false;
  const code = codeKey(codeRaw);
  if (lookup.sections.has(normaliseKey(titleRaw)) || lookup.sections.has(normaliseKey(codeRaw))) return true;
  return code === '' || /^\d+$/.test(code) || !/^\d/.test(code);
}

function headerIssues(grid: Grid, header: HeaderMatch<MonitoringField>): Issue[] {
  const issues: Issue[] = [];
  for (const dup of header.duplicates) {
    const shown = shownValue(grid.values[header.row - 1]?.[dup.column - 1]);
    const text = M.duplicateColumn(a1(header.row, dup.column), shown);
    issues.push(
      createIssue(
        'header/duplicate-column',
        { sheet: grid.name, row: header.row, column: dup.column },
        text,
        { params: { value: shown } },
      ),
    );
  }
  if (header.extra.length > 0) {
    const first = header.extra[0];
    const text = M.extraColumn(
      header.extra.map((e) => `${a1(header.row, e.column)} ${quote(e.text)}`).join(', '),
    );
    const params = { value: header.extra.map((e) => e.text).join('; ') };
    issues.push(
      createIssue('header/extra-column', { sheet: grid.name, row: header.row, column: first.column }, text, {
        params,
      }),
    );
  }
  return issues;
}

function periodText(value: unknown): string | null {
  const text = isDate(value) ? shownValue(value) : cellText(value);
  return text === '' ? null : text;
}
