/**
 * The «Показатели» sheet (docs/domain.md#indicators): the catalogue as the coordinator sees and edits it.
 * Titles, targets, required flags, sections and sources of built-in indicators may be changed; codes, types
 * and formulas may not (school tabs and the summary rely on them). New rows add indicators. A broken row
 * gives an issue and is left out; it never breaks the rest of the catalogue.
 */
import { quote } from '../text/quote';
import { a1 } from '../sheet/a1';
import { isEmptyCell } from '../sheet/cell-value';
import type { Grid } from '../sheet/grid';
import { findHeader, type FieldSpec, type HeaderMatch } from '../header/find-header';
import { createIssue, type Issue, type IssueCode, type IssueText, type Severity } from '../issues/issue';
import { numberFromText } from '../monitoring/value';
import type { ModelValue } from '../sheet/sheet-model';
import { cellText, normaliseKey } from '../text/normalise';
import {
  BUILTIN_CATALOGUE,
  isInput,
  schoolShareId,
  schoolShareOf,
  type Catalogue,
  type IndicatorDef,
  type IndicatorType,
} from './catalogue';
import { INDICATOR_ID, INDICATOR_TYPE, readCell, REQUIRED_FLAG } from './catalogue-row';
import { codeKey } from './indicator-code';
import { CATALOGUE_MESSAGES as M, CATALOGUE_TEXTS, TYPE_LABELS } from './messages';

export type CatalogueField =
  | 'code'
  | 'id'
  | 'section'
  | 'title'
  | 'type'
  | 'numerator'
  | 'denominator'
  | 'target'
  | 'required'
  | 'source';

/** The ten column titles, in the order the template writes them. */
export const catalogueHeader: readonly string[] = [
  'Код',
  'ID',
  'Раздел',
  'Показатель',
  'Тип',
  'Числитель (ID)',
  'Знаменатель (ID)',
  'Целевое значение',
  'Обязательный',
  'Источник',
];

export const CATALOGUE_FIELDS: readonly FieldSpec<CatalogueField>[] = [
  { field: 'code', aliases: ['Код', 'Код показателя'], required: false },
  { field: 'id', aliases: ['ID', 'Идентификатор'], required: true },
  { field: 'section', aliases: ['Раздел', 'Направление'], required: false },
  { field: 'title', aliases: ['Показатель', 'Наименование показателя'], required: true },
  { field: 'type', aliases: ['Тип', 'Тип показателя'], required: true },
  { field: 'numerator', aliases: ['Числитель (ID)', 'Числитель'], required: false },
  { field: 'denominator', aliases: ['Знаменатель (ID)', 'Знаменатель'], required: false },
  { field: 'target', aliases: ['Целевое значение', 'Цель', 'Целевой показатель'], required: false },
  {
    field: 'required',
    aliases: ['Обязательный', 'Обязательность', 'Обязательный показатель'],
    required: false,
  },
  { field: 'source', aliases: ['Источник'], required: false },
];

export interface CatalogueSheet {
  /** The catalogue in force: built-in indicators with the sheet's changes, then the sheet's additions. */
  readonly catalogue: Catalogue;
  readonly header: HeaderMatch<CatalogueField> | null;
  readonly issues: readonly Issue[];
}

function catalogueHeaderOf(grid: Grid): HeaderMatch<CatalogueField> | null {
  const match = findHeader(grid, CATALOGUE_FIELDS);
  return match !== null && match.missing.length === 0 ? match : null;
}

/** A sheet with the columns ID, Показатель and Тип in one header row. */
export function isCatalogueSheet(grid: Grid): boolean {
  return catalogueHeaderOf(grid) !== null;
}

/** One row of the «Показатели» sheet for `def`, in the order of `catalogueHeader`. */
export function catalogueRow(def: IndicatorDef): ModelValue[] {
  return [
    def.code,
    def.id,
    def.section,
    def.title,
    TYPE_LABELS[def.type],
    def.numerator ?? null,
    def.denominator ?? null,
    def.target,
    def.type === 'share' ? null : def.required ? CATALOGUE_TEXTS.yes : CATALOGUE_TEXTS.no,
    def.source,
  ];
}

