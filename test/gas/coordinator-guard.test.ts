/**
 * The commands that change other people's sheets are the municipal coordinator's: a curator (an address in
 * «E-mail куратора» on «Список ОО») is told so in Russian and nothing changes. The spreadsheet's owner and the
 * person who last set access are the coordinator even when the roster lists them as curators, and so is anyone
 * the roster does not name. An add-on runs as the user at the keyboard
 * (https://developers.google.com/apps-script/guides/services/authorization); Session.getActiveUser().getEmail()
 * gives a blank string where security policies hide the address
 * (https://developers.google.com/apps-script/reference/base/user#getEmail()), and then the command runs: a
 * coordinator is never locked out. The emulator switches the user with actAs().
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../tools/gas-emulator';
import { COORDINATOR, K1, K2, K3, K4, lastAlert, municipality, rosterRows } from './access-fixture';

const COORDINATOR_COMMANDS = [
  'menuConfigureCuratorAccess',
  'menuGenerateSummary',
  'menuGenerateRecommendations',
  'menuCreateSchoolSheets',
  'menuCreateDocuments',
] as const;

const refusal = (email: string, school: string) =>
  `Команда предназначена для муниципального координатора, поэтому ничего не изменено: адрес ${email} указан на листе «Список ОО» ` +
  `как адрес куратора (ОО: ${school}). Что сделать: попросите муниципального координатора запустить команду; ` +
  'свой лист ОО можно проверить командой «Проверить текущий лист».';

/** Everything a command could change: sheets and their cells, protections, documents, stored properties. */
function snapshot(emulator: Emulator): string {
  return emulator.uncounted(() =>
    JSON.stringify({
      sheets: emulator.spreadsheet
        .getSheets()
        .map((sheet) => [sheet.getName(), sheet.getDataRange().getValues()]),
      protections: emulator.spreadsheet
        .getProtections('SHEET')
        .map((protection) => [protection.getDescription(), protection.isWarningOnly()]),
      documents: emulator.documents.length,
    }),
  );
}

/** A roster with a fifth school and no tab yet, so «Создать листы ОО по списку» would have something to create. */
function withFifthSchool() {
  const started = municipality(true, [K1, K2, K3, K4, 'kurator5@school5.ru']);
  started.bundle.call('menuCreateParametersSheet');
  return started;
}

describe('a curator running a coordinator’s command', () => {
  for (const command of COORDINATOR_COMMANDS) {
    it(`${command}: is told in Russian that it is the coordinator’s, and nothing changes`, () => {
      const { emulator, bundle } = withFifthSchool();
      const before = snapshot(emulator);
      emulator.actAs(K2);
      bundle.call(command);
      expect(lastAlert(emulator)).toBe(refusal(K2, '«МБОУ „СОШ № 2“»'));
      expect(emulator.ui.toasts).toEqual([]);
      expect(snapshot(emulator)).toBe(before);
    });
  }

  it('is recognised whatever the case of the address', () => {
    const { emulator, bundle } = withFifthSchool();
    emulator.actAs(K1.toUpperCase());
    bundle.call('menuGenerateSummary');
    expect(lastAlert(emulator)).toBe(refusal(K1, '«МБОУ „СОШ № 1“»'));
  });

  it('can still check her tab: the checks are hers', () => {
    const { emulator, bundle } = withFifthSchool();
    emulator.actAs(K1);
    bundle.call('menuCheckWorkbook');
    expect(lastAlert(emulator)).not.toMatch(/^Команда предназначена/);
  });
});

describe('the coordinator', () => {
  it('is the owner even when the roster lists the owner as a school’s curator', () => {
    const { emulator, bundle } = municipality(true, [COORDINATOR, K2, K3, K4]);
    bundle.call('menuGenerateSummary');
    expect(lastAlert(emulator)).toMatch(/^Лист «Сводная» сформирован/);
  });

  it('is the person who last set access, though not the owner and later listed as a curator', () => {
    const METODIST = 'metodist@edu.example.ru';
    const { emulator, bundle } = municipality(true);
    emulator.actAs(METODIST);
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).toMatch(/^Доступ настроен\./);
    emulator.seedSheet('Список ОО', rosterRows([METODIST, K2, K3, K4], true));
    bundle.call('menuGenerateSummary');
    expect(lastAlert(emulator)).toMatch(/^Лист «Сводная» сформирован/);
    // A curator who never set access stays a curator.
    emulator.actAs(K2);
    bundle.call('menuGenerateSummary');
    expect(lastAlert(emulator)).toBe(refusal(K2, '«МБОУ „СОШ № 2“»'));
  });

  it('is anyone the roster does not name', () => {
    const { emulator, bundle } = municipality(true);
    emulator.actAs('zamestitel@edu.example.ru');
    bundle.call('menuGenerateSummary');
    expect(lastAlert(emulator)).toMatch(/^Лист «Сводная» сформирован/);
  });

  it('is not locked out when Google gives no address: the command runs', () => {
    const { emulator, bundle } = municipality(true);
    emulator.actAs('');
    bundle.call('menuGenerateSummary');
    expect(lastAlert(emulator)).toMatch(/^Лист «Сводная» сформирован/);
  });
});

describe('«Справка»', () => {
  it('says which commands are the curator’s and which the coordinator’s', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuHelp');
    expect(lastAlert(emulator)).toContain(
      'Команды куратора ОО: «Проверить текущий лист», «Проверить всю таблицу», «Открыть панель проверки». ' +
        '«Сформировать сводную», «Сформировать рекомендации», «Создать справку и письма», «Создать листы ОО по списку» ' +
        'и «Настроить доступ кураторов» изменяют листы всех ОО и общие листы, поэтому их выполняет муниципальный координатор',
    );
  });
});
