/**
 * SpreadsheetApp.newConditionalFormatRule(): boolean conditions with a format, bound to ranges.
 * Rules are stored, not evaluated.
 */
import { normalizeColor } from './color';
import { service, type Env } from './env';
import type { Range } from './range';

export const BooleanCriteria = {
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
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
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
} as const;

interface RuleState {
  criteriaType: string | null;
  criteriaValues: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  ranges: Range[];
}

export class Color {
  constructor(private readonly _hex: string) {}

  asHexString(): string {
    return this._hex;
  }
  asRgbColor(): this {
    return this;
  }
}

export class BooleanCondition {
  constructor(
    private readonly _env: Env,
    private readonly _state: RuleState,
  ) {}

  getCriteriaType(): string | null {
    return this._state.criteriaType;
  }
  getCriteriaValues(): unknown[] {
    return [...this._state.criteriaValues];
  }
  getBackground(): string | null {
    return this._state.background;
  }
  getBackgroundObject(): Color | null {
    return this._state.background ? service(this._env, 'Color', new Color(this._state.background)) : null;
  }
  getFontColor(): string | null {
    return this._state.fontColor;
  }
  getFontColorObject(): Color | null {
    return this._state.fontColor ? service(this._env, 'Color', new Color(this._state.fontColor)) : null;
  }
  getBold(): boolean | null {
    return this._state.bold;
  }
  getItalic(): boolean | null {
    return this._state.italic;
  }
}

export class ConditionalFormatRule {
  constructor(
    private readonly _env: Env,
    private readonly _state: RuleState,
  ) {}

  getRanges(): Range[] {
    return [...this._state.ranges];
  }
  getBooleanCondition(): BooleanCondition | null {
    return this._state.criteriaType
      ? service(this._env, 'BooleanCondition', new BooleanCondition(this._env, this._state))
      : null;
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilder {
    return newConditionalFormatRuleBuilder(this._env, { ...this._state, ranges: [...this._state.ranges] });
  }
}

export class ConditionalFormatRuleBuilder {
  constructor(
    private readonly _env: Env,
    private readonly _state: RuleState,
  ) {}

  private _when(type: string, values: unknown[]): this {
    this._state.criteriaType = type;
    this._state.criteriaValues = values;
    return this;
  }

  whenCellEmpty(): this {
    return this._when(BooleanCriteria.CELL_EMPTY, []);
  }
  whenCellNotEmpty(): this {
    return this._when(BooleanCriteria.CELL_NOT_EMPTY, []);
  }
  whenFormulaSatisfied(formula: string): this {
    return this._when(BooleanCriteria.CUSTOM_FORMULA, [formula]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this._when(BooleanCriteria.NUMBER_BETWEEN, [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this._when(BooleanCriteria.NUMBER_NOT_BETWEEN, [start, end]);
  }
  whenNumberEqualTo(number: number): this {
    return this._when(BooleanCriteria.NUMBER_EQUAL_TO, [number]);
  }
  whenNumberNotEqualTo(number: number): this {
    return this._when(BooleanCriteria.NUMBER_NOT_EQUAL_TO, [number]);
  }
  whenNumberGreaterThan(number: number): this {
    return this._when(BooleanCriteria.NUMBER_GREATER_THAN, [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this._when(BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [number]);
  }
  whenNumberLessThan(number: number): this {
    return this._when(BooleanCriteria.NUMBER_LESS_THAN, [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): this {
    return this._when(BooleanCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [number]);
  }
  whenTextEqualTo(text: string): this {
    return this._when(BooleanCriteria.TEXT_EQUAL_TO, [text]);
  }
  whenTextContains(text: string): this {
    return this._when(BooleanCriteria.TEXT_CONTAINS, [text]);
  }
  whenTextDoesNotContain(text: string): this {
    return this._when(BooleanCriteria.TEXT_DOES_NOT_CONTAIN, [text]);
  }
  whenTextStartsWith(text: string): this {
    return this._when(BooleanCriteria.TEXT_STARTS_WITH, [text]);
  }
  whenTextEndsWith(text: string): this {
    return this._when(BooleanCriteria.TEXT_ENDS_WITH, [text]);
  }

  setBackground(color: string | null): this {
    this._state.background = color === null ? null : normalizeColor(color);
    return this;
  }

  setFontColor(color: string | null): this {
    this._state.fontColor = color === null ? null : normalizeColor(color);
    return this;
  }

  setBold(bold: boolean | null): this {
    this._state.bold = bold;
    return this;
  }

  setItalic(italic: boolean | null): this {
    this._state.italic = italic;
    return this;
  }

  setRanges(ranges: Range[]): this {
    this._state.ranges = [...ranges];
    return this;
  }

  getRanges(): Range[] {
    return [...this._state.ranges];
  }

  build(): ConditionalFormatRule {
    return service(
      this._env,
      'ConditionalFormatRule',
      new ConditionalFormatRule(this._env, { ...this._state, ranges: [...this._state.ranges] }),
    );
  }
}

export function newConditionalFormatRuleBuilder(env: Env, state?: RuleState): ConditionalFormatRuleBuilder {
  const initial: RuleState = state ?? {
    criteriaType: null,
    criteriaValues: [],
    background: null,
    fontColor: null,
    bold: null,
    italic: null,
    ranges: [],
  };
  return service(env, 'ConditionalFormatRuleBuilder', new ConditionalFormatRuleBuilder(env, initial));
}
