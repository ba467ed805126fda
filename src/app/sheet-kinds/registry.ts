/**
 * Every kind of sheet, in the order a sheet is recognised: the add-on's generated sheets by their
 * marker first, then by header the base, the catalogue, the recommendation templates, the parameters,
 * the roster «Список ОО», last period's long-format rows, and last a school's monitoring tab (the
 * loosest header). A new kind is one entry here.
 */
import { findBaseHeader, isBaseSheet, validateBase } from '../../core/base';
import { isInput } from '../../core/catalogue/catalogue';
import { secondPreviousReason } from '../../core/long-format/messages';
import { isLongTable, readLongTable } from '../../core/long-format/read-long-table';
import { isCatalogueSheet, parseCatalogueSheet } from '../../core/catalogue/catalogue-sheet';
import { findMonitoringHeader, isSchoolTab } from '../../core/monitoring/monitoring-header';
import { SKIP_REASONS } from '../../core/monitoring/messages';
import { isParametersSheet, parseParametersSheet } from '../../core/parameters/parameters-sheet';
import { isTemplatesSheet, parseTemplatesSheet } from '../../core/recommendations/templates-sheet-parser';
import { isRosterSheet, parseRosterSheet } from '../../core/roster';
import { needsFullRead, planBaseMarks } from '../live/base-edit';
import { planTabMarks } from '../live/school-tab-edit';
import {
  analyseBase,
  analyseCatalogue,
  analysePrevious,
  analyseParameters,
  analyseRoster,
  analyseSchoolTabs,
  analyseTemplates,
  checkTabAlone,
} from './analysis-steps';
import { TEMPLATE_CAPTIONS } from './messages';
import type { SheetKind, SheetKindId } from './sheet-kind';

export const SHEET_KINDS: readonly SheetKind[] = [
  { id: 'summary', generated: 'summary', phase: 1, marked: false },
  { id: 'recommendations', generated: 'recommendations', phase: 1, marked: false },
  {
    id: 'base',
    recognise: isBaseSheet,
    readsMerges: true,
    secondSkipped: SKIP_REASONS.secondBase,
    phase: 3,
    analyse: analyseBase,
    checkAlone: (grid, context) => validateBase(grid, context).issues,
    marked: true,
    startLive(top) {
      const header = findBaseHeader(top);
      if (header === null) return null;
      return {
        headerRow: header.row,
        reads: 'rows',
        needsAllRows: (area, oldValue) => needsFullRead(header, area, oldValue),
        plan: (grid, area, oldValue, options) => planBaseMarks({ header, grid, area, oldValue, options }),
      };
    },
    template: { caption: TEMPLATE_CAPTIONS.base, functionName: 'menuCreateBaseSheet' },
  },
  {
    id: 'catalogue',
    recognise: isCatalogueSheet,
    // Targets typed as 0.7 in a %-formatted cell are 70 %.
    readsFormats: () => true,
    secondSkipped: SKIP_REASONS.secondCatalogue,
    phase: 1,
    analyse: analyseCatalogue,
    checkAlone: (grid) => parseCatalogueSheet(grid).issues,
    marked: true,
    template: { caption: TEMPLATE_CAPTIONS.catalogue, functionName: 'menuCreateCatalogueSheet' },
  },
  {
    id: 'templates',
    recognise: isTemplatesSheet,
    secondSkipped: SKIP_REASONS.secondTemplates,
    phase: 1,
    analyse: analyseTemplates,
    checkAlone: (grid) => parseTemplatesSheet(grid).issues,
    marked: false,
    template: { caption: TEMPLATE_CAPTIONS.templates, functionName: 'menuCreateTemplatesSheet' },
  },
  {
    id: 'parameters',
    recognise: isParametersSheet,
    secondSkipped: SKIP_REASONS.secondParameters,
    phase: 1,
    analyse: analyseParameters,
    checkAlone: (grid) => parseParametersSheet(grid).issues,
    marked: false,
    template: { caption: TEMPLATE_CAPTIONS.parameters, functionName: 'menuCreateParametersSheet' },
  },
  {
    id: 'roster',
    recognise: isRosterSheet,
    secondSkipped: SKIP_REASONS.secondRoster,
    phase: 1,
    analyse: analyseRoster,
    checkAlone: (grid) => parseRosterSheet(grid).issues,
    marked: true,
    template: { caption: TEMPLATE_CAPTIONS.roster, functionName: 'menuCreateRosterSheet' },
  },
  {
    // Its header is the long format's sixteen columns, so no other sheet is taken for it.
    id: 'previous',
    recognise: (grid) => isLongTable(grid.values),
    secondSkipped: secondPreviousReason,
    phase: 1,
    analyse: analysePrevious,
    checkAlone: (grid) => readLongTable(grid.name, grid.values).issues,
    marked: true,
  },
  {
    id: 'school-tab',
    recognise: isSchoolTab,
    // Only indicators in percent need the formats; the built-in catalogue has none.
    readsFormats: (catalogue) => catalogue.indicators.some((def) => isInput(def) && def.type === 'percent'),
    phase: 2,
    analyse: analyseSchoolTabs,
    checkAlone: checkTabAlone,
    marked: true,
    startLive(top) {
      const header = findMonitoringHeader(top);
      if (header === null) return null;
      return {
        headerRow: header.row,
        reads: 'whole',
        needsAllRows: () => true,
        plan: (grid, area, oldValue) => planTabMarks(grid, header, area, oldValue),
      };
    },
    template: { caption: TEMPLATE_CAPTIONS.schoolTabs, functionName: 'menuCreateSchoolSheets' },
  },
];

export function sheetKind(id: SheetKindId): SheetKind {
  return SHEET_KINDS.find((kind) => kind.id === id) as SheetKind;
}
