/** The SpreadsheetApp global: the active spreadsheet, the Ui, builders and enums. */
import { BooleanCriteria, newConditionalFormatRuleBuilder } from './conditional-format';
import { DataValidationCriteria, newDataValidationBuilder } from './data-validation';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './developer-metadata';
import { service, type Env } from './env';
import { ProtectionType } from './protection';
import { BorderStyle, WrapStrategy, type Range } from './range';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';
import type { Ui } from './ui';

export function createSpreadsheetApp(env: Env, spreadsheet: Spreadsheet, ui: Ui) {
  return service(env, 'SpreadsheetApp', {
    BooleanCriteria,
    BorderStyle,
    DataValidationCriteria,
    DeveloperMetadataLocationType,
    DeveloperMetadataVisibility,
    ProtectionType,
    WrapStrategy,
    HorizontalAlignment: { LEFT: 'LEFT', CENTER: 'CENTER', NORMAL: 'NORMAL', RIGHT: 'RIGHT' },
    VerticalAlignment: { TOP: 'TOP', MIDDLE: 'MIDDLE', BOTTOM: 'BOTTOM' },
    getActive: (): Spreadsheet => spreadsheet,
    getActiveSpreadsheet: (): Spreadsheet => spreadsheet,
    getActiveSheet: (): Sheet => spreadsheet.getActiveSheet(),
    getActiveRange: (): Range => spreadsheet.getActiveRange(),
    getCurrentCell: (): Range => spreadsheet.getCurrentCell(),
    setActiveSheet: (sheet: Sheet): Sheet => spreadsheet.setActiveSheet(sheet),
    setActiveRange: (range: Range): Range => spreadsheet.setActiveRange(range),
    getUi: (): Ui => ui,
    flush: (): void => undefined,
    newDataValidation: () => newDataValidationBuilder(env),
    newConditionalFormatRule: () => newConditionalFormatRuleBuilder(env),
  });
}
