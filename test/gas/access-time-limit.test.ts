/**
 * «Настроить доступ кураторов» within Apps Script's time limit: a run ends after six minutes («Script runtime:
 * 6 min / execution», https://developers.google.com/apps-script/guides/services/quotas), so a run that would
 * not fit stops between two school tabs, keeps where it stopped in the document's properties
 * (https://developers.google.com/apps-script/guides/properties), says so, and the next run goes on from there.
 * The emulator's Date.now() runs ahead by the virtual time of the calls made (latency.ts), as Google's clock
 * would; here a new protection is made to cost 100 seconds.
 */
import { describe, expect, it } from 'vitest';
import { COORDINATOR, K1, K2, K3, K4, editorsOf, lastAlert, rosterRows } from './access-fixture';
import { seedMunicipality, start, tabName } from './municipality';

const SLOW_PROTECT = { latency: { methodMs: { 'Sheet.protect': 100_000 } } };

function municipality(options = {}) {
  const started = start({ userEmail: COORDINATOR, sharing: { editors: [K1, K2, K3, K4] }, ...options });
  seedMunicipality(started.emulator, 4);
  started.emulator.seedSheet('Список ОО', rosterRows([K1, K2, K3, K4], true));
  return started;
}

const protectedTabs = (emulator: ReturnType<typeof municipality>['emulator']) =>
  [1, 2, 3, 4].filter((i) =>
    emulator.uncounted(
      () => emulator.spreadsheet.getSheetByName(tabName(i))!.getProtections('SHEET').length > 0,
    ),
  );

describe('a run that would not end within six minutes', () => {
  it('stops between two school tabs, says so in Russian, and the next run goes on from there', () => {
    const { emulator, bundle } = municipality(SLOW_PROTECT);
    const before = emulator.elapsedMs();
    bundle.call('menuConfigureCuratorAccess');
    // Three protections (300 s) take the five minutes the schools may have: the fourth is not begun.
    expect(emulator.elapsedMs() - before).toBeLessThan(6 * 60 * 1000);
    expect(lastAlert(emulator)).toMatch(
      new RegExp(
        '^Доступ настроен не полностью: время выполнения команды в Google Таблицах ограничено шестью минутами\\. ' +
          `Настроено листов ОО: 3 из 4\\. Что сделать: запустите команду ещё раз — настройка продолжится с листа «${tabName(4)}»\\.`,
      ),
    );
    expect(protectedTabs(emulator)).toEqual([1, 2, 3]);
    // The coordinator's sheets wait for the run that finishes the schools.
    expect(
      emulator.uncounted(() => emulator.spreadsheet.getSheetByName('Список ОО')!.getProtections('SHEET')),
    ).toEqual([]);

    emulator.resetCalls();
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).toContain(
      `Настройка продолжена с листа «${tabName(4)}»: листы ОО перед ним настроены при прошлом запуске.`,
    );
    expect(lastAlert(emulator)).toMatch(/^Доступ настроен\./);
    // Tabs 1 to 3 are not set again: only tab 4 and «Список ОО» get a protection.
    expect(emulator.calls()['Sheet.protect']).toBe(2);
    expect(protectedTabs(emulator)).toEqual([1, 2, 3, 4]);
  });

  it('ends with the same protections as a run that had time enough', () => {
    const slow = municipality(SLOW_PROTECT);
    slow.bundle.call('menuConfigureCuratorAccess');
    slow.bundle.call('menuConfigureCuratorAccess');
    const quick = municipality();
    quick.bundle.call('menuConfigureCuratorAccess');
    for (const sheet of [1, 2, 3, 4].map(tabName).concat('Список ОО'))
      expect(editorsOf(slow.emulator, sheet), sheet).toEqual(editorsOf(quick.emulator, sheet));
    // A third run over the same roster finds nothing to go on with and nothing to change.
    slow.emulator.resetCalls();
    slow.bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(slow.emulator)).not.toContain('продолжена');
    expect(slow.emulator.calls()['Sheet.protect'] ?? 0).toBe(0);
    // The run that went on reported only its own tabs, so that third run checked in full and reports them all;
    // only a fourth proves from the fingerprint that nothing changed.
    expect(lastAlert(slow.emulator)).toContain('Защищены листы ОО (4)');
    expect(lastAlert(slow.emulator)).not.toContain('С прошлой настройки не изменились');
    slow.bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(slow.emulator)).toContain('С прошлой настройки не изменились');
    expect(lastAlert(slow.emulator)).toContain('Защищены листы ОО (4)');
  });

  it('starts again from the first tab when the roster changed so that the stored tab is no longer in its place', () => {
    const { emulator, bundle } = municipality(SLOW_PROTECT);
    bundle.call('menuConfigureCuratorAccess');
    // The coordinator takes school 1 off the roster: tab 4 is now third among the schools, not fourth.
    emulator.seedSheet(
      'Список ОО',
      rosterRows([K1, K2, K3, K4], true).filter((_, i) => i !== 1),
    );
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).not.toContain('продолжена');
  });
});
