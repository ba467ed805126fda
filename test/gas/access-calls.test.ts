/**
 * «Настроить доступ кураторов» reads each sheet's protection once and writes only what differs
 * (docs/decisions.md#access-within-googles-limits): on a spreadsheet with no protection one call tells it
 * (Spreadsheet.getProtections, https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getProtections(ProtectionType));
 * a new protection starts with the spreadsheet's editors
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection), so a curator who already edits
 * the spreadsheet is not added again, only the others are removed, in one call. The figures for 300 schools are
 * the benchmark's (`npm run bench`).
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
import { schoolName, tabName } from './municipality';

/** The school tabs, each with its school cell. */
const SCHOOL_TABS = 4;
/** The four tabs and «Список ОО»; the base stays open. */
const PROTECTED = 5;

describe('the calls of «Настроить доступ кураторов»', () => {
  it('on the first run: one look for protections, then per sheet a protection, its description and one removal', () => {
    const { emulator, bundle } = municipality(true);
    emulator.resetCalls();
    bundle.call('menuConfigureCuratorAccess');
    const calls = emulator.calls();
    expect(calls['Spreadsheet.getProtections']).toBe(1);
    expect(calls['Sheet.getProtections'] ?? 0).toBe(0);
    expect(calls['Sheet.protect']).toBe(PROTECTED);
    expect(calls['Protection.setDescription']).toBe(PROTECTED);
    expect(calls['Protection.removeEditors']).toBe(PROTECTED);
    // The curators edit the spreadsheet already, and a new protection starts with its editors.
    expect(calls['Protection.addEditor'] ?? 0).toBe(0);
    expect(calls['Protection.getEditors'] ?? 0).toBe(0);
    // The spreadsheet's editors are read once for all the protections.
    expect(calls['Spreadsheet.getEditors']).toBe(1);
  });

  it('on an unchanged roster with «Лист»: all protections in one call, each one’s editors once, no description, no school cell, nothing written', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuConfigureCuratorAccess');
    emulator.resetCalls();
    bundle.call('menuConfigureCuratorAccess');
    const calls = emulator.calls();
    expect(calls['Spreadsheet.getProtections']).toBe(1);
    expect(calls['Sheet.getProtections'] ?? 0).toBe(0);
    expect(calls['Protection.getEditors']).toBe(PROTECTED);
    // «Лист» gives every school its tab: neither a description nor a school cell can give a tab.
    expect(calls['Protection.getDescription'] ?? 0).toBe(0);
    expect(calls['Sheet.getSheetValues'] ?? 0).toBe(0);
    // The roster's cells: no tab is read.
    expect(calls['Range.getValue'] ?? 0).toBe(0);
    expect(calls['Range.getValues']).toBe(1);
    // The addresses are not read one by one: a count tells an editor added or taken off.
    // The addresses read are the runner's (Session), no editor's.
    expect(calls['User.getEmail']).toBe(
      (calls['Session.getActiveUser'] ?? 0) + (calls['Session.getEffectiveUser'] ?? 0),
    );
    expect(calls['Protection.canDomainEdit'] ?? 0).toBe(0);
    expect(calls['Spreadsheet.getEditors'] ?? 0).toBe(0);
    const writes = Object.keys(calls).filter((name) => /\.(set|add|remove|protect)/.test(name));
    expect(writes).toEqual([]);
    expect(lastAlert(emulator)).toContain('С прошлой настройки не изменились лист «Список ОО»');
    expect(lastAlert(emulator)).toContain(`— «${tabName(1)}»: ${K1}`);
  });

  it('on an unchanged roster without «Лист»: the descriptions too, which keep whose each tab is, and the school cells only while a cell gave the tab', () => {
    const { emulator, bundle } = municipality(false);
    // The first run gives the tabs by their school cells, so its rerun reads them.
    bundle.call('menuConfigureCuratorAccess');
    emulator.resetCalls();
    bundle.call('menuConfigureCuratorAccess');
    expect(emulator.calls()['Sheet.getSheetValues']).toBe(SCHOOL_TABS);
    expect(emulator.calls()['Protection.getDescription']).toBe(PROTECTED);
    expect(lastAlert(emulator)).toContain(
      'ячейки с названием ОО на листах, не закреплённых за ОО, описания защит листов',
    );
    // A school added to the roster: the next run checks in full and finds the tabs bound by their protections.
    emulator.seedSheet('Список ОО', [...rosterRows([K1, K2, K3, K4], false), [schoolName(5), '']]);
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).not.toContain('С прошлой настройки');
    emulator.resetCalls();
    bundle.call('menuConfigureCuratorAccess');
    const calls = emulator.calls();
    expect(lastAlert(emulator)).toContain('С прошлой настройки не изменились лист «Список ОО»');
    expect(calls['Protection.getDescription']).toBe(PROTECTED);
    expect(calls['Protection.getEditors']).toBe(PROTECTED);
    expect(calls['Sheet.getSheetValues'] ?? 0).toBe(0);
    expect(lastAlert(emulator)).toContain('число листов, описания защит листов и число редакторов');
  });

  it('puts right what was changed by hand since, though it reads no more than it needs to', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuConfigureCuratorAccess');
    emulator.uncounted(() => {
      const [first] = emulator.spreadsheet.getSheetByName(tabName(1))!.getProtections('SHEET');
      first.setWarningOnly(true);
      const [second] = emulator.spreadsheet.getSheetByName(tabName(2))!.getProtections('SHEET');
      second.addEditor(K1);
      second.setDomainEdit(true);
    });
    emulator.resetCalls();
    bundle.call('menuConfigureCuratorAccess');
    // Only the two tabs whose editors read back differ are asked whether they are warning-only.
    expect(emulator.calls()['Protection.isWarningOnly']).toBe(2);
    expect(editorsOf(emulator, tabName(1))).toEqual([COORDINATOR, K1]);
    expect(editorsOf(emulator, tabName(2))).toEqual([COORDINATOR, K2]);
    expect([mayEdit(emulator, tabName(1), K2), mayEdit(emulator, tabName(2), K1)]).toEqual([false, false]);
    expect(lastAlert(emulator)).toContain(`— «${tabName(2)}»: доступ закрыт: ${K1}`);
    expect(lastAlert(emulator)).toContain(`— «${tabName(1)}»: доступ открыт: ${K1}`);
  });
});
