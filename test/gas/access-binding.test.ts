/**
 * Whose a school tab is, from one run of «Настроить доступ кураторов» to the next: «Лист» on the roster, else
 * the school the tab's protection names — never the tab's school cell, which its curator writes. Changes of
 * curators are listed, a refused address or a failing sheet does not stop the run, and a second run over an
 * unchanged roster writes nothing. Google's Protection class:
 * https://developers.google.com/apps-script/reference/spreadsheet/protection.
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
  municipality,
  rosterRows,
  spreadsheetWrites,
} from './access-fixture';
import { schoolName, tabName } from './municipality';

describe('a tab’s school cell', () => {
  for (const sheetColumn of [false, true]) {
    it(`never moves the tab’s access${sheetColumn ? ' (the roster has «Лист»)' : ' (the roster has no «Лист»: the stored binding decides)'}, and is reported by the full check`, () => {
      // A rerun within the week does not read a bound tab's school cell (access-unchanged.test.ts).
      const { emulator, bundle } = municipality(sheetColumn, undefined, daysBetweenRuns(8));
      bundle.call('menuConfigureCuratorAccess');
      // The curator of school 1 writes school 2's name into the school cell of her own tab.
      emulator.actAs(K1);
      emulator.userEdit(tabName(1), 'B2', schoolName(2));
      emulator.actAs(COORDINATOR);
      bundle.call('menuConfigureCuratorAccess');
      expect(editorsOf(emulator, tabName(1))).toEqual([COORDINATOR, K1]);
      expect(editorsOf(emulator, tabName(2))).toEqual([COORDINATOR, K2]);
      expect(lastAlert(emulator)).toContain(
        `На листе «${tabName(1)}» в ячейке названия ОО указана ОО «МБОУ „СОШ № 2“», а лист закреплён за ОО «МБОУ „СОШ № 1“», ` +
          'поэтому доступ к листу не передан другой ОО.',
      );
      expect(lastAlert(emulator)).not.toContain('Изменился доступ');
    });
  }

  it('leaves both tabs as they were when a curator makes her tab’s protection name another school', () => {
    const { emulator, bundle } = municipality();
    bundle.call('menuConfigureCuratorAccess');
    const description = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(tabName(2))!.getProtections('SHEET')[0].getDescription(),
    );
    // She is an editor of her own tab's protection, so Google lets her change its description.
    emulator.actAs(K1);
    emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(tabName(1))!.getProtections('SHEET')[0].setDescription(description),
    );
    emulator.actAs(COORDINATOR);
    bundle.call('menuConfigureCuratorAccess');
    expect(editorsOf(emulator, tabName(1))).toEqual([COORDINATOR, K1]);
    expect(editorsOf(emulator, tabName(2))).toEqual([COORDINATOR, K2]);
    expect(lastAlert(emulator)).toContain(
      `Листы «${tabName(1)}», «${tabName(2)}» закреплены за одной и той же ОО «МБОУ „СОШ № 2“», поэтому доступ к ним не изменён.`,
    );
  });
});

describe('the report of a run', () => {
  it('lists the curators who got and lost each tab since the last run, and only the tabs that changed', () => {
    const { emulator, bundle } = municipality();
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).not.toContain('Изменился доступ');
    emulator.seedSheet(
      'Список ОО',
      rosterRows(['novaya@school1.ru', `${K2}; zam2@school2.ru`, K3, K4], false),
    );
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).toContain(
      'Изменился доступ к листам ОО:\n' +
        `— «${tabName(1)}»: доступ открыт: novaya@school1.ru; доступ закрыт: ${K1}\n` +
        `— «${tabName(2)}»: доступ открыт: zam2@school2.ru\n\n`,
    );
    expect(editorsOf(emulator, tabName(1))).toEqual([COORDINATOR, 'novaya@school1.ru']);
  });

  it('lists the change when «Лист» gives a tab to another school', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuConfigureCuratorAccess');
    emulator.seedSheet('Список ОО', [
      ['ОО', 'Лист', 'E-mail куратора'],
      [schoolName(1), tabName(2), K1],
      [schoolName(2), tabName(1), K2],
      [schoolName(3), tabName(3), K3],
      [schoolName(4), tabName(4), K4],
    ]);
    bundle.call('menuConfigureCuratorAccess');
    expect(editorsOf(emulator, tabName(1))).toEqual([COORDINATOR, K2]);
    expect(lastAlert(emulator)).toContain(
      'Изменился доступ к листам ОО:\n' +
        `— «${tabName(1)}»: доступ открыт: ${K2}; доступ закрыт: ${K1}\n` +
        `— «${tabName(2)}»: доступ открыт: ${K1}; доступ закрыт: ${K2}\n\n`,
    );
  });

  it('goes on past an address Google refuses, gives the tab to the school’s other curators and names the address', () => {
    const { emulator, bundle } = municipality(false, [K1, `zam2@school2.ru; ${K2}`, `new3@school3.ru`, K4]);
    // Google's own check of an address, stricter than ours: «Invalid email: …».
    const failure = emulator.failAt({
      method: 'Protection.addEditor',
      message: 'Invalid email: zam2@school2.ru',
    });
    bundle.call('menuConfigureCuratorAccess');
    expect(failure.fired).toBe(true);
    expect(editorsOf(emulator, tabName(2))).toEqual([COORDINATOR, K2]);
    expect(editorsOf(emulator, tabName(3))).toEqual([COORDINATOR, 'new3@school3.ru']);
    expect(editorsOf(emulator, tabName(4))).toEqual([COORDINATOR, K4]);
    expect(lastAlert(emulator)).toContain(`— «${tabName(2)}»: ${K2}\n— «${tabName(3)}»: new3@school3.ru\n`);
    expect(lastAlert(emulator)).toContain(
      'Google не принял адрес, поэтому доступ по нему не открыт:\n' +
        `— «${tabName(2)}»: zam2@school2.ru\n` +
        'Что сделать: исправьте адрес в столбце «E-mail куратора» на листе «Список ОО» и запустите команду ещё раз.',
    );
  });

  for (const method of ['Protection.setDescription', 'Protection.removeEditors']) {
    it(`goes on past a sheet whose protection fails (${method}), says which in Russian, and the next run sets it`, () => {
      const { emulator, bundle } = municipality();
      emulator.failAt({ method, kind: 'timedOut' });
      bundle.call('menuConfigureCuratorAccess');
      const report = lastAlert(emulator);
      expect(report).toContain(
        'Защита не настроена из-за ошибки Google Таблиц, остальные листы настроены:\n' +
          `— «${tabName(1)}»: «Service Spreadsheets timed out while accessing document with id`,
      );
      expect(report).toContain('Что сделать: запустите команду ещё раз.');
      expect(editorsOf(emulator, tabName(2))).toEqual([COORDINATOR, K2]);
      expect(editorsOf(emulator, 'Список ОО')).toEqual([COORDINATOR]);
      // The half-made protection is gone: it would pass for one set by hand from then on.
      expect(
        emulator.uncounted(() => emulator.spreadsheet.getSheetByName(tabName(1))!.getProtections('SHEET')),
      ).toEqual([]);
      bundle.call('menuConfigureCuratorAccess');
      expect(editorsOf(emulator, tabName(1))).toEqual([COORDINATOR, K1]);
      expect(lastAlert(emulator)).not.toContain('Защита не настроена');
      expect(lastAlert(emulator)).not.toContain('не надстройкой');
    });
  }
});

describe('a second run over an unchanged roster', () => {
  for (const sheetColumn of [false, true]) {
    it(`writes nothing to the spreadsheet${sheetColumn ? ' (with «Лист»)' : ''}`, () => {
      const { emulator, bundle } = municipality(sheetColumn);
      bundle.call('menuCreateParametersSheet');
      bundle.call('menuGenerateSummary');
      const first = spreadsheetWrites(emulator, () => bundle.call('menuConfigureCuratorAccess'));
      expect(first['Sheet.protect']).toBeGreaterThan(0);
      expect(spreadsheetWrites(emulator, () => bundle.call('menuConfigureCuratorAccess'))).toEqual({});
      expect(lastAlert(emulator)).toContain('Доступ настроен.');
    });
  }
});
