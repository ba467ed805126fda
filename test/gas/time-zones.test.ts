/**
 * A spreadsheet east of Moscow with the script in Moscow (the manifest's zone). Google gives a
 * date typed into a cell as midnight in the spreadsheet's time zone
 * (Spreadsheet.getSpreadsheetTimeZone(); the manifest's timeZone is the script's), so the same
 * moment is the day before in Moscow and in UTC. The add-on must keep the day the sheet shows.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../tools/gas-emulator';
import { schoolTab, seedMunicipality, start, tabName } from './municipality';

/** Hours ahead of UTC, all year (no summer time in Russia since 2014). */
const ZONES = { 'Asia/Novosibirsk': 7, 'Asia/Vladivostok': 10 } as const;

function display(emulator: Emulator, sheet: string, a1: string): { text: string; value: unknown } {
  return emulator.uncounted(() => {
    const range = emulator.spreadsheet.getSheetByName(sheet)!.getRange(a1);
    return { text: range.getDisplayValue(), value: range.getValue() };
  });
}

function columnOf(
  emulator: Emulator,
  sheet: string,
  header: string,
): { column: string; row: (match: (row: unknown[]) => boolean) => number } {
  const values = emulator.uncounted(() =>
    emulator.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues(),
  );
  const headerRow = values.findIndex((row) => row.includes(header));
  const index = values[headerRow].indexOf(header);
  return {
    column: String.fromCharCode(65 + index),
    row: (match) => values.findIndex((row, r) => r > headerRow && match(row)) + 1,
  };
}

for (const [zone, hours] of Object.entries(ZONES)) {
  describe(`a spreadsheet in ${zone}, the script in Europe/Moscow`, () => {
    const started = () => start({ timeZone: 'Europe/Moscow', spreadsheetTimeZone: zone });

    it('keeps a «Срок» typed as a date the same day, and a date, after regeneration', () => {
      const { emulator, bundle } = started();
      seedMunicipality(emulator, 3);
      bundle.call('menuGenerateRecommendations');
      const term = columnOf(emulator, 'Рекомендации', 'Срок');
      const row = term.row((line) => line[0] === 'МБОУ «СОШ № 1»');
      expect(row).toBeGreaterThan(0);
      const cell = `${term.column}${row}`;
      emulator.userEdit('Рекомендации', cell, '19.12.2025');
      expect(display(emulator, 'Рекомендации', cell).text).toBe('19.12.2025');
      bundle.call('menuGenerateRecommendations');
      const after = display(emulator, 'Рекомендации', cell);
      expect(after.text).toBe('19.12.2025');
      expect(Object.prototype.toString.call(after.value)).toBe('[object Date]');
      // Midnight of 19 December in the spreadsheet's zone, a day earlier in UTC.
      expect((after.value as Date).toISOString().slice(0, 10)).toBe('2025-12-18');
    });

    it('reads a code the sheet turned into a date back as the code the curator typed', () => {
      const { emulator, bundle } = started();
      seedMunicipality(emulator, 2);
      const tab = schoolTab(1);
      const line = tab.find((row) => row[0] === "'1.2")!;
      // A Russian-locale sheet turns a typed «1.2» into 1 February: midnight in the sheet's zone.
      line[0] = new Date(Date.UTC(2025, 1, 1) - hours * 3_600_000);
      line[2] = 'Педагоги в роли наставника (название изменено)';
      emulator.seedSheet(tabName(1), tab);
      expect(
        Object.prototype.toString.call(display(emulator, tabName(1), `A${tab.indexOf(line) + 1}`).value),
      ).toBe('[object Date]');
      emulator.ui.queueAlertResponse('OK');
      bundle.call('menuCheckWorkbook');
      const notes = emulator.uncounted(() =>
        emulator.spreadsheet.getSheetByName(tabName(1))!.getDataRange().getNotes(),
      );
      expect(notes.flat().filter((note) => note.includes('1.2'))).toEqual([]);
    });

    it('names a date typed into the base by the day the curator sees', () => {
      const { emulator, bundle } = started();
      seedMunicipality(emulator, 2);
      emulator.ui.queueAlertResponse('OK');
      bundle.call('menuCheckWorkbook');
      bundle.call('onEdit', emulator.userEdit('База наставников', 'D3', '01.09.2025'));
      const note = emulator.uncounted(() =>
        emulator.spreadsheet.getSheetByName('База наставников')!.getRange('D3').getNote(),
      );
      expect(note).toContain('01.09.2025');
      expect(note).not.toContain('31.08.2025');
    });
  });
}
