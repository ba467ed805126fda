/**
 * The developer's self-test of the test deployment (`node build.mjs --self-test`): on the emulator
 * its figures are the latency table itself, since Date.now() there moves by the virtual time of
 * the calls (latency.ts) — 30 ms a read and 50 ms a write by default.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, loadBundle } from '../tools/gas-emulator';

let testBuild = '';

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'cmn-self-test-'));
  try {
    execFileSync(process.execPath, ['build.mjs', '--self-test', '--outdir', dir], { stdio: 'pipe' });
    testBuild = readFileSync(join(dir, 'Code.js'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

describe('the self-test of service-call times', () => {
  it('times each kind of call on a scratch sheet it removes, and writes the figures to a new sheet', () => {
    const emulator = createEmulator();
    emulator.seedSheet('Список ОО', [['ОО', 'Лист']]);
    const bundle = loadBundle(testBuild, emulator);
    bundle.call('menuSelfTest');
    const sheets = emulator.uncounted(() => emulator.spreadsheet.getSheets().map((sheet) => sheet.getName()));
    expect(sheets.slice(0, 2)).toEqual(['Лист1', 'Список ОО']);
    expect(sheets).toHaveLength(3);
    expect(sheets[2]).toMatch(/^Самопроверка \d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d$/);
    const table = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(sheets[2])!.getDataRange().getValues(),
    );
    expect(table[0]).toEqual(['Вызов', 'Вид', 'Повторов', 'Медиана, мс', 'С flush, мс']);
    const byCall = new Map(table.slice(1).map((row) => [row[0] as string, row.slice(1)]));
    // The table's figure, plus the real milliseconds the emulator itself takes (well under the figure); flush is a write.
    const near = (figure: number) => expect.toSatisfy((ms: number) => ms >= figure && ms < figure * 2);
    const expected: Record<string, [string, number]> = {
      'Range.getValues': ['чтение', 30],
      'Sheet.getName': ['чтение', 30],
      'Range.setValues': ['запись', 50],
      'Spreadsheet.insertSheet (template)': ['запись', 50],
      'Spreadsheet.deleteSheet': ['запись', 50],
    };
    for (const [call, [kind, ms]] of Object.entries(expected))
      expect(byCall.get(call)).toEqual([kind, 5, near(ms), near(ms + 50)]);
    expect(byCall.size).toBeGreaterThanOrEqual(20);
    expect(emulator.uncounted(() => selfTestPropertyLeft(emulator))).toBe(false);
    expect(emulator.ui.alerts.at(-1)!.prompt).toContain(`Время вызовов записано на лист «${sheets[2]}».`);
  });

  it('is in the test build’s menu and bundle only, not in the production build', () => {
    const production = readFileSync('dist/Code.js', 'utf8');
    expect(production).not.toContain('menuSelfTest');
    expect(testBuild).toContain('function menuSelfTest(');
    const emulator = createEmulator();
    loadBundle(testBuild, emulator).call('onOpen', emulator.openEvent('FULL'));
    const items = emulator.ui.menus[0].items.flatMap((item) => (item.type === 'item' ? [item.caption] : []));
    expect(items.at(-1)).toBe('Самопроверка: время вызовов (для разработчика)');
  });
});

function selfTestPropertyLeft(emulator: ReturnType<typeof createEmulator>): boolean {
  const service = emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
  return service.getDocumentProperties().getProperty('cmn.self-test') !== null;
}
