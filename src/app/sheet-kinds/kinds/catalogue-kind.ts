/** «Показатели»: the municipality's own catalogue of indicators, applied to the built-in one. */
import { BUILTIN_CATALOGUE, type Catalogue } from '../../../core/catalogue/catalogue';
import { CATALOGUE_FIELDS, parseCatalogueSheet } from '../../../core/catalogue/catalogue-sheet';
import { SKIP_REASONS } from '../../../core/monitoring/messages';
import { catalogueTemplate } from '../../../core/templates/catalogue-template';
import { fullHeader } from '../header-score';
import type { SheetKind } from '../sheet-kind';

declare module '../sheet-kind' {
  interface KindOutputs {
    /** The catalogue in force: the built-in one, with the sheet's changes and additions. */
    catalogue: Catalogue;
  }
}

export const CATALOGUE_KIND: SheetKind<'catalogue'> = {
  id: 'catalogue',
  recognise: fullHeader(CATALOGUE_FIELDS),
  // Targets typed as 0.7 in a %-formatted cell are 70 %.
  readsFormats: () => true,
  secondSkipped: SKIP_REASONS.secondCatalogue,
  phase: 1,
  none: BUILTIN_CATALOGUE,
  analyse([grid], state) {
    const parsed = parseCatalogueSheet(grid, state.outputs.catalogue);
    state.addIssues(parsed.issues);
    return parsed.catalogue;
  },
  checkAlone: (grid) => parseCatalogueSheet(grid).issues,
  marked: true,
  template: {
    caption: 'Создать лист «Показатели»',
    functionName: 'menuCreateCatalogueSheet',
    files: { municipal: 1 },
    sheet: (options) => catalogueTemplate(options.catalogue ?? BUILTIN_CATALOGUE),
  },
};
