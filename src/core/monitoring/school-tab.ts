/**
 * Reading one school's monitoring tab (SPEC 2.2): the school's name and period, one value per
 * input indicator of the catalogue, and an issue for every cell that cannot be read.
 */
import { quote } from '../text/quote';
import { a1 } from '../a1';
import type { Catalogue, IndicatorDef } from '../catalogue/catalogue';
import { BUILTIN_CATALOGUE, isInput } from '../catalogue/catalogue';
import { codeKey } from '../catalogue/indicator-code';
import { isDate } from '../cell-value';
import type { Grid } from '../grid';
import type { HeaderMatch } from '../header/find-header';
import { createIssue, type Issue } from '../issue';
import { withMergesFilled } from '../merges';
import { cellText, normaliseKey } from '../text/normalise';
import { labelledValue } from './labelled-cell';
import { indicatorLabel, MONITORING_MESSAGES as M, valueProblemText } from './messages';
import { findMonitoringHeader, type MonitoringField } from './monitoring-header';
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
  readonly period: string | null;
  readonly header: HeaderMatch<MonitoringField>;
  /** Every input of the catalogue by id (missing rows included, with value null). */
  readonly inputs: Readonly<Record<string, InputReading>>;
  /** Rows matched to an indicator of the catalogue. */
  readonly matchedRows: number;
  readonly issues: readonly Issue[];
}

const LEADING_CODE = /^\d+(?:\.\d+)*\.?\s+/;
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
  let matchedRows = 0;

  for (let r = header.row + 1; r <= filled.values.length; r++) {
    const cells = filled.values[r - 1];
    const codeRaw = cells[codeCol - 1];
    const titleRaw = cells[titleCol - 1];
    const valueRaw = grid.values[r - 1]?.[valueCol - 1];
    if (cellText(codeRaw) === '' && cellText(titleRaw) === '' && cellText(valueRaw) === '') continue;
    if (isColumnNumbering(cells)) continue;
    const def = matchRow(lookup, codeRaw, titleRaw);
    if (def === null) {
      if (isHeadingRow(lookup, codeRaw, titleRaw, valueRaw)) continue;
      const at = cellText(codeRaw) !== '' ? codeCol : cellText(titleRaw) !== '' ? titleCol : valueCol;
      const shown = shownValue(at === valueCol ? valueRaw : cells[at - 1]);
      issues.push(
        createIssue('indicator/unknown', { sheet, row: r, column: at }, M.unknown(a1(r, at), shown), {
          params: { value: shown },
        }),
      );
      continue;
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
    const reading = readValue(
      grid,
      r,
      valueCol,
      def,
      col.comment === undefined ? undefined : cells[col.comment - 1],
    );
    inputs[def.id] = reading.input;
    if (reading.issue) issues.push(reading.issue);
  }

  for (const def of catalogue.indicators) {
    if (!isInput(def) || inputs[def.id] !== undefined) continue;
    inputs[def.id] = { value: null, invalid: def.required, row: header.row, column: codeCol };
    if (!def.required) continue;
    const text = M.missing(a1(header.row, codeCol), indicatorLabel(def.code, def.title));
    issues.push(
      createIssue('indicator/missing', { sheet, row: header.row, column: codeCol }, text, {
        params: { indicator: def.id },
      }),
    );
  }

  const nameCell = labelledValue(grid, SCHOOL_NAME_LABELS, header.row - 1);
  const periodCell = labelledValue(grid, PERIOD_LABELS, header.row - 1);
  return {
    sheet,
    name: nameCell ? cellText(nameCell.value) || sheet.trim() : sheet.trim(),
    period: periodCell ? periodText(periodCell.value) : null,
    header,
    inputs,
    matchedRows,
    issues,
  };
}

function readValue(
  grid: Grid,
  row: number,
  column: number,
  def: IndicatorDef,
  comment: unknown,
): { input: InputReading; issue?: Issue } {
  const raw = grid.values[row - 1]?.[column - 1];
  const percentFormatted = (grid.numberFormats?.[row - 1]?.[column - 1] ?? '').includes('%');
  const parsed = parseValue(raw, def.type, { required: def.required, percentFormatted });
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
  const text = valueProblemText(
    parsed.problem,
    a1(row, column),
    shown,
    indicatorLabel(def.code, def.title),
    readAs,
    def.type,
  );
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
  return { byCode, byTitle, sections: new Set(catalogue.indicators.map((def) => normaliseKey(def.section))) };
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

function matchRow(lookup: IndicatorLookup, codeRaw: unknown, titleRaw: unknown): IndicatorDef | null {
  const byTitle = titleMatch(lookup, titleRaw);
  // A code typed into a number cell loses its text («1.10» → 1.1) or becomes a date: the title wins.
  if (typeof codeRaw !== 'string' && byTitle !== null) return byTitle;
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
    const text = M.extraColumn(header.extra.map((e) => `${a1(header.row, e.column)} ${quote(e.text)}`).join(', '));
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
