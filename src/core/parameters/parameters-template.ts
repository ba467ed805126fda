/** The «Параметры» sheet the add-on creates: every parameter by name, its value to fill, an example. */
import type { SheetModel } from '../sheet/sheet-model';
import { HEADER_STYLE, INPUT_STYLE, LABEL_STYLE, TEXT_STYLE } from '../templates/template-style';
import { PARAMETER_EXAMPLES, PARAMETERS_HEADER, PARAMETERS_NOTE, PARAMETERS_SHEET_NAME } from './messages';
import { CALENDAR_PARAMETER_KEYS, PARAMETER_KEYS, PARAMETER_LABELS } from './parameters';

const EXAMPLE_STYLE = { italic: true, fontColor: '#666666', wrap: true } as const;

export function parametersTemplate(): SheetModel {
  return {
    name: PARAMETERS_SHEET_NAME,
    cells: [
      [...PARAMETERS_HEADER, 'Пример'].map((text) => ({ value: text, style: HEADER_STYLE })),
      ...[...PARAMETER_KEYS, ...CALENDAR_PARAMETER_KEYS].map((key) => [
        { value: PARAMETER_LABELS[key].label, style: LABEL_STYLE },
        { value: '', style: { ...INPUT_STYLE, ...TEXT_STYLE } },
        { value: PARAMETER_EXAMPLES[key], style: EXAMPLE_STYLE },
      ]),
    ],
    merges: [],
    columnWidths: [240, 420, 380],
    frozenRows: 1,
    conditionalFormats: [],
    charts: [],
    dataValidations: [],
    note: PARAMETERS_NOTE,
  };
}
