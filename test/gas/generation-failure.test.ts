/**
 * docs/domain.md#regeneration on the built add-on: a generation that fails at any write call — Google can
 * fail any call («Service Spreadsheets failed/timed out while accessing document …», see
 * test/tools/gas-emulator/failure-injection.ts) — loses none of the coordinator's edits, leaves no unmarked
 * half-written sheet, and the next run succeeds in place without a «… (2)» sheet. Each write of a
 * regeneration is failed in turn, on a fresh copy of the same spreadsheet.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator, LoadedBundle } from '../tools/gas-emulator';
import { seedMunicipality, start, tabName } from './municipality';
import { marker, names, values } from './sheet-state';

const EDIT = 'Закрепить наставников за двумя молодыми педагогами до 1 декабря (правка координатора).';
const INPUTS = ['База наставников', tabName(1), tabName(2)];

interface Setup {
  readonly emulator: Emulator;
  readonly bundle: LoadedBundle;
}

/** Two schools, both sheets generated once, and the coordinator's edit in «Рекомендации». */
function generatedAndEdited(): Setup {
  const setup = start();
  const { emulator, bundle } = setup;
  seedMunicipality(emulator, 2);
  bundle.call('menuGenerateSummary');
  bundle.call('menuGenerateRecommendations');
  emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName('Рекомендации')!;
    sheet.getRange('D4').setValue(EDIT);
    sheet.getRange('G4').setValue('в работе');
  });
  emulator.ui.alerts.length = 0;
  return setup;
}

function fresh(): Setup {
  const setup = start();
  seedMunicipality(setup.emulator, 2);
  return setup;
}

function inputs(emulator: Emulator): unknown[][][] {
  return INPUTS.map((sheet) => values(emulator, sheet));
}

/** Every sheet is either an input, a marked generated sheet, or a marked backup: nothing stray. */
function expectNothingStray(emulator: Emulator): void {
  for (const name of names(emulator)) {
    if (INPUTS.includes(name)) continue;
    expect(marker(emulator, name), `sheet «${name}»`).not.toBeNull();
  }
  expect(names(emulator).filter((name) => / \(\d+\)$/.test(name))).toEqual([]);
}

const MENUS = { summary: 'menuGenerateSummary', recommendations: 'menuGenerateRecommendations' } as const;

describe('a regeneration that fails at a write', () => {
  for (const [kind, menu] of Object.entries(MENUS)) {
    it(`«${kind}»: at every write in turn, the edits survive, the next run keeps them, nothing stray is left`, () => {
      const writes = (() => {
        const { emulator, bundle } = generatedAndEdited();
        return emulator.countWrites(() => bundle.call(menu));
      })();
      expect(writes).toBeGreaterThan(10);
      for (let k = 1; k <= writes; k++) {
        const { emulator, bundle } = generatedAndEdited();
        const before = inputs(emulator);
        const failure = emulator.failAt({ write: k, kind: k % 2 === 0 ? 'timedOut' : 'failed' });
        bundle.call(menu);
        expect(failure.fired, `write ${k}`).toBe(true);
        expect(emulator.ui.alerts.at(-1)?.prompt, `write ${k}`).toMatch(
          /не удалось сформировать до конца|Не удалось выполнить/,
        );
        // The edit is on the sheet or on its hidden backup.
        const holding = names(emulator).filter((name) => values(emulator, name).flat().includes(EDIT));
        expect(holding.length, `write ${k}: sheets holding the edit`).toBeGreaterThan(0);
        expectNothingStray(emulator);
        bundle.call(menu);
        expect(emulator.ui.alerts.at(-1)?.prompt, `write ${k}: the next run`).toMatch(/сформирован/);
        const recommendations = values(emulator, 'Рекомендации');
        expect(recommendations.find((row) => row[3] === EDIT)?.[6], `write ${k}`).toBe('в работе');
        expect(names(emulator).sort()).toEqual([...INPUTS, 'Рекомендации', 'Сводная'].sort());
        expect(inputs(emulator)).toEqual(before);
      }
    }, 120_000);
  }
});

describe('a first generation that fails at a write', () => {
  for (const [kind, menu] of Object.entries(MENUS)) {
    it(`«${kind}»: leaves no unmarked sheet, and the next run writes the sheet without «(2)»`, () => {
      const writes = (() => {
        const { emulator, bundle } = fresh();
        return emulator.countWrites(() => bundle.call(menu));
      })();
      const sheet = kind === 'summary' ? 'Сводная' : 'Рекомендации';
      for (let k = 1; k <= writes; k++) {
        const { emulator, bundle } = fresh();
        emulator.failAt({ write: k });
        bundle.call(menu);
        expectNothingStray(emulator);
        bundle.call(menu);
        expect(names(emulator).sort(), `write ${k}`).toEqual([...INPUTS, sheet].sort());
        expect(marker(emulator, sheet)).toBe(kind);
      }
    }, 120_000);
  }
});

describe('edits typed while «Рекомендации» is generated', () => {
  it('stop the run with a message instead of being overwritten', () => {
    const { emulator, bundle } = generatedAndEdited();
    // The coordinator types between the run's read of the sheet and its write: the first
    // Range.getValues of «Рекомендации» after the merge read is where the run looks again.
    const sheet = emulator.uncounted(() => emulator.spreadsheet.getSheetByName('Рекомендации')!);
    const original = sheet.getRange.bind(sheet);
    let reads = 0;
    (sheet as unknown as { getDataRange: () => unknown }).getDataRange = () => {
      reads++;
      if (reads === 2)
        emulator.uncounted(() => original('D5').setValue('Правка, внесённая во время формирования.'));
      return original(1, 1, sheet.getLastRow(), sheet.getLastColumn());
    };
    bundle.call('menuGenerateRecommendations');
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain('изменился, пока шло формирование');
    expect(values(emulator, 'Рекомендации').flat()).toContain('Правка, внесённая во время формирования.');
    expect(values(emulator, 'Рекомендации').flat()).toContain(EDIT);
  });
});

describe('a failure while a new sheet is marked, and again while it is taken out', () => {
  it('leaves a sheet the next run knows for its own: no «(2)», nothing stray', () => {
    const { emulator, bundle } = fresh();
    emulator.failAt({ method: 'Sheet.addDeveloperMetadata' });
    emulator.failAt({ method: 'Spreadsheet.deleteSheet' });
    bundle.call('menuGenerateSummary');
    // Two calls in a row failed: the unmarked «Сводная» stays, announced in the document's properties.
    expect(names(emulator)).toContain('Сводная');
    expect(marker(emulator, 'Сводная')).toBeNull();
    bundle.call('menuGenerateSummary');
    expect(names(emulator).sort()).toEqual([...INPUTS, 'Сводная'].sort());
    expect(marker(emulator, 'Сводная')).toBe('summary');
    expect(emulator.ui.alerts.at(-1)?.prompt).toMatch(/^Лист «Сводная» сформирован/);
  });
});
