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

describe('Data validation builder', () => {
  it('builds a list rule and reads it back from cells', () => {
    const { SpreadsheetApp, sheet } = app();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['педагог — педагог', 'ученик — ученик'], true)
      .setAllowInvalid(false)
      .setHelpText('Выберите форму из списка')
      .build();
    expect(rule.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['педагог — педагог', 'ученик — ученик'], true]);
    expect([rule.getAllowInvalid(), rule.getHelpText()]).toEqual([false, 'Выберите форму из списка']);

    sheet.getRange('A2:A3').setDataValidation(rule);
    expect(
      sheet
        .getRange('A2:A4')
        .getDataValidations()
        .map(([r]) => r?.getCriteriaType() ?? null),
    ).toEqual(['VALUE_IN_LIST', 'VALUE_IN_LIST', null]);
    sheet.getRange('A2').clearDataValidations();
    expect(sheet.getRange('A2').getDataValidation()).toBeNull();
  });

  it('allows invalid input by default and copies into an editable builder', () => {
    const { SpreadsheetApp } = app();
    const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    expect([checkbox.getCriteriaType(), checkbox.getAllowInvalid(), checkbox.getHelpText()]).toEqual([
      'CHECKBOX',
      true,
      null,
    ]);
    const strict = checkbox.copy().setAllowInvalid(false).build();
    expect([strict.getCriteriaType(), strict.getAllowInvalid(), checkbox.getAllowInvalid()]).toEqual([
      'CHECKBOX',
      false,
      true,
    ]);
  });
});