/** A sheet-added share and where its formula was written, checked once every row is known. */
interface PendingShare {
  readonly def: IndicatorDef;
  readonly row: number;
}

export function parseCatalogueSheet(grid: Grid, base: Catalogue = BUILTIN_CATALOGUE): CatalogueSheet {
  const header = catalogueHeaderOf(grid);
  if (header === null) return { catalogue: base, header: null, issues: [] };
  const issues: Issue[] = headerIssues(grid, header);
  const col = header.columns as Record<CatalogueField, number | undefined>;
  const report = (row: number, field: CatalogueField, severity: Severity, text: IssueText) => {
    const column = col[field] ?? (col.id as number);
    const params = { value: cellText(grid.values[row - 1]?.[column - 1]), field };
    issues.push(
      createIssue('catalogue/invalid', { sheet: grid.name, row, column }, text, { severity, params }),
    );
  };
  const raw = (row: number, field: CatalogueField): unknown => {
    const column = col[field];
    return column === undefined ? '' : grid.values[row - 1]?.[column - 1];
  };
  const at = (row: number, field: CatalogueField) => a1(row, col[field] ?? (col.id as number));
  const shown = (row: number, field: CatalogueField) => cellText(raw(row, field));

  const builtinById = new Map(base.indicators.map((def) => [def.id, def]));
  const builtinByCode = new Map(
    base.indicators.filter((d) => d.code !== null).map((def) => [def.code as string, def]),
  );
  const builtinByTitle = new Map(base.indicators.map((def) => [normaliseKey(def.title), def]));
  const overrides = new Map<string, IndicatorDef>();
  const added: IndicatorDef[] = [];
  const shares: PendingShare[] = [];
  const idRow = new Map<string, number>();
  const codesTaken = new Set(builtinByCode.keys());
  const titlesTaken = new Set(builtinByTitle.keys());

  for (let r = header.row + 1; r <= grid.values.length; r++) {
    const cells = grid.values[r - 1];
    if (cells.every((value) => cellText(value) === '')) continue;
    const idText = shown(r, 'id');
    const codeText = codeKey(raw(r, 'code'));
    const titleKey = normaliseKey(raw(r, 'title'));
    const builtin =
      idText !== ''
        ? builtinById.get(idText)
        : ((codeText !== '' ? builtinByCode.get(codeText) : undefined) ??
          (titleKey !== '' ? builtinByTitle.get(titleKey) : undefined));
    const id = builtin?.id ?? idText;
    if (id === '') {
      report(r, 'id', 'error', M.noId(at(r, 'id')));
      continue;
    }
    if (readCell(INDICATOR_ID, id) === 'invalid') {
      report(r, 'id', 'error', M.badId(at(r, 'id'), idText));
      continue;
    }
    const firstRow = idRow.get(id);
    if (firstRow !== undefined) {
      report(r, 'id', 'error', M.duplicateId(at(r, 'id'), id, a1(firstRow, col.id as number)));
      continue;
    }
    idRow.set(id, r);

    const typeText = shown(r, 'type');
    const typeCell = readCell(INDICATOR_TYPE, raw(r, 'type'));
    if (typeCell === 'invalid') report(r, 'type', 'error', M.badType(at(r, 'type'), typeText));
    const typeRead = typeCell === 'invalid' ? undefined : typeCell;
    const target = readTarget(grid, r, col.target, typeRead ?? builtin?.type ?? 'count');
    if (target === 'invalid') report(r, 'target', 'error', M.badTarget(at(r, 'target'), shown(r, 'target')));
    const requiredText = shown(r, 'required');
    const requiredCell = readCell(REQUIRED_FLAG, raw(r, 'required'));
    if (requiredCell === 'invalid')
      report(r, 'required', 'error', M.badRequired(at(r, 'required'), requiredText));
    const requiredRead = requiredCell === 'invalid' ? undefined : requiredCell;
    const titleText = shown(r, 'title');
    const sectionText = shown(r, 'section');
    const sourceText = shown(r, 'source');
    const numeratorText = shown(r, 'numerator');
    const denominatorText = shown(r, 'denominator');

    if (builtin) {
      if (typeRead !== undefined && typeRead !== builtin.type) {
        report(r, 'type', 'warning', M.fixedType(at(r, 'type'), typeText, builtin.type));
      }
      // A code in a number cell may have lost its text («1.10» → 1.1): compare typed codes only.
      if (
        typeof raw(r, 'code') === 'string' &&
        codeText !== '' &&
        builtin.code !== null &&
        codeText !== builtin.code
      ) {
        report(r, 'code', 'warning', M.fixedCode(at(r, 'code'), shown(r, 'code'), builtin.code));
      }
      if (numeratorText !== '' && builtin.numerator !== undefined && numeratorText !== builtin.numerator) {
        report(
          r,
          'numerator',
          'warning',
          M.fixedFormula(at(r, 'numerator'), numeratorText, builtin.numerator),
        );
      }
      if (
        denominatorText !== '' &&
        builtin.denominator !== undefined &&
        denominatorText !== builtin.denominator
      ) {
        report(
          r,
          'denominator',
          'warning',
          M.fixedFormula(at(r, 'denominator'), denominatorText, builtin.denominator),
        );
      }
      const clash = titleText !== '' && titleKey !== normaliseKey(builtin.title) && titlesTaken.has(titleKey);
      if (clash) report(r, 'title', 'error', M.duplicateTitle(at(r, 'title'), titleText));
      const title = titleText === '' || clash ? builtin.title : titleText;
      titlesTaken.add(normaliseKey(title));
      overrides.set(id, {
        ...builtin,
        title,
        section: sectionText || builtin.section,
        source: sourceText || builtin.source,
        // The sheet is the catalogue in force: an emptied target cell means «no target».
        target: col.target === undefined || target === 'invalid' ? builtin.target : target,
        required: isInput(builtin) ? (requiredRead ?? builtin.required) : false,
      });
      continue;
    }

    if (titleText === '') {
      report(r, 'title', 'error', M.noTitle(at(r, 'title')));
      continue;
    }
    if (titlesTaken.has(titleKey)) {
      report(r, 'title', 'error', M.duplicateTitle(at(r, 'title'), titleText));
      continue;
    }
    if (typeRead === undefined) {
      if (typeText === '') report(r, 'type', 'error', M.noType(at(r, 'type')));
      continue;
    }
    const code = typeRead === 'share' || codeText === '' ? null : codeText;
    if (code !== null && codesTaken.has(code)) {
      report(r, 'code', 'error', M.duplicateCode(at(r, 'code'), shown(r, 'code')));
      continue;
    }
    const def: IndicatorDef = {
      code,
      id,
      section: sectionText || CATALOGUE_TEXTS.addedSection,
      title: titleText,
      type: typeRead,
      ...(typeRead === 'share' && numeratorText !== '' ? { numerator: numeratorText } : {}),
      ...(typeRead === 'share' && denominatorText !== '' ? { denominator: denominatorText } : {}),
      target: target === 'invalid' ? null : target,
      required: typeRead !== 'share' && (requiredRead ?? false),
      source: sourceText,
    };
    if (code !== null) codesTaken.add(code);
    titlesTaken.add(titleKey);
    if (typeRead === 'share') shares.push({ def, row: r });
    else added.push(def);
  }

  const inputs = new Map<string, IndicatorDef>();
  for (const def of [...base.indicators, ...added])
    if (isInput(def)) inputs.set(def.id, overrides.get(def.id) ?? def);
  const knownIds = new Set([...base.indicators, ...added, ...shares.map((s) => s.def)].map((def) => def.id));
  const validShares = shares.filter(({ def, row }) => {
    const problem = shareProblem(def, inputs, knownIds);
    if (problem === null) return true;
    const field = problem.field;
    const text =
      problem.kind === 'missing'
        ? M.noNumerator(at(row, 'numerator'))
        : problem.kind === 'unknown'
          ? M.unknownOperand(at(row, field), shown(row, field))
          : problem.kind === 'no-denominator'
            ? M.noDenominator(at(row, 'denominator'), shown(row, 'numerator'))
            : M.badOperand(at(row, field), shown(row, field));
    report(row, field, 'error', text);
    return false;
  });

  const definedIds = new Set(
    [...base.indicators, ...added, ...validShares.map((s) => s.def)].map((def) => def.id),
  );
  const autoSchoolShares = added
    .filter((def) => def.type === 'flag' && !definedIds.has(schoolShareId(def.id)))
    .filter((def) => !validShares.some((s) => s.def.numerator === def.id && s.def.denominator === undefined))
    .map(schoolShareOf);
  const indicators = [
    ...base.indicators.map((def) => overrides.get(def.id) ?? def),
    ...added,
    ...validShares.map((s) => s.def),
    ...autoSchoolShares,
  ];
  return { catalogue: { indicators }, header, issues };
}

