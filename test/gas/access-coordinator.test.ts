/**
 * The sheets the coordinator fills are the coordinator's after «Настроить доступ кураторов»: a curator's own
 * script and her own typing are refused on them. An add-on runs as the user at the keyboard
 * (https://developers.google.com/apps-script/guides/services/authorization, «Permissions and types of
 * scripts»), and a protection refuses its area to anyone it does not list
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection, Sheet.protect():
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()); the emulator does both.
 */
import { describe, expect, it } from 'vitest';
import { longCsvHeader } from '../../src/core/long-format/long-csv';
import { lastPeriodRow } from '../core/long-format/last-period-row';
import { COORDINATOR, K1, K2, editorsOf, lastAlert, mayEdit, municipality } from './access-fixture';
import { tabName } from './municipality';

const REFUSED = /You are trying to edit a protected cell or object/;
/** An editor of the spreadsheet whom the roster does not name: the coordinator's side, not a curator. */
const METODIST = 'metodist@edu.example.ru';
const COORDINATOR_SHEETS = ['Список ОО', 'Параметры', 'Показатели', 'Шаблоны рекомендаций', 'Прошлый период'];

function withEveryCoordinatorSheet() {
  const started = municipality(true);
  const { emulator, bundle } = started;
  bundle.call('menuCreateParametersSheet');
  bundle.call('menuCreateCatalogueSheet');
  bundle.call('menuCreateTemplatesSheet');
  const header = longCsvHeader().split(',');
  const row = lastPeriodRow({ indicator_id: 'ped_total', type: 'count', schools_counted: 3, met: null });
  emulator.seedSheet('Прошлый период', [
    header,
    header.map((name) => (row as unknown as Record<string, unknown>)[name] ?? ''),
  ]);
  return started;
}

describe('«Настроить доступ кураторов» and the coordinator’s sheets', () => {
  it('protects «Список ОО», «Параметры», «Показатели», «Шаблоны рекомендаций» and «Прошлый период» for the coordinator alone', () => {
    const { emulator, bundle } = withEveryCoordinatorSheet();
    bundle.call('menuConfigureCuratorAccess');
    for (const sheet of COORDINATOR_SHEETS) {
      expect(editorsOf(emulator, sheet), sheet).toEqual([COORDINATOR]);
      expect([mayEdit(emulator, sheet, COORDINATOR), mayEdit(emulator, sheet, K1)], sheet).toEqual([
        true,
        false,
      ]);
    }
    expect(lastAlert(emulator)).toContain(
      'Листы «Список ОО», «Параметры», «Показатели», «Шаблоны рекомендаций», «Прошлый период» могут редактировать только вы: ' +
        'кураторы ОО их только просматривают.',
    );
    // The school tabs stay their curators', the base everyone's.
    expect(mayEdit(emulator, tabName(1), K1)).toBe(true);
    expect(mayEdit(emulator, 'База наставников', K2)).toBe(true);
  });

  it('refuses a curator who writes her address into another school’s row of «Список ОО», by her script or by hand', () => {
    const { emulator, bundle } = withEveryCoordinatorSheet();
    bundle.call('menuConfigureCuratorAccess');
    emulator.actAs(K1);
    const roster = emulator.uncounted(() => emulator.spreadsheet.getSheetByName('Список ОО')!);
    expect(() => roster.getRange('C3').setValue(`${K2}; ${K1}`)).toThrow(REFUSED);
    expect(() => roster.appendRow(['МБОУ «СОШ № 9»', 'СОШ № 2', K1])).toThrow(REFUSED);
    expect(() => emulator.userEdit('Список ОО', 'C3', K1)).toThrow(REFUSED);
    expect(() => emulator.userEdit('Параметры', 'B2', 'иное')).toThrow(REFUSED);
    expect(emulator.uncounted(() => roster.getRange('C3').getValue())).toBe(K2);

    // So the coordinator's next run gives her nothing more than her own tab.
    emulator.actAs(COORDINATOR);
    bundle.call('menuConfigureCuratorAccess');
    expect([mayEdit(emulator, tabName(1), K1), mayEdit(emulator, tabName(2), K1)]).toEqual([true, false]);
  });

  it('keeps the owner an editor of the coordinator’s sheets when someone else runs it, and says so', () => {
    const { emulator, bundle } = municipality(true);
    emulator.actAs(METODIST);
    bundle.call('menuConfigureCuratorAccess');
    expect([...editorsOf(emulator, 'Список ОО')].sort()).toEqual(
      [METODIST, emulator.spreadsheet.getOwner().getEmail()].sort(),
    );
    expect(lastAlert(emulator)).toContain(
      'Лист «Список ОО» может редактировать только вы и владелец таблицы: кураторы ОО его только просматривают.',
    );
  });

  it('is refused to anyone who may not edit «Список ОО» once the coordinator has set access: their run would give them the tabs', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuConfigureCuratorAccess');
    const before = editorsOf(emulator, tabName(2));
    // Not a curator on the roster, so the coordinator guard lets the run start; the roster's protection stops it.
    emulator.actAs(METODIST);
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).toBe(
      'Доступ не изменён: настраивать его может только тот, кто может редактировать лист «Список ОО», — муниципальный координатор. ' +
        'Что сделать: попросите муниципального координатора запустить команду.',
    );
    emulator.actAs(COORDINATOR);
    expect(editorsOf(emulator, tabName(2))).toEqual(before);
  });
});

