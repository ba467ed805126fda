/**
 * «Настроить доступ кураторов» on the emulator, whose Protection follows Google's documentation
 * (test/tools/gas-emulator/protection.test.ts cites it): a new sheet protection mirrors the spreadsheet's
 * editors, Sheet.protect() returns the existing one, the owner and the current user stay editors.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../tools/gas-emulator';
import { schoolName, schoolTab, seedMunicipality, start, tabName } from './municipality';

const COORDINATOR = 'koordinator@edu.example.ru';
const METODIST = 'metodist@edu.example.ru';
const K1 = 'kurator1@school1.ru';
const K2 = 'kurator2@school2.ru';
const K2B = 'zam2@school2.ru';
const K6 = 'kurator6@school6.ru';
const SHARED = [K1, K2, K2B, K6, 'kurator3@school3.ru', 'kurator4@school4.ru'];

function roster(k1 = K1): unknown[][] {
  return [
    ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
    [schoolName(1), tabName(1), '', 'Иванова Анна Сергеевна', k1],
    [schoolName(2), '', '', '', `${K2}; ${K2B}`],
    [schoolName(3), '', '', '', ''],
    [schoolName(5), '', '', '', 'kurator5@school5.ru'],
    [schoolName(6), '', '', '', K6],
  ];
}

function municipality(userEmail = COORDINATOR, owner = COORDINATOR) {
  const started = start({ userEmail, sharing: { owner, editors: [...SHARED, METODIST] } });
  const { emulator } = started;
  seedMunicipality(emulator, 4);
  emulator.seedSheet(tabName(6), schoolTab(6));
  emulator.seedSheet('Список ОО', roster());
  // Someone protected school 6's tab by hand: the command must leave that protection alone.
  emulator.uncounted(() =>
    emulator.spreadsheet
      .getSheetByName(tabName(6))!
      .protect()
      .setDescription('Закрыто методистом')
      .removeEditor(K6),
  );
  return started;
}

interface SheetProtection {
  description: string;
  warningOnly: boolean;
  editors: string[];
  may: (email: string) => boolean;
}

function protectionsOf(emulator: Emulator, name: string): SheetProtection[] {
  return emulator.uncounted(() =>
    emulator.spreadsheet
      .getSheetByName(name)!
      .getProtections('SHEET')
      .map((protection) => ({
        description: protection.getDescription(),
        warningOnly: protection.isWarningOnly(),
        editors: protection.getEditors().map((user) => user.getEmail()),
        may: (email: string) => protection._canEdit(email),
      })),
  );
}

describe('«Настроить доступ кураторов»', () => {
  it('lets only the runner and its curators edit each school tab, warns on generated sheets, leaves the base open, and does the same when run twice', () => {
    const { emulator, bundle } = municipality();
    bundle.call('menuGenerateSummary');
    bundle.call('menuConfigureCuratorAccess');
    const first = emulator.uncounted(() => emulator.spreadsheet.getProtections('SHEET').length);
    bundle.call('menuConfigureCuratorAccess');
    expect(emulator.uncounted(() => emulator.spreadsheet.getProtections('SHEET').length)).toBe(first);

    const [one] = protectionsOf(emulator, tabName(1));
    expect(protectionsOf(emulator, tabName(1))).toHaveLength(1);
    expect(one.description).toBe(
      'Наставничество: лист ОО «МБОУ „СОШ № 1“» — редактируют куратор ОО и муниципальный координатор',
    );
    expect(one.editors).toEqual([COORDINATOR, K1]);
    expect([one.may(K1), one.may(K2), one.may(METODIST)]).toEqual([true, false, false]);
    expect(protectionsOf(emulator, tabName(2))[0].editors).toEqual([COORDINATOR, K2, K2B]);
    // No curator e-mail (school 3) or not on the roster (school 4): the tab stays open to the school.
    expect(protectionsOf(emulator, tabName(3))).toEqual([]);
    expect(protectionsOf(emulator, tabName(4))).toEqual([]);
    expect(protectionsOf(emulator, 'База наставников')).toEqual([]);
    const [summary] = protectionsOf(emulator, 'Сводная');
    expect([summary.warningOnly, summary.may(K1)]).toEqual([true, true]);
    const [byHand] = protectionsOf(emulator, tabName(6));
    expect([byHand.description, byHand.may(K6)]).toEqual(['Закрыто методистом', false]);

    const report = emulator.ui.alerts.at(-1)!.prompt;
    expect(report).toContain(
      `Доступ настроен. Листы ОО могут редактировать только кураторы этих ОО, указанные на листе «Список ОО», и вы (${COORDINATOR}).`,
    );
    expect(report).toContain(`— «${tabName(2)}»: ${K2}, ${K2B}`);
    expect(report).toContain(
      'На листе «Список ОО» нет адреса куратора, поэтому лист ОО не защищён: «МБОУ „СОШ № 3“».',
    );
    expect(report).toContain('Нет листа ОО: «МБОУ „СОШ № 5“».');
    expect(report).toContain(`ОО не указана на листе «Список ОО», поэтому лист не защищён: «${tabName(4)}».`);
    expect(report).toContain(`Лист «${tabName(6)}» уже защищён не надстройкой; эта защита не изменена.`);
    expect(report).toContain('Лист «Сводная» сформирован надстройкой');
    expect(report).toContain('Лист «База наставников» остаётся открытым');
    expect(report).toContain('Защита ограничивает редактирование, но не просмотр');
  });

  it('follows the roster on the next run: a curator taken off it loses the tab, the new one gets it', () => {
    const { emulator, bundle } = municipality();
    bundle.call('menuConfigureCuratorAccess');
    emulator.seedSheet('Список ОО', roster('novyj.kurator@school1.ru'));
    bundle.call('menuConfigureCuratorAccess');
    const [one] = protectionsOf(emulator, tabName(1));
    expect(one.editors).toEqual([COORDINATOR, 'novyj.kurator@school1.ru']);
    expect(one.may(K1)).toBe(false);
  });

  it('never locks out the person running it when that is not the owner', () => {
    const { emulator, bundle } = municipality(METODIST, COORDINATOR);
    bundle.call('menuConfigureCuratorAccess');
    const [one] = protectionsOf(emulator, tabName(1));
    expect([...one.editors].sort()).toEqual([COORDINATOR, K1, METODIST].sort());
    expect(one.may(METODIST)).toBe(true);
  });

  it('lets a curator check the whole spreadsheet afterwards: their own tab is marked, other schools’ tabs are read but not written', () => {
    const { emulator, bundle } = municipality();
    bundle.call('menuConfigureCuratorAccess');
    // School 2's tab has an error the curator of school 1 may not mark.
    emulator.uncounted(() => emulator.spreadsheet.getSheetByName(tabName(2))!.getRange('E6').setValue(-5));
    emulator.uncounted(() => emulator.spreadsheet.getSheetByName(tabName(1))!.getRange('E6').setValue(-3));
    emulator.actAs(K1);
    bundle.call('menuCheckWorkbook');
    const result = emulator.ui.alerts.at(-1)!.prompt;
    expect(result).toMatch(/^Найден[аоы] /);
    expect(result).toContain(
      `Отметки в ячейках не поставлены на листе «${tabName(2)}»: они защищены от ваших правок.`,
    );
    const notes = emulator.uncounted(() =>
      [1, 2].map((i) => emulator.spreadsheet.getSheetByName(tabName(i))!.getRange('E6').getNote()),
    );
    expect(notes[0]).toContain('Ошибка:');
    expect(notes[1]).toBe('');
    emulator.uncounted(() =>
      emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName(tabName(2))!),
    );
    expect(bundle.call('sidebarCatchUpMarks')).toEqual({ ok: true, message: '' });
  });

  it('without «Список ОО» says what to do and protects nothing', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 2);
    bundle.call('menuConfigureCuratorAccess');
    expect(emulator.ui.alerts.at(-1)!.prompt).toContain('В таблице нет листа «Список ОО»');
    expect(emulator.uncounted(() => emulator.spreadsheet.getProtections('SHEET'))).toEqual([]);
  });
});
