/**
 * A rerun of «Настроить доступ кураторов» over an unchanged roster proves cheaply that nothing changed
 * (docs/decisions.md#access-on-an-unchanged-roster), yet a hand change that matters still sends it through the
 * full check. A protection's editors can be changed by any of its editors — a curator too — in Google Sheets
 * («Protected sheets and ranges», https://support.google.com/docs/answer/1218656): the count of editors one
 * getEditors() call gives shows an address added or taken off. Document properties keep the fingerprint and the
 * last report (https://developers.google.com/apps-script/guides/properties).
 */
import { describe, expect, it } from 'vitest';
import {
  COORDINATOR,
  K1,
  K2,
  K3,
  K4,
  editorsOf,
  lastAlert,
  mayEdit,
  municipality,
  rosterRows,
} from './access-fixture';
import { seedMunicipality, start, tabName } from './municipality';

const UNCHANGED = 'С прошлой настройки не изменились';
const STRANGER = 'postoronnij@example.ru';
const DAY = 24 * 60 * 60 * 1000;

describe('a rerun over an unchanged roster', () => {
  it('finds an editor a curator added by hand to her tab and takes him off again', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuConfigureCuratorAccess');
    emulator.actAs(K1);
    emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(tabName(1))!.getProtections('SHEET')[0].addEditor(STRANGER),
    );
    emulator.actAs(COORDINATOR);
    expect(mayEdit(emulator, tabName(1), STRANGER)).toBe(true);
    bundle.call('menuConfigureCuratorAccess');
    expect(editorsOf(emulator, tabName(1))).toEqual([COORDINATOR, K1]);
    expect(mayEdit(emulator, tabName(1), STRANGER)).toBe(false);
    expect(lastAlert(emulator)).toContain(`— «${tabName(1)}»: доступ закрыт: ${STRANGER}`);
    expect(lastAlert(emulator)).not.toContain(UNCHANGED);
    // Put right, the next run has nothing to change again.
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).toContain(UNCHANGED);
    expect(lastAlert(emulator)).not.toContain('доступ закрыт');
  });

  it('gives a curator taken off her tab by hand her access back', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuConfigureCuratorAccess');
    emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(tabName(2))!.getProtections('SHEET')[0].removeEditor(K2),
    );
    bundle.call('menuConfigureCuratorAccess');
    expect(editorsOf(emulator, tabName(2))).toEqual([COORDINATOR, K2]);
    expect(lastAlert(emulator)).toContain(`— «${tabName(2)}»: доступ открыт: ${K2}`);
  });

  it('checks in full once a week: an address swapped for another by hand is found then', () => {
    // Only the rerun reads single cells: each read moves the script's clock on two days (latency.ts).
    const { emulator, bundle } = start({
      userEmail: COORDINATOR,
      sharing: { editors: [K1, K2, K3, K4] },
      latency: { methodMs: { 'Sheet.getSheetValues': 2 * DAY } },
    });
    seedMunicipality(emulator, 4);
    emulator.seedSheet('Список ОО', rosterRows([K1, K2, K3, K4], true));
    bundle.call('menuConfigureCuratorAccess');
    emulator.uncounted(() => {
      const [protection] = emulator.spreadsheet.getSheetByName(tabName(3))!.getProtections('SHEET');
      protection.removeEditor(K3);
      protection.addEditor(STRANGER);
    });
    bundle.call('menuConfigureCuratorAccess');
    // The same number of editors: the count cannot tell, and the run says what it compared.
    expect(lastAlert(emulator)).toContain(UNCHANGED);
    expect(mayEdit(emulator, tabName(3), STRANGER)).toBe(true);
    bundle.call('menuConfigureCuratorAccess');
    expect(editorsOf(emulator, tabName(3))).toEqual([COORDINATOR, K3]);
    expect(lastAlert(emulator)).not.toContain(UNCHANGED);
  });

  it('checks in full when another person runs it', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuConfigureCuratorAccess');
    emulator.actAs(K4);
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).not.toContain(UNCHANGED);
  });
});

describe('the calls of a rerun at 300 schools', () => {
  it('reads each school’s protection and school cell, and nothing more a school', () => {
    const schools = 300;
    const emails = Array.from({ length: schools }, (_, i) => `kurator${i + 1}@school${i + 1}.ru`);
    const { emulator, bundle } = start({ userEmail: COORDINATOR, sharing: { editors: emails } });
    seedMunicipality(emulator, schools);
    emulator.seedSheet('Список ОО', rosterRows(emails, true));
    bundle.call('menuConfigureCuratorAccess');
    const first = emulator.callSummary().total;
    emulator.resetCalls();
    bundle.call('menuConfigureCuratorAccess');
    const { total } = emulator.callSummary();
    expect(lastAlert(emulator)).toContain(UNCHANGED);
    expect(first / schools).toBeLessThanOrEqual(8);
    // A description and an editor list a protection, and a cell a tab.
    expect(total / schools).toBeLessThanOrEqual(3.1);
  });
});