describe('commands that write the coordinator’s sheets', () => {
  it('«Создать листы ОО по списку» run by someone who may not edit «Список ОО» says in Russian that it is protected, and creates nothing', () => {
    const { emulator, bundle } = municipality(true, [
      K1,
      K2,
      'kurator3@school3.ru',
      'kurator4@school4.ru',
      'k5@school5.ru',
    ]);
    bundle.call('menuConfigureCuratorAccess');
    const sheets = () =>
      emulator.uncounted(() => emulator.spreadsheet.getSheets().map((sheet) => sheet.getName()));
    const before = sheets();
    emulator.actAs(METODIST);
    bundle.call('menuCreateSchoolSheets');
    expect(lastAlert(emulator)).toBe(
      'Листы ОО не созданы: лист «Список ОО» защищён от ваших правок, а команда заполняет на нём столбец «Лист». ' +
        'Что сделать: попросите муниципального координатора создать листы ОО.',
    );
    expect(sheets()).toEqual(before);
    // The coordinator's own run still creates school 5's tab and fills its «Лист».
    emulator.actAs(COORDINATOR);
    bundle.call('menuCreateSchoolSheets');
    expect(sheets().length).toBe(before.length + 1);
  });
});

describe('generated sheets', () => {
  it('get their warning-only protection when generated, before access is set, and keep it unchanged on regeneration', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuGenerateSummary');
    const protections = () =>
      emulator.uncounted(() =>
        emulator.spreadsheet
          .getSheetByName('Сводная')!
          .getProtections('SHEET')
          .map((protection) => [protection.getDescription(), protection.isWarningOnly()]),
      );
    expect(protections()).toEqual([
      ['Наставничество: лист сформирован надстройкой — правки с предупреждением', true],
    ]);
    emulator.resetCalls();
    bundle.call('menuGenerateSummary');
    expect(protections()).toHaveLength(1);
    expect(emulator.calls()['Protection.setDescription'] ?? 0).toBe(0);
    expect(emulator.calls()['Sheet.protect'] ?? 0).toBe(0);
    // Another editor may still regenerate it: a warning does not stop a script.
    emulator.actAs(METODIST);
    bundle.call('menuGenerateSummary');
    expect(lastAlert(emulator)).toMatch(/^Лист «Сводная» сформирован/);
  });

  it('tells someone in Russian that a sheet protected against them cannot be generated, and changes nothing on it', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuGenerateSummary');
    emulator.uncounted(() => {
      const protection = emulator.spreadsheet.getSheetByName('Сводная')!.getProtections('SHEET')[0];
      protection.setWarningOnly(false).setDescription('Закрыто координатором');
      protection.removeEditors([K1, K2, 'kurator3@school3.ru', 'kurator4@school4.ru', METODIST]);
    });
    const before = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('Сводная')!.getDataRange().getValues(),
    );
    emulator.actAs(METODIST);
    bundle.call('menuGenerateSummary');
    expect(lastAlert(emulator)).toBe(
      'Лист «Сводная» не сформирован: он защищён от ваших правок. Содержимое листа не изменено. ' +
        'Что сделать: попросите муниципального координатора сформировать лист или снять с него защиту.',
    );
    expect(
      emulator.uncounted(() => emulator.spreadsheet.getSheetByName('Сводная')!.getDataRange().getValues()),
    ).toEqual(before);
  });
});

describe('a curator’s check over a range the coordinator protected by hand', () => {
  it('reads the tab, leaves the protected cells unmarked and says so, instead of failing', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuConfigureCuratorAccess');
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName(tabName(1))!;
      sheet.getRange('E6').setValue(-3);
      sheet.getRange('E1:E60').protect().setDescription('Проверено координатором').removeEditors([K1]);
    });
    emulator.actAs(K1);
    bundle.call('menuCheckWorkbook');
    expect(lastAlert(emulator)).toMatch(/^Найден[аоы] /);
    expect(lastAlert(emulator)).toContain(
      `Отметки в ячейках не поставлены на листе «${tabName(1)}»: они защищены от ваших правок.`,
    );
    expect(
      emulator.uncounted(() => emulator.spreadsheet.getSheetByName(tabName(1))!.getRange('E6').getNote()),
    ).toBe('');
  });
});