type ShareProblem = {
  kind: 'missing' | 'unknown' | 'not-input' | 'no-denominator';
  field: 'numerator' | 'denominator';
};

function shareProblem(
  def: IndicatorDef,
  inputs: ReadonlyMap<string, IndicatorDef>,
  knownIds: ReadonlySet<string>,
): ShareProblem | null {
  const missing = (id: string, field: ShareProblem['field']): ShareProblem => ({
    kind: knownIds.has(id) ? 'not-input' : 'unknown',
    field,
  });
  if (def.numerator === undefined) return { kind: 'missing', field: 'numerator' };
  const numerator = inputs.get(def.numerator);
  if (numerator === undefined) return missing(def.numerator, 'numerator');
  if (def.denominator === undefined)
    return numerator.type === 'flag' ? null : { kind: 'no-denominator', field: 'denominator' };
  const denominator = inputs.get(def.denominator);
  if (denominator === undefined) return missing(def.denominator, 'denominator');
  if (numerator.type !== 'count') return { kind: 'not-input', field: 'numerator' };
  if (denominator.type !== 'count') return { kind: 'not-input', field: 'denominator' };
  return null;
}

/**
 * Targets of shares, percents and flags are fractions: 100 %, «100%», 1, 0.7 and 70 are all read
 * (a number above 1 is taken for percents). Counts are plain non-negative numbers.
 */
