/**
 * A whole demo municipality as plain grids: «Инструкция», «Показатели», «База наставников» and one
 * tab per school, with realistic, mutually consistent figures and a few typical mistakes planted
 * where curators make them. The same seed gives the same workbook; 300 schools and 10 000 base rows
 * take well under a second.
 */
import { a1, parseA1 } from '../core/sheet/a1';
import { BUILTIN_CATALOGUE } from '../core/catalogue/catalogue';
import type { Merge } from '../core/sheet/grid';
import type { IssueCode } from '../core/issues/issue';
import { PARAMETER_KEYS, type ParameterKey } from '../core/parameters/parameters';
import { parametersTemplate } from '../core/parameters/parameters-template';
import { baseTemplate } from '../core/templates/base-template';
import { catalogueTemplate } from '../core/templates/catalogue-template';
import { SCHOOL_TAB } from '../core/templates/messages';
import { modelToGrid } from '../core/templates/model-grid';
import { generateBase, type BaseRow } from './base-rows';
import { DEMO_PARAMETERS, DEMO_TEXTS } from './messages';
import { withInitials, type Person } from './people';
import { createRandom, type Random } from './random';
import { buildSchoolTab, type TabLayout } from './school-tab';
import { schoolValues, type Progress, type Values } from './school-values';
import { generateSchools } from './schools';

export interface DemoSheet {
  readonly name: string;
  readonly values: unknown[][];
  readonly numberFormats?: string[][];
  readonly merges?: Merge[];
  /** Pixel widths from column A on. */
  readonly columnWidths?: readonly number[];
}

/** A mistake put into the data on purpose, and the issue the check must report for it. */
export interface PlantedDefect {
  readonly sheet: string;
  readonly cell: string;
  readonly code: IssueCode;
}

export interface DemoMunicipality {
  readonly sheets: DemoSheet[];
  readonly planted: PlantedDefect[];
}

export interface DemoOptions {
  readonly seed: number;
  /** Number of schools; default 8. */
  readonly orgs?: number;
  /** Filled rows of «База наставников»; default 4–6 mentors per school. */
  readonly baseRows?: number;
  readonly period?: string;
  /** Plant the typical mistakes (default true); false gives a workbook without a single error. */
  readonly plantDefects?: boolean;
}

const BASE_COLUMNS = { mentor: 2, workplace: 3, form: 7 } as const;
const CODE_COLUMN = SCHOOL_TAB.header.indexOf('Код') + 1;
const TITLE_COLUMN = SCHOOL_TAB.header.indexOf('Показатель') + 1;

/** «МБОУ «СОШ № 3»» typed as «МКОУ СОШ №3»: another legal form, no quotes, no space after «№». */
function otherLegalForm(name: string): string {
  const swapped = name.replace(/^(М[БКА]ОУ)/, (form) => (form === 'МКОУ' ? 'МБОУ' : 'МКОУ'));
  return swapped.replace(/[«»]/g, '').replace(/№ /g, '№');
}
/** Unused numbered rows at the end of the base, as the form is handed out (not an error). */
const TEMPLATE_ROWS_LEFT = 3;

function rowsPerSchool(random: Random, orgs: number, baseRows: number | undefined): number[] {
  if (baseRows === undefined) return Array.from({ length: orgs }, () => random.int(4, 6));
  return Array.from({ length: orgs }, (_, i) => Math.floor(baseRows / orgs) + (i < baseRows % orgs ? 1 : 0));
}

function progressOf(index: number, orgs: number, random: Random): Progress {
  // One school (not among the first ones, which carry planted mistakes) has only just started.
  if (orgs >= 6 && index === orgs - 3) return 'starting';
  return random.chance(0.3) ? 'partial' : 'complete';
}

function layoutOf(index: number, orgs: number): TabLayout {
  if (orgs >= 7 && index === orgs - 1) return 'no-unit-column';
  if (orgs >= 7 && index === orgs - 2) return 'extra-title-row';
  return 'template';
}

