/**
 * The Protection API as Google documents it: https://developers.google.com/apps-script/reference/spreadsheet/protection
 * (class Protection), Sheet.protect() (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect()),
 * Session.getEffectiveUser() (https://developers.google.com/apps-script/reference/base/session) and the Sheets API's
 * ProtectedRange.warningOnly (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#protectedrange).
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from './index';

const OWNER = 'koordinator@edu.example.ru';
const emails = (users: { getEmail(): string }[]) => users.map((user) => user.getEmail());

function shared() {
  return createEmulator({
    userEmail: OWNER,
    sharing: { editors: ['kurator1@school1.ru', 'kurator2@school2.ru'] },
  });
}

describe('Sheet.protect()', () => {
  it('mirrors the spreadsheet’s editors until the editors are changed, so a new protection protects nothing yet', () => {
    // «Until the script actually changes the list of editors for the sheet … the permissions mirror
    // those of the spreadsheet itself, which effectively means that the sheet remains unprotected.»
    const { spreadsheet } = shared();
    const protection = spreadsheet.insertSheet('СОШ 1').protect();
    expect(emails(protection.getEditors())).toEqual([OWNER, 'kurator1@school1.ru', 'kurator2@school2.ru']);
    expect(protection._canEdit('kurator2@school2.ru')).toBe(true);
    protection.removeEditor('kurator2@school2.ru');
    expect(protection._canEdit('kurator2@school2.ru')).toBe(false);
    expect(protection._canEdit('kurator1@school1.ru')).toBe(true);
  });

  it('returns the existing protection of a protected sheet instead of adding a second one', () => {
    // «If the sheet is already protected, this method returns an object representing the existing protection settings.»
    const { spreadsheet } = shared();
    const sheet = spreadsheet.insertSheet('СОШ 1');
    sheet.protect().setDescription('первая');
    expect(sheet.protect().getDescription()).toBe('первая');
    expect(sheet.getProtections('SHEET')).toHaveLength(1);
    expect(spreadsheet.getProtections('SHEET')).toHaveLength(1);
  });
});

describe('Protection editors', () => {
  it('never removes the spreadsheet’s owner or the current user', () => {
    // removeEditor: «Neither the owner of the spreadsheet nor the current user can be removed.»
    const emulator = createEmulator({
      userEmail: 'metodist@edu.example.ru',
      sharing: { owner: OWNER, editors: ['kurator1@school1.ru'] },
    });
    const protection = emulator.spreadsheet.insertSheet('СОШ 1').protect();
    protection.removeEditors(protection.getEditors());
    expect(emails(protection.getEditors())).toEqual([OWNER, 'metodist@edu.example.ru']);
    protection.addEditors(['kurator1@school1.ru']).addEditor('kurator1@school1.ru');
    expect(emails(protection.getEditors())).toEqual([
      OWNER,
      'metodist@edu.example.ru',
      'kurator1@school1.ru',
    ]);
  });

  it('follows the documented sample: add the effective user, remove the others, switch domain edit off', () => {
    const emulator = createEmulator({
      userEmail: OWNER,
      sharing: { editors: ['kurator1@school1.ru'], domainEdit: true },
    });
    const Session = emulator.globals.Session as { getEffectiveUser(): { getEmail(): string } };
    const protection = emulator.spreadsheet.insertSheet('СОШ 1').protect();
    expect(protection.canDomainEdit()).toBe(true);
    protection.addEditor(Session.getEffectiveUser().getEmail());
    protection.removeEditors(protection.getEditors());
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
    expect(emails(protection.getEditors())).toEqual([OWNER]);
    expect(protection._canEdit('kurator1@school1.ru')).toBe(false);
  });

  it('rejects an editor that is not an e-mail address', () => {
    const protection = shared().spreadsheet.insertSheet('СОШ 1').protect();
    expect(() => protection.addEditor('не указан')).toThrow(/Invalid email/);
    expect(protection.canEdit()).toBe(true);
  });
});

describe('Edits of a protected sheet', () => {
  it('are refused for a user the protection does not list, allowed for its editors and everywhere under a warning only', () => {
    // A script runs with its user's rights; Sheets refuses the edit of a protected range to others.
    const emulator = shared();
    const sheet = emulator.spreadsheet.insertSheet('СОШ 1');
    sheet.protect().removeEditor('kurator2@school2.ru');
    const summary = emulator.spreadsheet.insertSheet('Сводная');
    summary.protect().setWarningOnly(true);
    emulator.actAs('kurator2@school2.ru');
    expect(() => sheet.getRange('A1').setValue('x')).toThrow(
      /You are trying to edit a protected cell or object/,
    );
    expect(() => sheet.getRange('A1:B1').setNotes([['a', 'b']])).toThrow(/protected/);
    expect(sheet.getProtections('SHEET')[0].canEdit()).toBe(false);
    summary.getRange('A1').setValue('правка с предупреждением');
    emulator.actAs('kurator1@school1.ru');
    sheet.getRange('A1').setValue('своя ОО');
    expect(sheet.getRange('A1').getValue()).toBe('своя ОО');
  });
});

describe('Session.getEffectiveUser()', () => {
  it('is refused without the userinfo.email scope in the manifest, with Google’s message', () => {
    // «Scripts that use this method require authorization with … https://www.googleapis.com/auth/userinfo.email»
    const narrow = createEmulator({
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    });
    const Session = narrow.globals.Session as { getEffectiveUser(): { getEmail(): string } };
    expect(() => Session.getEffectiveUser()).toThrow(
      'You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    const allowed = createEmulator({
      oauthScopes: ['https://www.googleapis.com/auth/userinfo.email'],
      userEmail: OWNER,
    });
    expect((allowed.globals.Session as typeof Session).getEffectiveUser().getEmail()).toBe(OWNER);
  });
});

describe('Warning-only protection', () => {
  it('lets everyone edit after a warning, has no editors, and gives the document’s editors back when turned off', () => {
    // «Warning-based protection means that every user can edit data in the area, except editing prompts a warning».
    // Sheets API: «if this field is true, then editors are ignored … if this field is changed from true to false …
    // the editors will be set to all the editors in the document.»
    const { spreadsheet } = shared();
    const protection = spreadsheet.insertSheet('Сводная').protect();
    protection.removeEditor('kurator1@school1.ru');
    protection.setWarningOnly(true).setDescription('Наставничество: сформированный лист');
    expect(protection.isWarningOnly()).toBe(true);
    expect(protection._canEdit('kurator1@school1.ru')).toBe(true);
    expect(protection.getEditors()).toEqual([]);
    expect(() => protection.addEditor('kurator1@school1.ru')).toThrow(/warning-only/);
    protection.setWarningOnly(false);
    expect(emails(protection.getEditors())).toEqual([OWNER, 'kurator1@school1.ru', 'kurator2@school2.ru']);
  });
});