function readTarget(
  grid: Grid,
  row: number,
  column: number | undefined,
  type: IndicatorType,
): number | null | 'invalid' {
  if (column === undefined) return null;
  const raw = grid.values[row - 1]?.[column - 1];
  if (isEmptyCell(raw) || cellText(raw) === '') return null;
  const percentFormatted = (grid.numberFormats?.[row - 1]?.[column - 1] ?? '').includes('%');
  const text = cellText(raw);
  const signed = typeof raw === 'string' && /%$/.test(text);
  const n =
    typeof raw === 'number' ? raw : typeof raw === 'string' ? numberFromText(text.replace(/%$/, '')) : null;
  if (n === null || !Number.isFinite(n) || n < 0) return 'invalid';
  if (type === 'count') return signed ? 'invalid' : n;
  const fraction = signed || (!percentFormatted && n > 1) ? n / 100 : n;
  return fraction <= 1 ? fraction : 'invalid';
}

function headerIssues(grid: Grid, header: HeaderMatch<CatalogueField>): Issue[] {
  const issues: Issue[] = [];
  const at = (column: number, code: IssueCode, severity: Severity, text: IssueText) => {
    const params = { value: cellText(grid.values[header.row - 1]?.[column - 1]) };
    issues.push(createIssue(code, { sheet: grid.name, row: header.row, column }, text, { severity, params }));
  };
  const absent = CATALOGUE_FIELDS.filter((spec) => header.columns[spec.field] === undefined);
  if (absent.length > 0) {
    const labels = absent.map((spec) => catalogueHeader[CATALOGUE_FIELDS.indexOf(spec)]);
    at(1, 'header/missing-column', 'info', M.missingColumns(a1(header.row, 1), labels));
  }
  for (const dup of header.duplicates) {
    at(
      dup.column,
      'header/duplicate-column',
      'warning',
      M.duplicateColumn(a1(header.row, dup.column), cellText(grid.values[header.row - 1]?.[dup.column - 1])),
    );
  }
  if (header.extra.length > 0) {
    const cells = header.extra.map((e) => `${a1(header.row, e.column)} ${quote(e.text)}`).join(', ');
    at(header.extra[0].column, 'header/extra-column', 'info', M.extraColumns(cells));
  }
  return issues;
}
