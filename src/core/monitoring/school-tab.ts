/**
 * Reading one school's monitoring tab (docs/domain.md#school-tab): the school's name and period, one value
 * per input indicator of the catalogue, and an issue for every cell that cannot be read.
 */
import { quote } from '../text/quote';
import { a1 } from '../sheet/a1';
import type { Catalogue, IndicatorDef } from '../catalogue/catalogue';
import { BUILTIN_CATALOGUE, isInput, isSchoolShare } from '../catalogue/catalogue';
import { codeKey } from '../catalogue/indicator-code';
import { matchTitle, type TitleCandidate } from '../catalogue/title-match';
import { MUNICIPAL_WORDINGS, TITLE_VARIANTS } from '../catalogue/title-variants';
import { isDate } from '../sheet/cell-value';
import type { Grid } from '../sheet/grid';
import type { HeaderMatch } from '../header/find-header';
import { createIssue, type Issue } from '../issues/issue';
import { withMergesFilled } from '../sheet/merges';
import { cellText, normaliseKey } from '../text/normalise';
import { labelledValue } from './labelled-cell';
import { indicatorLabel, MONITORING_MESSAGES as M, valueProblemText } from './messages';
import { findMonitoringHeader, isRowNumberColumn, type MonitoringField } from './monitoring-header';
import { shownValue } from './shown-value';
import { linkIn, parseValue, VALUE_KEPT, VALUE_PROBLEM_CODES } from './value';

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
}

export interface SchoolTab {
  readonly sheet: string;
  /** From the labelled cell, else the tab name. */
  readonly name: string;
  /** The cell the name was read from, when it holds the name alone (a fix can rewrite it). */
  readonly nameCell?: { readonly row: number; readonly column: number };
  readonly period: string | null;
  readonly header: HeaderMatch<MonitoringField>;
  /** Every input of the catalogue by id (missing rows included, with value null). */
  readonly inputs: Readonly<Record<string, InputReading>>;
  /** Rows matched to an indicator of the catalogue. */
  readonly matchedRows: number;
  readonly issues: readonly Issue[];
}

const LEADING_CODE = /^\d+(?:\.\d+)*\.?\s+/;
/**
 * Rows in the printed wording of the Ижевск order № 644 (docs/domain.md#monitoring-order) that make a tab a
 * copy of that order's form (it has 28 of a school's).
 */
const ORDER_FORM_ROWS = 10;
const ORDER_WORDINGS: ReadonlySet<string> = new Set(
  [...Object.values(TITLE_VARIANTS).flat(), ...MUNICIPAL_WORDINGS].map((wording) => normaliseKey(wording)),
);
/** A title that counts («Количество …», «Кол-во …»), on a normalised key. */
const COUNT_WORDING = /^(?:количество|кол-во|число)\s/;
/** A unit curators add to a title: «… (чел.)», «… (да/нет)», «…, ед.» (on a normalised key). */
const UNIT = '(?:чел|человек|ед|единиц|шт|кол-во|да/нет|есть/нет|1/0|%)\\.?';
const TRAILING_UNIT = new RegExp(`(?:\\s*\\(${UNIT}\\)|,\\s*${UNIT})$`);

