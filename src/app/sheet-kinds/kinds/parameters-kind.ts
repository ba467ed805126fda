/** «Параметры»: what the report and the letters say in whose name and on what grounds. */
import { SKIP_REASONS } from '../../../core/monitoring/messages';
import type { Parameters } from '../../../core/parameters/parameters';
import { PARAMETERS_COLUMNS, parseParametersSheet } from '../../../core/parameters/parameters-sheet';
import { parametersTemplate } from '../../../core/parameters/parameters-template';
import { fullHeader } from '../header-score';
import type { SheetKind } from '../sheet-kind';

declare module '../sheet-kind' {
  interface KindOutputs {
    /** What «Параметры» gives the documents; empty without that sheet. */
    parameters: Parameters;
  }
}

export const PARAMETERS_KIND: SheetKind<'parameters'> = {
  id: 'parameters',
  recognise: fullHeader(PARAMETERS_COLUMNS),
  secondSkipped: SKIP_REASONS.secondParameters,
  phase: 1,
  none: {},
  analyse([grid], state) {
    const parsed = parseParametersSheet(grid);
    state.addIssues(parsed.issues);
    return parsed.parameters;
  },
  checkAlone: (grid) => parseParametersSheet(grid).issues,
  marked: false,
  template: {
    caption: 'Создать лист «Параметры»',
    functionName: 'menuCreateParametersSheet',
    sheet: parametersTemplate,
  },
};
