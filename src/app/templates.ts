/**
 * The template menu items «Создать лист …» and «Создать листы ОО по списку»: each kind of sheet
 * declares its template (registry.ts). They only ever add sheets: an existing sheet of the same
 * name is never overwritten.
 */
import { BUILTIN_CATALOGUE, type Catalogue } from '../core/catalogue/catalogue';
import { isCatalogueSheet, parseCatalogueSheet } from '../core/catalogue/catalogue-sheet';
import { CATALOGUE_SHEET_NAME, TEMPLATE_SKIP_REASONS } from '../core/templates/messages';
import { SCHOOL_NAME_CELL, schoolTemplate } from '../core/templates/school-template';
import { sheetNameFor } from '../core/templates/sheet-name';
import type { SheetModel } from '../core/sheet/sheet-model';
import { schoolKey } from '../core/text/school-name';
import { filledPeriod, periodInForce } from './school-year';
import { sheetKind } from './sheet-kinds/registry';
import type { SheetKindId, TemplateOptions } from './sheet-kinds/sheet-kind';
import type { Workbook } from './workbook';

export { parseSchoolList } from '../core/templates/school-list';

export interface TemplateOutcome {
  /** Tab names created, in order. */
  readonly created: string[];
  /** Names not created, with a Russian reason. */
  readonly skipped: { name: string; reason: string }[];
}

function sheetNames(workbook: Workbook): string[] {
  return workbook.listSheets().map((sheet) => sheet.name);
}

function hasSheet(names: readonly string[], name: string): boolean {
  return names.some((existing) => existing.toLowerCase() === name.toLowerCase());
}

function createOne(workbook: Workbook, model: SheetModel): TemplateOutcome {
  if (hasSheet(sheetNames(workbook), model.name)) {
    return { created: [], skipped: [{ name: model.name, reason: TEMPLATE_SKIP_REASONS.exists }] };
  }
  workbook.createSheet(model.name, model);
  return { created: [model.name], skipped: [] };
}

/**
 * Adds the template of a kind of sheet (registry.ts): its one sheet, or one tab per school of
 * `options.schools` (see createSchoolSheets). The catalogue defaults to the built-in one for
 * «Показатели» and to the workbook's «Показатели» for the tabs.
 */
export function createTemplate(
  workbook: Workbook,
  id: SheetKindId,
  options: TemplateOptions = {},
): TemplateOutcome {
  const template = sheetKind(id).template;
  if (template === undefined) return { created: [], skipped: [] };
  if ('sheet' in template) return createOne(workbook, template.sheet(options));
  const names = (options.schools ?? []).map((school) => school.name);
  return createSchoolSheets(workbook, names, options.period ?? '', { catalogue: options.catalogue });
}

/** The catalogue of a «Показатели» sheet when the workbook has one, else the built-in catalogue. */
export function catalogueOf(workbook: Workbook, names: readonly string[]): Catalogue {
  const name = names.find((existing) => existing.toLowerCase() === CATALOGUE_SHEET_NAME.toLowerCase());
  if (name === undefined) return BUILTIN_CATALOGUE;
  const grid = workbook.readSheet(name);
  return isCatalogueSheet(grid) ? parseCatalogueSheet(grid).catalogue : BUILTIN_CATALOGUE;
}

/** A school and the tab it gets. */
export interface SchoolTab {
  readonly school: string;
  readonly tab: string;
}

/** «Период» of «Параметры» when the coordinator filled it: the tabs say what «Сводная» and the documents say. */
export function tabPeriod(workbook: Workbook, existing: readonly string[], schoolYear: string): string {
  return periodInForce(filledPeriod(workbook, existing), schoolYear);
}

export interface SchoolTabsOptions {
  readonly period: string;
  readonly catalogue: Catalogue;
  /** Asked before each tab; false stops the run there (a time limit), leaving the rest for the next run. */
  readonly canContinue?: () => boolean;
}

/**
 * Makes the tabs in order and returns the names of those made: the first is drawn, the others are
 * copies of it with their own school's name — fresh tabs differ only in it, and a copy costs Google
 * one call where drawing costs some thirty. Every name must be free.
 */
export function addSchoolTabs(
  workbook: Workbook,
  tabs: readonly SchoolTab[],
  options: SchoolTabsOptions,
): string[] {
  const made: string[] = [];
  for (const { school, tab } of tabs) {
    if (options.canContinue && !options.canContinue()) break;
    if (made.length > 0 && workbook.copySheet)
      workbook.copySheet(made[0], tab, { ...SCHOOL_NAME_CELL, values: [[school]] });
    else
      workbook.createSheet(tab, { ...schoolTemplate(school, options.catalogue, options.period), name: tab });
    made.push(tab);
  }
  return made;
}

/**
 * One monitoring tab per school of `schoolNames` (see parseSchoolList for pasted text). A school
 * whose tab name is taken is skipped, not overwritten; two different schools whose names are cut
 * to the same 31 characters get «(2)». `catalogue` defaults to the workbook's «Показатели»;
 * `canContinue` (a time limit) may stop the run between two tabs, and `remaining` then says how
 * many are left: the same list given again skips the tabs already made.
 */
export function createSchoolSheets(
  workbook: Workbook,
  schoolNames: readonly string[],
  period: string,
  options: { readonly catalogue?: Catalogue; readonly canContinue?: () => boolean } = {},
): TemplateOutcome & { readonly remaining: number } {
  const existing = sheetNames(workbook);
  const inForce = options.catalogue ?? catalogueOf(workbook, existing);
  const planned: SchoolTab[] = [];
  const skipped: { name: string; reason: string }[] = [];
  const seen = new Set<string>();
  for (const raw of schoolNames) {
    const name = raw.replace(/\s+/g, ' ').trim();
    const tab = sheetNameFor(name, []);
    if (tab === null) {
      if (raw.trim() !== '') skipped.push({ name: raw, reason: TEMPLATE_SKIP_REASONS.empty });
      continue;
    }
    const key = schoolKey(name);
    if (seen.has(key)) {
      skipped.push({ name, reason: TEMPLATE_SKIP_REASONS.duplicate });
      continue;
    }
    seen.add(key);
    if (hasSheet(existing, tab)) {
      skipped.push({ name, reason: TEMPLATE_SKIP_REASONS.exists });
      continue;
    }
    planned.push({
      school: name,
      tab: sheetNameFor(name, [...existing, ...planned.map((p) => p.tab)]) as string,
    });
  }
  const created = addSchoolTabs(workbook, planned, {
    period: tabPeriod(workbook, existing, period),
    catalogue: inForce,
    canContinue: options.canContinue,
  });
  return { created, skipped, remaining: planned.length - created.length };
}