/** «Соколова» → «Сoколова» with a Latin «o»: invisible on screen, breaks every match. */
function withLatinLetter(person: Person): string {
  const name = `${person.surname} ${person.name} ${person.patronymic}`;
  const at = name.search(/[аеосрх]/);
  const latin: Record<string, string> = { а: 'a', е: 'e', о: 'o', с: 'c', р: 'p', х: 'x' };
  return at < 0 ? name : name.slice(0, at) + latin[name[at]] + name.slice(at + 1);
}

/** A row not yet used whose mentor has no other row: of school `school` if it has one, else of any school. */
function singleRowOf(rows: readonly BaseRow[], school: number, taken: ReadonlySet<number>): number | null {
  const order = [...rows.keys()].sort(
    (a, b) => Number(rows[a].school !== school) - Number(rows[b].school !== school),
  );
  return order.find((i) => rows[i].onlyRowOfMentor && !taken.has(i)) ?? null;
}

export function generateMunicipality(options: DemoOptions): DemoMunicipality {
  const random = createRandom(options.seed);
  const orgs = Math.max(1, Math.floor(options.orgs ?? 8));
  const period = options.period ?? '2025';
  const catalogue = BUILTIN_CATALOGUE;
  const schools = generateSchools(random, orgs);
  const base = generateBase(random, schools, rowsPerSchool(random, orgs, options.baseRows));
  const planted: PlantedDefect[] = [];

  const values: Values[] = schools.map((school, i) =>
    schoolValues(random, base.facts[i], progressOf(i, orgs, random), school.name.startsWith('МКОУ')),
  );
  // Mistakes on school tabs, each on its own school while there are enough of them.
  const at = (k: number) => k % orgs;
  const tabDefects: { school: number; id: string; code: IssueCode; value: (v: Values) => unknown }[] = [
    { school: at(0), id: 'ped_mentees', code: 'value/not-integer', value: () => '12,5' },
    { school: at(1), id: 'kpk_trained', code: 'cell/formula-error', value: () => '#REF!' },
    { school: at(2), id: 'doc_roadmap', code: 'cell/required', value: () => '' },
    {
      school: at(3),
      id: 'young_mentees',
      code: 'logic/part-exceeds-total',
      value: (v) => (v.young_total as number) + 2,
    },
    {
      school: at(4),
      id: 'ped_mentors',
      code: 'cross/mentor-count-mismatch',
      value: (v) => (v.ped_mentors as number) + 2,
    },
  ];
  const tabs = schools.map((school, i) =>
    buildSchoolTab(random, school, { catalogue, period, values: values[i], layout: layoutOf(i, orgs) }),
  );
  const plant = options.plantDefects ?? true;
  // A corrected copy of a tab next to the stale original: the copy is counted, the original skipped.
  const copied = plant && orgs >= 7 ? at(5) : null;
  const copy =
    copied === null
      ? null
      : {
          ...tabs[copied],
          name: DEMO_TEXTS.correctedCopy(tabs[copied].name),
          values: tabs[copied].values.map((row) => row.slice()),
        };
  if (copied !== null) {
    const cell = parseA1(tabs[copied].valueCell.ped_mentees) as { row: number; column: number };
    tabs[copied].values[cell.row - 1][cell.column - 1] = DEMO_TEXTS.staleValue;
  }
  if (plant)
    tabDefects.push({
      school: at(7),
      id: 'ped_under35',
      code: 'value/annotated',
      value: (v) => DEMO_TEXTS.annotated(v.ped_under35),
    });
  for (const defect of plant ? tabDefects : []) {
    const tab = tabs[defect.school];
    const cell = tab.valueCell[defect.id];
    const { row, column } = parseA1(cell) as { row: number; column: number };
    tab.values[row - 1][column - 1] = defect.value(values[defect.school]);
    planted.push({ sheet: tab.name, cell, code: defect.code });
  }
  if (plant) {
    // A row titled in a municipal order's own wording, with no code: read as 1.2 with a note.
    const tab = tabs[at(3)];
    const { row } = parseA1(tab.valueCell.ped_mentors) as { row: number; column: number };
    tab.values[row - 1][TITLE_COLUMN - 1] = DEMO_TEXTS.orderWording;
    tab.values[row - 1][CODE_COLUMN - 1] = '';
    planted.push({ sheet: tab.name, cell: a1(row, CODE_COLUMN), code: 'indicator/title-variant' });
  }

  // Mistakes in the base, on rows whose mentor has no other row so that no count changes.
  const baseName = baseTemplate().name;
  const rows = base.rows;
  const taken = new Set<number>();
  const plantInBase = (school: number, column: number, code: IssueCode, text: (row: BaseRow) => string) => {
    const i = singleRowOf(rows, school, taken);
    if (i === null) return;
    taken.add(i);
    rows[i].cells[column - 1] = text(rows[i]);
    planted.push({ sheet: baseName, cell: a1(i + 2, column), code });
  };
  if (plant) {
    plantInBase(at(5), BASE_COLUMNS.mentor, 'fio/initials', (row) => withInitials(row.mentor));
    plantInBase(at(6), BASE_COLUMNS.mentor, 'fio/mixed-script', (row) => withLatinLetter(row.mentor));
    plantInBase(at(2), BASE_COLUMNS.form, 'form/nonstandard', () => DEMO_TEXTS.misspeltForm);
    // A workplace typed with another legal form, on a mentor with other rows so that no count changes.
    const other = rows.findIndex((row, i) => !row.onlyRowOfMentor && !taken.has(i) && row.school === at(7));
    if (other >= 0) {
      taken.add(other);
      rows[other].cells[BASE_COLUMNS.workplace - 1] = otherLegalForm(schools[rows[other].school].name);
      planted.push({ sheet: baseName, cell: a1(other + 2, BASE_COLUMNS.workplace), code: 'org/unknown' });
    }
  }

  const baseModel = baseTemplate();
  const header = baseModel.cells[0].map((cell) => cell.value as string);
  const unused = Array.from({ length: TEMPLATE_ROWS_LEFT }, (_, k) => [rows.length + k + 1]);
  // Curators close the base with a total, as on paper: skipped with a note.
  const total = plant
    ? [[DEMO_TEXTS.totalRow(new Set(rows.map((row) => row.cells[BASE_COLUMNS.mentor - 1])).size)]]
    : [];
  if (plant)
    planted.push({ sheet: baseName, cell: a1(rows.length + unused.length + 2, 1), code: 'row/total' });
  const catalogueGrid = modelToGrid(catalogueTemplate(catalogue));
  const sheets: DemoSheet[] = [
    {
      name: DEMO_TEXTS.instructionsSheet,
      values: DEMO_TEXTS.instructions.map((line) => [line]),
      columnWidths: [700],
    },
    {
      name: catalogueGrid.name,
      values: catalogueGrid.values.map((row) => row.slice()),
      numberFormats: (catalogueGrid.numberFormats ?? []).map((row) => row.slice()),
      columnWidths: catalogueTemplate(catalogue).columnWidths,
    },
    parametersSheet(period),
    {
      name: baseName,
      values: [header, ...rows.map((row) => row.cells), ...unused, ...total],
      columnWidths: baseModel.columnWidths,
    },
    ...[...tabs, ...(copy === null ? [] : [copy])].map((tab) => ({
      name: tab.name,
      values: tab.values,
      columnWidths: tab.columnWidths,
    })),
  ];
  return { sheets, planted };
}

/** «Параметры» filled in as a coordinator would, the period as the tabs give it. */
function parametersSheet(period: string): DemoSheet {
  const model = parametersTemplate();
  const filled: Partial<Record<ParameterKey, string>> = { ...DEMO_PARAMETERS, period };
  return {
    name: model.name,
    values: [
      model.cells[0].map((cell) => cell.value),
      ...PARAMETER_KEYS.map((key, i) => [
        model.cells[i + 1][0].value,
        filled[key] ?? '',
        model.cells[i + 1][2].value,
      ]),
    ],
    columnWidths: model.columnWidths,
  };
}
