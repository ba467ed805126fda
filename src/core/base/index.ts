/** The «База наставников» validator: what other parts of the program use. */
export {
  validateBase,
  validateBaseCross,
  type BaseEntry,
  type CrossScope,
  type BaseValidation,
} from './validate-base';
export { validateBaseRows, checkDataRow, formulaErrors } from './row-rules';
export { createPeopleReader, type PeopleReader } from './people-reader';
export { checkNumbering, checkDuplicatePairs, checkBlankRows, type ColumnSlice } from './cross-rules';
export { isBaseSheet, findBaseHeader } from './base-header';
export { createBaseContext, rowKind, type BaseContext, type BaseOptions, type RowKind } from './base-context';
export { BASE_FIELDS, BASE_HEADERS, BASE_FIELD_ORDER, type BaseField } from './fields';
export { createFormMatcher, type FormMatch, type FormMatcher } from './forms';
export { FORMS_VOCABULARY, type FormEntry } from './forms-vocabulary';
export { personKey, checkFio } from './fio';
export { createOrganisationMatcher } from './organisations';
export { RULE_FIELDS, fieldsReadBy } from './rule-fields';
