/**
 * Every sheet the add-on creates is trimmed to what it uses plus 20 rows and 2 columns
 * (docs/decisions.md#tabs-from-the-roster): Google counts each cell of each sheet's grid against
 * 10 000 000 for the spreadsheet (https://workspaceupdates.googleblog.com/2022/03/ten-million-cells-google-sheets.html),
 * and a new sheet has 1 000 × 26 of them.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../tools/gas-emulator';
import { seedMunicipality, start } from './municipality';

function size(emulator: Emulator, name: string) {
  return emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName(name)!;
    return {
      rows: sheet.getMaxRows(),
      columns: sheet.getMaxColumns(),
      lastRow: sheet.getLastRow(),
      lastColumn: sheet.getLastColumn(),
    };
  });
}

describe('sheets the add-on creates are trimmed', () => {
  it('«Сводная» and «Рекомендации»: what they use plus the margin, kept by a regeneration', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 3);
    bundle.call('menuGenerateSummary');
    bundle.call('menuGenerateRecommendations');
    for (const name of ['Сводная', 'Рекомендации']) {
      const sheet = size(emulator, name);
      expect(sheet.rows).toBeLessThanOrEqual(sheet.lastRow + 20);
      expect(sheet.rows).toBeGreaterThan(sheet.lastRow);
      expect(sheet.columns).toBeLessThanOrEqual(sheet.lastColumn + 2);
      expect(sheet.rows * sheet.columns).toBeLessThan(1000 * 26);
    }
    const first = size(emulator, 'Сводная');
    bundle.call('menuGenerateSummary');
    const second = size(emulator, 'Сводная');
    expect([second.rows, second.columns]).toEqual([first.rows, first.columns]);
  });

  it('templates: a list keeps 1 000 rows for its entries and only the columns it uses plus two', () => {
    const { emulator, bundle } = start();
    bundle.call('menuCreateRosterSheet');
    bundle.call('menuCreateBaseSheet');
    bundle.call('menuCreateParametersSheet');
    expect(size(emulator, 'Список ОО')).toMatchObject({ rows: 1000, columns: 7 });
    expect(size(emulator, 'База наставников')).toMatchObject({ rows: 1020, columns: 10 });
    const parameters = size(emulator, 'Параметры');
    expect(parameters.rows).toBeLessThanOrEqual(parameters.lastRow + 20);
    expect(parameters.columns).toBe(5);
  });
});
