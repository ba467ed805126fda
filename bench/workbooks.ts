/**
 * The workbooks the benchmark measures: demo municipalities of growing size, made by the same
 * generator as `npm run demo` (realistic figures, typical mistakes planted), in memory and on the
 * emulator. The same seed gives the same workbook, so figures compare between runs.
 */
import { a1 } from '../src/core/sheet/a1';
import { generateMunicipality, type DemoMunicipality, type DemoSheet } from '../src/demo/municipality';
import {
  createEmulator,
  loadBundle,
  type Emulator,
  type EmulatorOptions,
  type LoadedBundle,
} from '../test/tools/gas-emulator';
import { memoryWorkbook, type MemoryWorkbook } from '../test/tools/memory-workbook';

const SEED = 2025;

export function municipality(schools: number, baseRows: number): DemoMunicipality {
  return generateMunicipality({ seed: SEED, orgs: schools, baseRows });
}

export function inMemory(demo: DemoMunicipality): MemoryWorkbook {
  const sheets: Record<string, unknown[][]> = {};
  const merges: Record<string, NonNullable<DemoSheet['merges']>> = {};
  const numberFormats: Record<string, string[][]> = {};
  for (const sheet of demo.sheets) {
    sheets[sheet.name] = sheet.values.map((row) => row.slice());
    if (sheet.merges) merges[sheet.name] = sheet.merges;
    if (sheet.numberFormats) numberFormats[sheet.name] = sheet.numberFormats;
  }
  return memoryWorkbook(sheets, { merges, numberFormats });
}

/** A fresh emulator holding the workbook, with the built add-on loaded (dist/Code.js). */
export function onEmulator(
  demo: DemoMunicipality,
  code: string,
  options: EmulatorOptions = {},
): { emulator: Emulator; bundle: LoadedBundle } {
  const emulator = createEmulator(options);
  for (const sheet of demo.sheets) {
    emulator.seedSheet(sheet.name, sheet.values, {
      ...(sheet.numberFormats ? { numberFormats: sheet.numberFormats } : {}),
      ...(sheet.merges
        ? {
            merges: sheet.merges.map(
              (m) => `${a1(m.row, m.column)}:${a1(m.row + m.rows - 1, m.column + m.columns - 1)}`,
            ),
          }
        : {}),
    });
  }
  emulator.uncounted(() => {
    const blank = emulator.spreadsheet.getSheetByName('Лист1');
    if (blank) emulator.spreadsheet.deleteSheet(blank);
  });
  return { emulator, bundle: loadBundle(code, emulator) };
}
