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

describe('A script’s edits of a protected area', () => {
  // Scripts bound to a spreadsheet and add-ons run as «the user at the keyboard»
  // (https://developers.google.com/apps-script/guides/services/authorization, «Permissions and types of
  // scripts»), so what the protection refuses the user (https://developers.google.com/apps-script/reference/spreadsheet/protection)
  // it refuses their script: values, formats, clearing, rows and columns, the sheet's name and the sheet itself.
  const refused = /You are trying to edit a protected cell or object/;

  function lockedSheet() {
    const emulator = shared();
    const sheet = emulator.spreadsheet.insertSheet('Список ОО');
    sheet.getRange('A1:B2').setValues([
      ['ОО', 'E-mail куратора'],
      ['МБОУ «СОШ № 1»', 'kurator1@school1.ru'],
    ]);
    const protection = sheet.protect();
    protection.removeEditors(['kurator1@school1.ru', 'kurator2@school2.ru']);
    emulator.actAs('kurator2@school2.ru');
    return { emulator, sheet, protection };
  }

  it('refuses every change of the sheet to a user the protection does not list, and keeps the cells as they were', () => {
    const { emulator, sheet } = lockedSheet();
    const edits: (() => unknown)[] = [
      () => sheet.getRange('B2').setValue('kurator2@school2.ru'),
      () => sheet.getRange('A2:B2').setValues([['x', 'y']]),
      () => sheet.getRange('A2:B2').clear(),
      () => sheet.getRange('A2:B2').clearContent(),
      () => sheet.getRange('A2').setFormula('=1'),
      () => sheet.getRange('A2').setBackground('#ff0000'),
      () => sheet.getRange('A2').setDataValidation(null),
      () => sheet.getRange('A1:B1').merge(),
      () => sheet.clear(),
      () => sheet.appendRow(['МБОУ «СОШ № 2»', 'kurator2@school2.ru']),
      () => sheet.insertRowsAfter(1, 1),
      () => sheet.insertColumnBefore(1),
      () => sheet.deleteRow(2),
      () => sheet.deleteColumns(2, 1),
      () => sheet.setName('Мой список'),
      () => emulator.spreadsheet.deleteSheet(sheet),
      () => emulator.userEdit('Список ОО', 'B2', 'kurator2@school2.ru'),
    ];
    for (const edit of edits) expect(edit).toThrow(refused);
    emulator.actAs(OWNER);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['ОО', 'E-mail куратора'],
      ['МБОУ «СОШ № 1»', 'kurator1@school1.ru'],
    ]);
    expect(sheet.getName()).toBe('Список ОО');
  });

  it('lets the user edit an unprotected range of a protected sheet, and only there', () => {
    const { emulator, sheet, protection } = lockedSheet();
    emulator.actAs(OWNER);
    protection.setUnprotectedRanges([sheet.getRange('C1:C10')]);
    emulator.actAs('kurator2@school2.ru');
    sheet.getRange('C2').setValue('примечание');
    expect(() => sheet.getRange('B2:C2').setValues([['a', 'b']])).toThrow(refused);
    expect(() => sheet.insertRowBefore(5)).toThrow(refused);
  });

  it('refuses an edit that touches a protected range, and lets the rest of the sheet be edited', () => {
    const emulator = shared();
    const sheet = emulator.spreadsheet.insertSheet('СОШ 1');
    sheet.getRange('A1:B2').protect().removeEditors(['kurator2@school2.ru']);
    emulator.actAs('kurator2@school2.ru');
    expect(() => sheet.getRange('B2:C3').setValue('x')).toThrow(refused);
    expect(() => sheet.deleteRows(2, 1)).toThrow(refused);
    sheet.getRange('C3').setValue('можно');
    sheet.insertRowsAfter(5, 1);
    sheet.deleteRows(4, 1);
    expect(sheet.getRange('C3').getValue()).toBe('можно');
  });

  it('refuses a change of the protection itself to a user it does not list', () => {
    const { protection } = lockedSheet();
    const denied = /You do not have permission/;
    expect(() => protection.setDescription('открыто')).toThrow(denied);
    expect(() => protection.setWarningOnly(true)).toThrow(denied);
    expect(() => protection.addEditor('kurator2@school2.ru')).toThrow(denied);
    expect(() => protection.remove()).toThrow(denied);
    expect(protection.canEdit()).toBe(false);
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

describe('Reading protections', () => {
  // Spreadsheet.getProtections(type): «all protected ranges or sheets in the spreadsheet»
  // (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getProtections(ProtectionType));
  // Sheet.getProtections(type): «all protected ranges in the sheet, or a single-element array with the protection
  // on the sheet itself» (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getProtections(ProtectionType)).
  it('gives every sheet’s protection from the spreadsheet and only its own from a sheet, one call each', () => {
    const emulator = shared();
    const [first, second] = emulator.uncounted(() => {
      const one = emulator.spreadsheet.insertSheet('СОШ 1');
      const two = emulator.spreadsheet.insertSheet('СОШ 2');
      emulator.spreadsheet.insertSheet('СОШ 3');
      one.protect().setDescription('первая');
      two.protect().setDescription('вторая');
      return [one, two];
    });
    emulator.resetCalls();
    const all = emulator.spreadsheet.getProtections('SHEET');
    expect(emulator.uncounted(() => all.map((protection) => protection.getDescription()))).toEqual([
      'первая',
      'вторая',
    ]);
    expect(second.getProtections('SHEET')).toHaveLength(1);
    expect(emulator.spreadsheet.getSheetByName('СОШ 3')!.getProtections('SHEET')).toEqual([]);
    expect(first.getProtections('RANGE')).toEqual([]);
    expect(emulator.calls()).toEqual({
      'Spreadsheet.getProtections': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getProtections': 3,
    });
  });

  it('counts each Protection method the add-on uses as one call, however many editors it is given', () => {
    const emulator = shared();
    const protection = emulator.uncounted(() => emulator.spreadsheet.insertSheet('СОШ 1').protect());
    emulator.resetCalls();
    protection.setDescription('Наставничество: лист ОО');
    protection.getDescription();
    protection.removeEditors(['kurator1@school1.ru', 'kurator2@school2.ru']);
    protection.addEditors(['kurator1@school1.ru', 'kurator2@school2.ru']);
    protection.addEditor('zam1@school1.ru');
    const editors = protection.getEditors();
    protection.canDomainEdit();
    expect(emulator.calls()).toEqual({
      'Protection.setDescription': 1,
      'Protection.getDescription': 1,
      'Protection.removeEditors': 1,
      'Protection.addEditors': 1,
      'Protection.addEditor': 1,
      'Protection.getEditors': 1,
      'Protection.canDomainEdit': 1,
    });
    // An editor's address is read from the User, one more call each (Protection.getEditors() returns User[]).
    emulator.resetCalls();
    expect(emails(editors)).toEqual([OWNER, 'kurator1@school1.ru', 'kurator2@school2.ru', 'zam1@school1.ru']);
    expect(emulator.calls()).toEqual({ 'User.getEmail': 4 });
  });

  it('remove() takes the protection off the sheet and the spreadsheet, and only an editor may do it', () => {
    const emulator = shared();
    const sheet = emulator.spreadsheet.insertSheet('СОШ 1');
    const protection = sheet.protect();
    protection.removeEditors(['kurator1@school1.ru']);
    emulator.actAs('kurator1@school1.ru');
    expect(() => protection.remove()).toThrow(/You do not have permission/);
    emulator.actAs(OWNER);
    protection.remove();
    expect(sheet.getProtections('SHEET')).toEqual([]);
    expect(emulator.spreadsheet.getProtections('SHEET')).toEqual([]);
  });

  it('a new protection lets the domain edit when the spreadsheet does, until the script says otherwise', () => {
    const emulator = createEmulator({ userEmail: OWNER, sharing: { domainEdit: true } });
    const protection = emulator.spreadsheet.insertSheet('СОШ 1').protect();
    expect(protection.canDomainEdit()).toBe(true);
    protection.setDomainEdit(false);
    expect(protection.canDomainEdit()).toBe(false);
  });
});
