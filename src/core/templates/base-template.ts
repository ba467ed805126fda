/**
 * The empty «База наставников» sheet: the form of the Знаменский order № 96-Д, Приложение 3
 * (docs/domain.md#mentor-base) with a dropdown of forms.
 */
import { BASE_FIELD_ORDER, BASE_HEADERS, type BaseField } from '../base/fields';
import { FORMS_VOCABULARY } from '../base/forms-vocabulary';
import type { SheetModel } from '../sheet/sheet-model';
import { BASE_NOTE, BASE_SHEET_NAME } from './messages';
import { HEADER_STYLE, TEMPLATE_ROWS } from './template-style';

const WIDTHS: Readonly<Record<BaseField, number>> = {
  number: 50,
  mentor: 230,
  mentorOrg: 220,
  competences: 300,
  achievements: 300,
  mentees: 260,
  form: 240,
  menteeOrg: 220,
};

/** The canonical spelling of every form of the vocabulary, in its order. */
export function canonicalForms(): string[] {
  return FORMS_VOCABULARY.map((entry) => entry.canonical);
}

/**
 * `forms` fills the dropdown of «Форма наставничества». It is not strict: a curator may type a
 * form that is not listed, and the check then says whether it is recognised.
 */
export function baseTemplate(forms: readonly string[] = canonicalForms()): SheetModel {
  const formColumn = BASE_FIELD_ORDER.indexOf('form') + 1;
  return {
    name: BASE_SHEET_NAME,
    cells: [BASE_FIELD_ORDER.map((field) => ({ value: BASE_HEADERS[field], style: HEADER_STYLE }))],
    merges: [],
    columnWidths: BASE_FIELD_ORDER.map((field) => WIDTHS[field]),
    frozenRows: 1,
    conditionalFormats: [],
    charts: [],
    dataValidations: [
      {
        area: { row: 2, column: formColumn, rows: TEMPLATE_ROWS - 1, columns: 1 },
        values: forms,
        strict: false,
      },
    ],
    note: BASE_NOTE,
  };
}