/** Parses a tab recognised by `findMonitoringHeader`; null when it has no such header. */
export function parseSchoolTab(grid: Grid, catalogue: Catalogue): SchoolTab | null {
  const header = findMonitoringHeader(grid);
  if (header === null) return null;
  const sheet = grid.name;
  const filled = withMergesFilled(grid);
  const issues: Issue[] = headerIssues(grid, header);
  const lookup = indicatorLookup(catalogue);
  const col = header.columns as Record<MonitoringField, number | undefined>;
  const codeCol = col.code as number;
  const titleCol = col.title as number;
  const valueCol = col.value as number;
  const inputs: Record<string, InputReading> = {};
  const firstRowOf = new Map<string, number>();
  // A «№» column numbers rows or sections: its numbers are no codes when the title says otherwise.
  const titleFirst = isRowNumberColumn(grid, header, codeCol);
  const headerCells = filled.values[header.row - 1] ?? [];
  let matchedRows = 0;
  // Rows in the printed wording of the Ижевск order № 644 (docs/domain.md#monitoring-order): a tab copied
  // from that order lacks what the order does not ask for.
  let orderRows = 0;

  for (let r = header.row + 1; r <= filled.values.length; r++) {
    const cells = filled.values[r - 1];
    const codeRaw = cells[codeCol - 1];
    const titleRaw = cells[titleCol - 1];
    const valueRaw = grid.values[r - 1]?.[valueCol - 1];
    if (cellText(codeRaw) === '' && cellText(titleRaw) === '' && cellText(valueRaw) === '') continue;
    if (isColumnNumbering(cells) || repeatsHeader(cells, headerCells, [titleCol, valueCol])) continue;
    if (ORDER_WORDINGS.has(normaliseKey(titleRaw).replace(LEADING_CODE, ''))) orderRows++;
    const matched = matchRow(lookup, codeRaw, titleRaw, titleFirst);
    // Comparing titles word by word costs more than a look-up: only for rows the look-up did not settle.
    const unsettled = matched === null || (titleFirst && titleMatch(lookup, titleRaw) === null);
    const close = unsettled ? closeTitle(lookup, titleRaw, valueRaw) : null;
    // Under «№» a close title outweighs a number that happens to be a code («1.4» numbering a row).
    const exact = titleFirst && close?.close ? null : matched;
    const byTitle = exact === null ? close : null;
    if (byTitle?.close && byTitle.def === null) {
      const text = M.municipal(a1(r, titleCol), shownValue(titleRaw));
      const params = { value: shownValue(titleRaw) };
      issues.push(
        createIssue('indicator/unknown', { sheet, row: r, column: titleCol }, text, {
          severity: 'info',
          params,
        }),
      );
      continue;
    }
    const def = exact ?? (byTitle?.close ? byTitle.def : null);
    if (def === null) {
      if (isHeadingRow(lookup, codeRaw, titleRaw, valueRaw)) continue;
      const at = cellText(codeRaw) !== '' ? codeCol : cellText(titleRaw) !== '' ? titleCol : valueCol;
      const shown = shownValue(at === valueCol ? valueRaw : cells[at - 1]);
      const closest = byTitle?.def ?? null;
      const suggestion = closest === null ? null : indicatorLabel(closest.code, closest.title);
      issues.push(
        createIssue(
          'indicator/unknown',
          { sheet, row: r, column: at },
          M.unknown(a1(r, at), shown, suggestion),
          {
            params: { value: shown, suggestion: closest?.id ?? null },
          },
        ),
      );
      continue;
    }
    if (exact === null && def.code !== null) {
      const title = shownValue(titleRaw);
      const text = M.titleVariant(a1(r, titleCol), title, indicatorLabel(def.code, def.title));
      issues.push(
        createIssue('indicator/title-variant', { sheet, row: r, column: codeCol }, text, {
          params: { value: title, indicator: def.id, suggestion: def.code },
          fix: { value: def.code, label: M.titleVariantFix(def.code) },
        }),
      );
    }
    if (!isInput(def)) {
      if (cellText(valueRaw) === '') continue;
      const text = M.derived(a1(r, valueCol), indicatorLabel(def.code, def.title));
      const params = { value: shownValue(valueRaw), indicator: def.id };
      issues.push(
        createIssue('indicator/unknown', { sheet, row: r, column: valueCol }, text, {
          severity: 'info',
          params,
        }),
      );
      continue;
    }
    matchedRows++;
    const first = firstRowOf.get(def.id);
    if (first !== undefined) {
      const at = cellText(codeRaw) !== '' ? codeCol : titleCol;
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
    const reading = readValue(grid, def, {
      row: r,
      column: valueCol,
      comment: col.comment === undefined ? undefined : cells[col.comment - 1],
      countsDocuments,
    });
    inputs[def.id] = reading.input;
    if (reading.issue) issues.push(reading.issue);
  }

  const orderForm = orderRows >= ORDER_FORM_ROWS;
  const notAsked: IndicatorDef[] = [];
  for (const def of catalogue.indicators) {
    if (!isInput(def) || inputs[def.id] !== undefined) continue;
    // An indicator the order's form does not ask for is not the school's omission: it is left out, not an error.
    const required = def.required && !(orderForm && TITLE_VARIANTS[def.id] === undefined);
    inputs[def.id] = { value: null, invalid: required, row: header.row, column: codeCol };
    if (def.required && !required) notAsked.push(def);
    if (!required) continue;
    const text = M.missing(a1(header.row, codeCol), indicatorLabel(def.code, def.title));
    issues.push(
      createIssue('indicator/missing', { sheet, row: header.row, column: codeCol }, text, {
        params: { indicator: def.id },
      }),
    );
  }
  if (notAsked.length > 0) {
    const text = M.notInOrderForm(
      a1(header.row, codeCol),
      notAsked.map((def) => def.code ?? def.id),
    );
    const params = { indicator: notAsked.map((def) => def.id).join(';') };
    issues.push(
      createIssue('indicator/missing', { sheet, row: header.row, column: codeCol }, text, {
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
    issues,
  };
}

/** Where an indicator's value is read from. */
interface ValueCell {
  readonly row: number;
  readonly column: number;
  /** The row's comment cell, whose link stands for a flag's evidence. */
  readonly comment: unknown;
  /** A flag worded as a count of documents: a count over 0 reads as «есть». */
  readonly countsDocuments: boolean;
}

function readValue(
  grid: Grid,
  def: IndicatorDef,
  { row, column, comment, countsDocuments }: ValueCell,
): { input: InputReading; issue?: Issue } {
  const raw = grid.values[row - 1]?.[column - 1];
  const percentFormatted = (grid.numberFormats?.[row - 1]?.[column - 1] ?? '').includes('%');
  const context = { required: def.required, percentFormatted };
  const asCount = countsDocuments ? parseValue(raw, 'count', context) : null;
  const parsed =
    asCount !== null && asCount.problem === undefined && asCount.value !== null
      ? { value: asCount.value > 0 ? 1 : 0 }
      : parseValue(raw, def.type, context);
  const invalid = parsed.problem !== undefined && !VALUE_KEPT.has(parsed.problem);
  const commentLink = def.type === 'flag' && parsed.value === 1 ? linkIn(cellText(comment)) : undefined;
  const evidence = parsed.evidence ?? commentLink;
  const input: InputReading = {
    value: invalid ? null : parsed.value,
    invalid,
    row,
    column,
    ...(evidence === undefined ? {} : { evidence }),
  };
  if (parsed.problem === undefined) return { input };
  const shown = shownValue(raw, percentFormatted);
  const readAs = def.type === 'flag' ? (parsed.value === 1 ? '«да»' : '«нет»') : String(parsed.value ?? '');
  const text = valueProblemText(parsed.problem, a1(row, column), shown, {
    indicator: indicatorLabel(def.code, def.title),
    readAs,
    type: def.type,
  });
  const params = { value: shown, indicator: def.id, expected: def.type };
  return {
    input,
    issue: createIssue(VALUE_PROBLEM_CODES[parsed.problem], { sheet: grid.name, row, column }, text, {
      params,
    }),
  };
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
      wordings: [def.title, builtinTitles.get(def.id) ?? def.title, ...(TITLE_VARIANTS[def.id] ?? [])],
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
