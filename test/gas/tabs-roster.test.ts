/**
 * «Создать листы ОО по списку» from «Список ОО» on the emulator: tabs copied from one prepared tab,
 * trimmed to what they use, named as «Лист» says, and a run that stops before Apps Script's
 * six-minute limit («Script runtime: 6 min / execution»,
 * https://developers.google.com/apps-script/guides/services/quotas) and is finished by the next.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../tools/gas-emulator';
import { start } from './municipality';

const HEADER = ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'];
const school = (n: number) => `МБОУ «СОШ № ${n}»`;

function seedRoster(emulator: Emulator, rows: readonly (readonly string[])[]): void {
  emulator.seedSheet('Список ОО', [HEADER, ...rows.map((row) => [...row, '', '', ''].slice(0, 5))]);
}

function names(emulator: Emulator): string[] {
  return emulator.uncounted(() => emulator.spreadsheet.getSheets().map((sheet) => sheet.getName()));
}

function tabColumn(emulator: Emulator): unknown[] {
  return emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName('Список ОО')!;
    return sheet
      .getRange(2, 2, sheet.getLastRow() - 1, 1)
      .getValues()
      .map((row) => row[0]);
  });
}

function spreadsheetCells(emulator: Emulator): number {
  return emulator.uncounted(() =>
    emulator.spreadsheet
      .getSheets()
      .reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0),
  );
}

describe('«Создать листы ОО по списку» from «Список ОО»', () => {
  it('makes 300 tabs in at most four calls a tab, reading the sheet names once, and leaves far fewer than 1 500 000 cells', () => {
    const { emulator, bundle } = start();
    seedRoster(
      emulator,
      Array.from({ length: 300 }, (_, i) => [school(i + 1), '']),
    );
    emulator.resetCalls();
    bundle.call('menuCreateSchoolSheets');
    const calls = emulator.calls();
    const total = emulator.callSummary().total;
    expect(total).toBeLessThanOrEqual(4 * 300);
    // Once for the sheets there were; a name is never read again for each new tab.
    expect(calls['Sheet.getName'] ?? 0).toBeLessThanOrEqual(2);
    expect(calls['Spreadsheet.insertSheet']).toBe(300);
    expect(names(emulator)).toHaveLength(302);
    expect(spreadsheetCells(emulator)).toBeLessThanOrEqual(1_500_000);
    const facts = emulator.uncounted(() =>
      [school(1), school(150), school(300)].map((tab) => {
        const sheet = emulator.spreadsheet.getSheetByName(tab)!;
        return {
          name: sheet.getRange('B2').getValue(),
          period: sheet.getRange('B3').getValue(),
          rows: sheet.getMaxRows(),
          columns: sheet.getMaxColumns(),
          lastRow: sheet.getLastRow(),
        };
      }),
    );
    expect(facts.map((fact) => fact.name)).toEqual([school(1), school(150), school(300)]);
    expect(new Set(facts.map((fact) => `${fact.period}|${fact.rows}|${fact.columns}`)).size).toBe(1);
    // Trimmed: what the tab uses plus a margin, not Google's 1 000 × 26.
    expect(facts[0].rows).toBe(facts[0].lastRow + 20);
    expect(facts[0].columns).toBeLessThan(26);
    expect(tabColumn(emulator)).toEqual(Array.from({ length: 300 }, (_, i) => school(i + 1)));
    expect(emulator.ui.alerts.at(-1)!.prompt).toBe(
      'Создано листов: 300.\n\nНазвания листов записаны в столбец «Лист» на листе «Список ОО».',
    );
  });

  it('names each tab as «Лист» says, fills «Лист» only where empty, and reports each name it had to change with the reason', () => {
    const { emulator, bundle } = start();
    seedRoster(emulator, [
      [school(1), 'СОШ № 1'],
      [school(2), ''],
      [school(3), 'СОШ: 3'],
      [school(4), 'Ш'.repeat(101)],
      [school(5), 'сош № 1'],
    ]);
    bundle.call('menuCreateSchoolSheets');
    expect(names(emulator).slice(2)).toEqual(['СОШ № 1', school(2), 'СОШ 3', 'Ш'.repeat(31), 'сош № 1 (2)']);
    expect(tabColumn(emulator)).toEqual(['СОШ № 1', school(2), 'СОШ 3', 'Ш'.repeat(31), 'сош № 1 (2)']);
    const alert = emulator.ui.alerts.at(-1)!.prompt;
    expect(alert).toContain('Создано листов: 5.');
    expect(alert).toContain(
      '— ОО: МБОУ «СОШ № 3». Вместо «СОШ: 3» — «СОШ 3»: в названии есть знаки, недопустимые в названии листа',
    );
    expect(alert).toContain(
      `Вместо «${'Ш'.repeat(101)}» — «${'Ш'.repeat(31)}»: название длиннее 100 символов.`,
    );
    expect(alert).toContain(
      '— ОО: МБОУ «СОШ № 5». Вместо «сош № 1» — «сош № 1 (2)»: лист с таким названием создан для другой ОО.',
    );
    expect(alert).not.toContain('МБОУ «СОШ № 1». Вместо');
    // A second run finds every school's tab under its «Лист» and makes nothing.
    bundle.call('menuCreateSchoolSheets');
    expect(emulator.ui.alerts.at(-1)!.prompt).toBe('Новые листы не созданы.');
    expect(names(emulator)).toHaveLength(7);
  });

  it('stops between two tabs before six minutes by the latency table, says how to go on, and the next run makes only what is missing', () => {
    // Each copy charged 5 s: 300 tabs would take 25 minutes.
    const { emulator, bundle } = start({ latency: { methodMs: { 'Spreadsheet.insertSheet': 5000 } } });
    seedRoster(
      emulator,
      Array.from({ length: 300 }, (_, i) => [school(i + 1), '']),
    );
    emulator.resetCalls();
    bundle.call('menuCreateSchoolSheets');
    const first = names(emulator).length - 2;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(300);
    expect(emulator.elapsedMs()).toBeLessThan(6 * 60 * 1000);
    expect(emulator.ui.alerts.at(-1)!.prompt).toContain(
      `Листы созданы не для всех ОО: не создано ${300 - first} из 300 — команда остановлена, чтобы не превысить ` +
        'ограничение Google на время работы скрипта (шесть минут). Что сделать: запустите «Создать листы ОО по списку» ' +
        'ещё раз — будут созданы только недостающие листы.',
    );
    expect(tabColumn(emulator).filter((tab) => tab !== '')).toHaveLength(first);
    let runs = 1;
    while (names(emulator).length < 302 && runs < 10) {
      emulator.resetCalls();
      bundle.call('menuCreateSchoolSheets');
      runs++;
    }
    expect(runs).toBeGreaterThan(2);
    expect(names(emulator)).toHaveLength(302);
    expect(new Set(names(emulator).map((name) => name.toLowerCase())).size).toBe(302);
    expect(tabColumn(emulator)).toEqual(Array.from({ length: 300 }, (_, i) => school(i + 1)));
    expect(emulator.ui.alerts.at(-1)!.prompt).not.toContain('не для всех ОО');
  });
});
