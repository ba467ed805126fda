/**
 * Use cases «Создать лист «База наставников»», «Создать лист «Показатели»», «Создать лист «Шаблоны
 * рекомендаций»» and «Создать листы ОО по списку». They only ever add sheets: an existing sheet
 * of the same name is never overwritten.
 */
import { BUILTIN_CATALOGUE, type Catalogue } from '../core/catalogue/catalogue';
import { isCatalogueSheet, parseCatalogueSheet } from '../core/catalogue/catalogue-sheet';
import { baseTemplate, canonicalForms } from '../core/templates/base-template';
import { catalogueTemplate } from '../core/templates/catalogue-template';
import { CATALOGUE_SHEET_NAME, TEMPLATE_SKIP_REASONS } from '../core/templates/messages';
import { SCHOOL_NAME_CELL, schoolTemplate } from '../core/templates/school-template';
import { sheetNameFor } from '../core/templates/sheet-name';
import { parametersTemplate } from '../core/parameters/parameters-template';
import { buildTemplatesSheet } from '../core/recommendations/templates-sheet';
import { rosterTemplate } from '../core/roster';
import type { SheetModel } from '../core/sheet/sheet-model';
import { schoolKey } from '../core/text/school-name';
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

export function createBaseSheet(
  workbook: Workbook,
  forms: readonly string[] = canonicalForms(),
): TemplateOutcome {
  return createOne(workbook, baseTemplate(forms));
}

export function createCatalogueSheet(
  workbook: Workbook,
  catalogue: Catalogue = BUILTIN_CATALOGUE,
): TemplateOutcome {
  return createOne(workbook, catalogueTemplate(catalogue));
}

/** The built-in recommendation texts as the coordinator's own sheet, to be edited there. */
export function createTemplatesSheet(workbook: Workbook): TemplateOutcome {
  return createOne(workbook, buildTemplatesSheet());
}

/** «Параметры»: what the report and the letters say in whose name and on what grounds. */
export function createParametersSheet(workbook: Workbook): TemplateOutcome {
  return createOne(workbook, parametersTemplate());
}

/** An empty «Список ОО» for the coordinator to fill with the schools taking part. */
export function createRosterSheet(workbook: Workbook): TemplateOutcome {
  return createOne(workbook, rosterTemplate());
}

/** The catalogue of a «Показатели» sheet when the workbook has one, else the built-in catalogue. */
export function catalogueOf(workbook: Workbook, names: readonly string[]): Catalogue {
  const name = names.find((existing) => existing.toLowerCase() === CATALOGUE_SHEET_NAME.toLowerCase());
  if (name === undefined) return BUILTIN_CATALOGUE;
  const grid = workbook.readSheet(name);
  return isCatalogueSheet(grid) ? parseCatalogueSheet(grid).catalogue : BUILTIN_CATALOGUE;
}

/**
 * One monitoring tab per school of `schoolNames` (see parseSchoolList for pasted text). A school
 * whose tab name is taken is skipped, not overwritten; two different schools whose names are cut
 * to the same 31 characters get «(2)». `catalogue` defaults to the workbook's «Показатели».
 */
export function createSchoolSheets(
  workbook: Workbook,
  schoolNames: readonly string[],
  period: string,
  catalogue?: Catalogue,
): TemplateOutcome {
  const existing = sheetNames(workbook);
  const inForce = catalogue ?? catalogueOf(workbook, existing);
  const created: string[] = [];
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
    const unique = sheetNameFor(name, [...existing, ...created]) as string;
    // Fresh tabs differ only in the school's name: the first is drawn, the others copied from it.
    if (created.length > 0 && workbook.copySheet)
      workbook.copySheet(created[0], unique, { ...SCHOOL_NAME_CELL, values: [[name]] });
    else workbook.createSheet(unique, { ...schoolTemplate(name, inForce, period), name: unique });
    created.push(unique);
  }
  return { created, skipped };
}
