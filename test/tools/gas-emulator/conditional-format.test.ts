import { describe, it, expect } from 'vitest';
import { createEmulator } from './index';

function app() {
  const emulator = createEmulator();
  const SpreadsheetApp = emulator.globals.SpreadsheetApp as {
    newDataValidation(): import('./data-validation').DataValidationBuilder;
    newConditionalFormatRule(): import('./conditional-format').ConditionalFormatRuleBuilder;
    DataValidationCriteria: Record<string, string>;
  };
  const sheet = emulator.seedSheet('База наставников', [['Форма наставничества'], ['педагог — педагог']]);
  return { emulator, SpreadsheetApp, sheet };
}

describe('Conditional format rule builder', () => {
  it('builds rules with conditions, formats and ranges and stores them on the sheet', () => {
    const { SpreadsheetApp, sheet } = app();
    const range = sheet.getRange('E6:E50');
    const low = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberLessThan(0.5)
      .setBackground('#F4CCCC')
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([range])
      .build();
    const between = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberBetween(0.5, 0.99)
      .setBackground('#fff2cc')
      .setRanges([range])
      .build();
    const empty = SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#d9d9d9')
      .setRanges([range])
      .build();
    const formula = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$G6="не достигнуто"')
      .setFontColor('red')
      .setRanges([range])
      .build();

    const condition = low.getBooleanCondition();
    expect([
      condition?.getCriteriaType(),
      condition?.getCriteriaValues(),
      condition?.getBackground(),
      condition?.getFontColor(),
      condition?.getBold(),
    ]).toEqual(['NUMBER_LESS_THAN', [0.5], '#f4cccc', '#990000', true]);
    expect(condition?.getBackgroundObject()?.asHexString()).toBe('#f4cccc');
    expect(between.getBooleanCondition()?.getCriteriaValues()).toEqual([0.5, 0.99]);
    expect(empty.getBooleanCondition()?.getCriteriaType()).toBe('CELL_EMPTY');
    expect(formula.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$G6="не достигнуто"']);
    expect(low.getRanges().map((r) => r.getA1Notation())).toEqual(['E6:E50']);

    sheet.setConditionalFormatRules([low, between, empty, formula]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(4);
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('builds a text rule and a greater-or-equal rule', () => {
    const { SpreadsheetApp } = app();
    const met = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('достигнуто')
      .setBackground('#d9ead3')
      .build();
    const target = SpreadsheetApp.newConditionalFormatRule().whenNumberGreaterThanOrEqualTo(0.7).build();
    expect([
      met.getBooleanCondition()?.getCriteriaType(),
      met.getBooleanCondition()?.getCriteriaValues(),
    ]).toEqual(['TEXT_EQUAL_TO', ['достигнуто']]);
    expect(target.getBooleanCondition()?.getCriteriaType()).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
    expect(target.getBooleanCondition()?.getBackground()).toBeNull();
  });
});
