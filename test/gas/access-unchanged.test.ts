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
  daysBetweenRuns,
  editorsOf,
  lastAlert,
  mayEdit,
  municipality,
  rosterRows,
} from './access-fixture';
import { schoolName, seedMunicipality, start, tabName } from './municipality';

const UNCHANGED = 'С прошлой настройки не изменились';
const STRANGER = 'postoronnij@example.ru';

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
    const { emulator, bundle } = municipality(true, undefined, daysBetweenRuns(4));
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

describe('a rerun falls back to the full check', () => {
  it('when a protection was removed by hand: the tab is protected again', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuConfigureCuratorAccess');
    // A curator edits her tab's protection, so Google lets her remove it.
    emulator.actAs(K2);
    emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(tabName(2))!.getProtections('SHEET')[0].remove(),
    );
    emulator.actAs(COORDINATOR);
    expect(mayEdit(emulator, tabName(2), K1)).toBe(true);
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).not.toContain(UNCHANGED);
    expect(editorsOf(emulator, tabName(2))).toEqual([COORDINATOR, K2]);
    expect(mayEdit(emulator, tabName(2), K1)).toBe(false);
  });

  it('when the roster was edited: the new curator gets the tab, the old one loses it', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuConfigureCuratorAccess');
    const next = 'kurator3-novyj@school3.ru';
    emulator.seedSheet('Список ОО', rosterRows([K1, K2, next, K4], true));
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).not.toContain(UNCHANGED);
    expect(editorsOf(emulator, tabName(3))).toEqual([COORDINATOR, next]);
    expect(lastAlert(emulator)).toContain(`— «${tabName(3)}»: доступ открыт: ${next}; доступ закрыт: ${K3}`);
  });

  it('when a sheet was added', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuConfigureCuratorAccess');
    emulator.uncounted(() => emulator.spreadsheet.insertSheet('Черновик'));
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).not.toContain(UNCHANGED);
  });

  it('when the school cell of a tab no school was given changes: the tab goes to the school it now names', () => {
    // Schools 1–3 have their tabs by «Лист»; school 5 has no tab, and tab 4 names a school not on the roster.
    const { emulator, bundle } = municipality(true);
    emulator.seedSheet('Список ОО', [...rosterRows([K1, K2, K3], true), [schoolName(5), '', K4]]);
    bundle.call('menuConfigureCuratorAccess');
    expect(mayEdit(emulator, tabName(4), K1)).toBe(true);
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).toContain(UNCHANGED);
    emulator.userEdit(tabName(4), 'B2', schoolName(5));
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).not.toContain(UNCHANGED);
    expect(editorsOf(emulator, tabName(4))).toEqual([COORDINATOR, K4]);
    expect(mayEdit(emulator, tabName(4), K1)).toBe(false);
  });
});

describe('what a rerun does not compare, and says so', () => {
  const NOT_COMPARED = 'ячейки с названием ОО на листах, закреплённых за ОО, не сравнивались';

  it('a school cell of a tab «Лист» gives: the last report is shown, the full check reports the name', () => {
    const { emulator, bundle } = municipality(true, undefined, daysBetweenRuns(4));
    bundle.call('menuConfigureCuratorAccess');
    emulator.actAs(K1);
    emulator.userEdit(tabName(1), 'B2', schoolName(2));
    emulator.actAs(COORDINATOR);
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).toContain(UNCHANGED);
    expect(lastAlert(emulator)).toContain(NOT_COMPARED);
    expect(lastAlert(emulator)).toContain('сведения ниже — итоги прошлой настройки');
    expect(lastAlert(emulator)).not.toContain('в ячейке названия ОО указана');
    // The cell gives no one the tab: its access is as it was.
    expect(editorsOf(emulator, tabName(1))).toEqual([COORDINATOR, K1]);
    // The run after, eight days after the full one, checks in full and reports it.
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).not.toContain(UNCHANGED);
    expect(lastAlert(emulator)).toContain(
      `На листе «${tabName(1)}» в ячейке названия ОО указана ОО «МБОУ „СОШ № 2“»`,
    );
    expect(editorsOf(emulator, tabName(1))).toEqual([COORDINATOR, K1]);
  });

  it('a protection’s description rewritten where «Лист» gives every tab: access is unchanged, the full check writes it back', () => {
    const { emulator, bundle } = municipality(true, undefined, daysBetweenRuns(4));
    bundle.call('menuConfigureCuratorAccess');
    const description = (sheet: string) =>
      emulator.uncounted(() =>
        emulator.spreadsheet.getSheetByName(sheet)!.getProtections('SHEET')[0].getDescription(),
      );
    const own = description(tabName(1));
    emulator.actAs(K1);
    emulator.uncounted(() =>
      emulator.spreadsheet
        .getSheetByName(tabName(1))!
        .getProtections('SHEET')[0]
        .setDescription(description(tabName(2))),
    );
    emulator.actAs(COORDINATOR);
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).toContain(UNCHANGED);
    expect(lastAlert(emulator)).toContain(`описания защит и ${NOT_COMPARED}`);
    expect([mayEdit(emulator, tabName(1), K1), mayEdit(emulator, tabName(1), K2)]).toEqual([true, false]);
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).not.toContain(UNCHANGED);
    expect(description(tabName(1))).toBe(own);
    expect(editorsOf(emulator, tabName(1))).toEqual([COORDINATOR, K1]);
  });
});

describe('the calls of a rerun at 300 schools', () => {
  it('reads each school’s editor list, and nothing more a school: at most two calls a school in all', () => {
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
    // «Лист» gives every tab: an editor list a protection, no description, no school cell.
    expect(emulator.calls()['Protection.getDescription'] ?? 0).toBe(0);
    expect(emulator.calls()['Sheet.getSheetValues'] ?? 0).toBe(0);
    expect(total / schools).toBeLessThanOrEqual(2);
  });
});
