/**
 * SpreadsheetApp.newDataValidation(): the builder and the rules it builds. Like Google, a new
 * builder allows invalid input until setAllowInvalid(false); list criteria values are
 * [values, showDropdown] as getCriteriaValues() gives them.
 */
import { service, type Env } from './env';

export const DataValidationCriteria = {
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
} as const;

interface RuleState {
  criteriaType: string | null;
  criteriaValues: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class DataValidation {
  constructor(
    private readonly _env: Env,
    private readonly _state: RuleState,
  ) {}

  getCriteriaType(): string | null {
    return this._state.criteriaType;
  }

  getCriteriaValues(): unknown[] {
    return this._state.criteriaValues.map((v) => (Array.isArray(v) ? [...v] : v));
  }

  getAllowInvalid(): boolean {
    return this._state.allowInvalid;
  }

  getHelpText(): string | null {
    return this._state.helpText === '' ? null : this._state.helpText;
  }

  copy(): DataValidationBuilder {
    return newDataValidationBuilder(this._env, { ...this._state, criteriaValues: this.getCriteriaValues() });
  }
}

export class DataValidationBuilder {
  constructor(
    private readonly _env: Env,
    private readonly _state: RuleState,
  ) {}

  private _criteria(type: string, values: unknown[]): this {
    this._state.criteriaType = type;
    this._state.criteriaValues = values;
    return this;
  }

  requireValueInList(values: unknown[], showDropdown = true): this {
    return this._criteria(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }

  requireValueInRange(range: unknown, showDropdown = true): this {
    return this._criteria(DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this._criteria(DataValidationCriteria.CHECKBOX, values);
  }

  requireNumberBetween(start: number, end: number): this {
    return this._criteria(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this._criteria(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [number]);
  }

  requireNumberGreaterThan(number: number): this {
    return this._criteria(DataValidationCriteria.NUMBER_GREATER_THAN, [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): this {
    return this._criteria(DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [number]);
  }

  requireTextIsEmail(): this {
    return this._criteria(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }

  requireTextIsUrl(): this {
    return this._criteria(DataValidationCriteria.TEXT_IS_VALID_URL, []);
  }

  requireFormulaSatisfied(formula: string): this {
    return this._criteria(DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }

  setAllowInvalid(allowInvalid: boolean): this {
    this._state.allowInvalid = allowInvalid;
    return this;
  }

  setHelpText(helpText: string): this {
    this._state.helpText = helpText;
    return this;
  }

  getCriteriaType(): string | null {
    return this._state.criteriaType;
  }

  getAllowInvalid(): boolean {
    return this._state.allowInvalid;
  }

  getHelpText(): string | null {
    return this._state.helpText === '' ? null : this._state.helpText;
  }

  build(): DataValidation {
    return service(this._env, 'DataValidation', new DataValidation(this._env, { ...this._state }));
  }
}

export function newDataValidationBuilder(env: Env, state?: RuleState): DataValidationBuilder {
  const initial: RuleState = state ?? {
    criteriaType: null,
    criteriaValues: [],
    allowInvalid: true,
    helpText: '',
  };
  return service(env, 'DataValidationBuilder', new DataValidationBuilder(env, initial));
}
