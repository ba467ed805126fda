/** What a test reads of the emulated spreadsheet, without counting service calls. */
import { GENERATED_KEY } from '../../src/gas/generated-marker';
import type { Emulator } from '../tools/gas-emulator';

export function values(emulator: Emulator, sheet: string): unknown[][] {
  return emulator.uncounted(() => emulator.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues());
}

/** The generated-sheet marker's value on the sheet, or null when it carries none. */
export function marker(emulator: Emulator, sheet: string): string | null {
  return emulator.uncounted(() => {
    const found = emulator.spreadsheet
      .getSheetByName(sheet)!
      .getDeveloperMetadata()
      .find((m) => m.getKey() === GENERATED_KEY);
    return found ? found.getValue() : null;
  });
}

export function names(emulator: Emulator): string[] {
  return emulator.uncounted(() => emulator.spreadsheet.getSheets().map((sheet) => sheet.getName()));
}
