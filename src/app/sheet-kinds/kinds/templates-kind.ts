/**
 * «Шаблоны рекомендаций»: the coordinator's own recommendation texts, applied to the built-in
 * ones; its template lays the built-in texts out as that sheet, to be edited there.
 */
import { SKIP_REASONS } from '../../../core/monitoring/messages';
import { BUILTIN_TEMPLATES, type RecommendationTemplate } from '../../../core/recommendations/templates';
import { buildTemplatesSheet, TEMPLATE_COLUMNS } from '../../../core/recommendations/templates-sheet';
import { parseTemplatesSheet } from '../../../core/recommendations/templates-sheet-parser';
import { fullHeader } from '../header-score';
import type { SheetKind } from '../sheet-kind';

declare module '../sheet-kind' {
  interface KindOutputs {
    /** Recommendation templates in force: the sheet's rows over the built-in ones. */
    templates: readonly RecommendationTemplate[];
  }
}

export const TEMPLATES_KIND: SheetKind<'templates'> = {
  id: 'templates',
  recognise: fullHeader(TEMPLATE_COLUMNS),
  secondSkipped: SKIP_REASONS.secondTemplates,
  phase: 1,
  none: BUILTIN_TEMPLATES,
  analyse([grid], state) {
    const parsed = parseTemplatesSheet(grid);
    state.addIssues(parsed.issues);
    return parsed.templates;
  },
  checkAlone: (grid) => parseTemplatesSheet(grid).issues,
  marked: false,
  template: {
    caption: 'Создать лист «Шаблоны рекомендаций»',
    functionName: 'menuCreateTemplatesSheet',
    sheet: () => buildTemplatesSheet(),
  },
};
