import { describe, expect, it } from 'vitest';
import { BASE_HEADER_ROW } from '../core/base/base-grid';
import { start } from './municipality';

function activate(emulator: ReturnType<typeof start>['emulator'], name: string): void {
  emulator.uncounted(() => emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName(name)!));
}

function sheetNames(emulator: ReturnType<typeof start>['emulator']): string[] {
  return emulator.uncounted(() => emulator.spreadsheet.getSheets().map((sheet) => sheet.getName()));
}

describe('«Создать лист «База наставников»»', () => {
  it('creates the form with the canonical header, a frozen header row, widths and a non-strict dropdown of forms', () => {
    const { emulator, bundle } = start();
    bundle.call('menuCreateBaseSheet');
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual(['Лист «База наставников» создан.']);
    const facts = emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('База наставников')!;
      const rule = sheet.getRange('G2').getDataValidation();
      return {
        header: sheet.getRange(1, 1, 1, 8).getValues()[0],
        frozen: sheet.getFrozenRows(),
        mentorWidth: sheet.getColumnWidth(2),
        criteria: rule?.getCriteriaType(),
        forms: rule?.getCriteriaValues()[0] as string[],
        allowInvalid: rule?.getAllowInvalid(),
        note: sheet.getRange('A1').getNote(),
      };
    });
    expect(facts.header).toEqual(BASE_HEADER_ROW);
    expect(facts.frozen).toBe(1);
    expect(facts.mentorWidth).toBeGreaterThan(150);
    expect(facts.criteria).toBe('VALUE_IN_LIST');
    expect(facts.forms).toContain('педагог — педагог');
    expect(facts.allowInvalid).toBe(true);
    expect(facts.note).toContain('База наставников');
  });

  it('never overwrites an existing sheet of that name and says so', () => {
    const { emulator, bundle } = start();
    emulator.seedSheet('База наставников', [['Мой черновик базы'], ['Иванова Анна Сергеевна']]);
    bundle.call('menuCreateBaseSheet');
    expect(emulator.ui.alerts[0].prompt).toContain('уже есть в таблице');
    const kept = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('База наставников')!.getDataRange().getValues(),
    );
    expect(kept).toEqual([['Мой черновик базы'], ['Иванова Анна Сергеевна']]);
  });
});

describe('«Создать лист «Список ОО»»', () => {
  it('creates the roster with its five columns, which the check then recognises as the roster', () => {
    const { emulator, bundle } = start();
    bundle.call('menuCreateRosterSheet');
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual(['Лист «Список ОО» создан.']);
    const header = emulator.uncounted(
      () => emulator.spreadsheet.getSheetByName('Список ОО')!.getRange(1, 1, 1, 5).getValues()[0],
    );
    expect(header).toEqual(['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора']);
    bundle.call('menuCreateRosterSheet');
    expect(emulator.ui.alerts[1].prompt).toContain('уже есть в таблице');
  });
});

describe('«Создать лист «Показатели»»', () => {
  it('writes the built-in catalogue, codes kept as text', () => {
    const { emulator, bundle } = start();
    bundle.call('menuCreateCatalogueSheet');
    expect(emulator.ui.alerts[0].prompt).toBe('Лист «Показатели» создан.');
    const values = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('Показатели')!.getDataRange().getValues(),
    );
    const codes = values.map((row) => row[0]);
    expect(codes).toContain('1.10');
    expect(values.some((row) => row.includes('ped_mentors'))).toBe(true);
    bundle.call('menuCreateCatalogueSheet');
    expect(emulator.ui.alerts[1].prompt).toContain('уже есть в таблице');
  });

  it('speaks Russian: types in words, a visible instruction, codes and ids protected with a warning; the check reads it back', () => {
    const { emulator, bundle } = start();
    bundle.call('menuCreateCatalogueSheet');
    const facts = emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Показатели')!;
      const values = sheet.getDataRange().getValues();
      // Sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE): the range protections of the sheet.
      const [protection] = sheet.getProtections('RANGE');
      return {
        types: new Set(values.slice(6).map((row) => row[4])),
        intro: values
          .slice(0, 4)
          .map((row) => row[0])
          .join(' '),
        a1Note: sheet.getRange('A1').getNote(),
        protected: protection?.getRange().getA1Notation(),
        warningOnly: protection?.isWarningOnly(),
      };
    });
    expect([...facts.types].sort()).toEqual(['да-нет', 'доля', 'количество']);
    expect(facts.intro).toContain('Можно менять названия, целевые значения');
    expect(facts.a1Note).toBe('');
    expect(facts.protected).toMatch(/^A6:B\d+$/);
    expect(facts.warningOnly).toBe(true);
    emulator.ui.queueAlertResponse('OK');
    activate(emulator, 'Показатели');
    bundle.call('menuCheckActiveSheet');
    expect(emulator.ui.alerts.at(-1)!.prompt).toBe('Лист «Показатели»: ошибок и предупреждений не найдено.');
  });
});

describe('«Создать листы ОО по списку»', () => {
  it('creates one monitoring tab per pasted school and reports the ones it skipped', () => {
    const { emulator, bundle } = start();
    emulator.seedSheet('СОШ № 3', [['Уже заполнено куратором']]);
    emulator.ui.queuePromptResponse({
      button: 'OK',
      text: '1. МБОУ «СОШ № 1»\n2. МКОУ «Ивановская ООШ»\n\n3. МБОУ «СОШ № 1»\nСОШ № 3\n',
    });
    bundle.call('menuCreateSchoolSheets');
    const names = sheetNames(emulator);
    expect(names).toContain('МБОУ «СОШ № 1»');
    expect(names).toContain('МКОУ «Ивановская ООШ»');
    const b2 = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('МКОУ «Ивановская ООШ»')!.getRange('B2').getValue(),
    );
    expect(b2).toBe('МКОУ «Ивановская ООШ»');
    const result = emulator.ui.alerts.at(-1)!.prompt;
    expect(result).toContain('Создано листов: 2.');
    expect(result).toContain('«СОШ № 3» — лист с таким названием уже есть');
    const kept = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('СОШ № 3')!.getDataRange().getValues(),
    );
    expect(kept).toEqual([['Уже заполнено куратором']]);
  });

  it('creates 300 tabs in under a thousand service calls, copying the first, each with its own school and a short alert', () => {
    const { emulator, bundle } = start();
    const names = Array.from({ length: 300 }, (_, i) => `МБОУ «СОШ № ${i + 1}»`);
    emulator.ui.queuePromptResponse({
      button: 'OK',
      text: ['Школы:', ...names, '=HYPERLINK("x")'].join('\n'),
    });
    emulator.resetCalls();
    bundle.call('menuCreateSchoolSheets');
    const calls = emulator.callSummary().total;
    // Drawn one by one, a tab cost some thirty calls: about 10 000 for 300 schools.
    expect(calls).toBeLessThan(1000);
    const created = sheetNames(emulator).slice(1);
    expect(created).toHaveLength(301);
    expect(created).not.toContain('Школы');
    const facts = emulator.uncounted(() =>
      [created[0], created[150], created[300]].map((name) => {
        const sheet = emulator.spreadsheet.getSheetByName(name)!;
        return {
          school: sheet.getRange('B2').getValue(),
          formula: sheet.getRange('B2').getFormula(),
          fill: sheet.getRange('E6').getBackground(),
          frozen: sheet.getFrozenRows(),
          rows: sheet.getLastRow(),
        };
      }),
    );
    expect(facts.map((fact) => fact.school)).toEqual([
      'МБОУ «СОШ № 1»',
      'МБОУ «СОШ № 151»',
      '=HYPERLINK("x")',
    ]);
    expect(
      facts.every(
        (fact) => fact.formula === '' && fact.fill === '#fff8e1' && fact.frozen === facts[0].frozen,
      ),
    ).toBe(true);
    expect(new Set(facts.map((fact) => fact.rows)).size).toBe(1);
    const alert = emulator.ui.alerts.at(-1)!.prompt;
    expect(alert).toBe('Создано листов: 301.');
  });

  it('stops a pasted list between two tabs before six minutes, and the same list pasted again makes only the rest', () => {
    // Apps Script ends an execution after six minutes, the time a prompt waits included
    // («Script runtime: 6 min / execution», https://developers.google.com/apps-script/guides/services/quotas).
    // Each copy charged 5 s: 300 tabs would take 25 minutes.
    const { emulator, bundle } = start({ latency: { methodMs: { 'Spreadsheet.insertSheet': 5000 } } });
    const list = Array.from({ length: 300 }, (_, i) => `МБОУ «СОШ № ${i + 1}»`).join('\n');
    emulator.ui.queuePromptResponse({ button: 'OK', text: list });
    bundle.call('menuCreateSchoolSheets');
    const first = sheetNames(emulator).length - 1;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(300);
    expect(emulator.elapsedMs()).toBeLessThan(6 * 60 * 1000);
    expect(emulator.ui.alerts.at(-1)!.prompt).toContain(
      `не создано ${300 - first} из 300 — команда остановлена, чтобы не превысить ограничение Google на время ` +
        'работы скрипта (шесть минут). Что сделать: запустите «Создать листы ОО по списку» ещё раз и вставьте ' +
        'тот же список — листы, которые уже есть, будут пропущены.',
    );
    let runs = 1;
    while (sheetNames(emulator).length < 301 && runs < 10) {
      emulator.ui.queuePromptResponse({ button: 'OK', text: list });
      bundle.call('menuCreateSchoolSheets');
      runs++;
    }
    expect(runs).toBeGreaterThan(1);
    expect(sheetNames(emulator).slice(1)).toEqual(
      Array.from({ length: 300 }, (_, i) => `МБОУ «СОШ № ${i + 1}»`),
    );
    expect(emulator.ui.alerts.at(-1)!.prompt).not.toContain('не для всех ОО');
  });

  it('with «Список ОО» makes a tab for each roster school without one and writes the tabs into «Лист», asking nothing', () => {
    const { emulator, bundle } = start();
    emulator.seedSheet('Список ОО', [
      ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
      ['МБОУ «СОШ № 1»', 'СОШ 1', '', '', ''],
      [
        'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 2»',
        '',
        '',
        '',
        '',
      ],
    ]);
    emulator.seedSheet('СОШ 1', [['Уже заполнено куратором']]);
    bundle.call('menuCreateSchoolSheets');
    expect(emulator.ui.alerts.map((a) => a.kind)).toEqual(['alert']);
    expect(sheetNames(emulator)).toEqual(['Лист1', 'Список ОО', 'СОШ 1', 'МБОУ «СОШ № 2»']);
    const tabs = emulator.uncounted(() =>
      emulator.spreadsheet
        .getSheetByName('Список ОО')!
        .getRange('B2:B3')
        .getValues()
        .map((row) => row[0]),
    );
    expect(tabs).toEqual(['СОШ 1', 'МБОУ «СОШ № 2»']);
    expect(emulator.ui.alerts[0].prompt).toContain(
      'Названия листов записаны в столбец «Лист» на листе «Список ОО».',
    );
    bundle.call('menuCreateSchoolSheets');
    expect(emulator.ui.alerts[1].prompt).toContain('Новые листы не созданы.');
  });

  it('does nothing when the prompt is cancelled', () => {
    const { emulator, bundle } = start();
    emulator.ui.queuePromptResponse({ button: 'CANCEL', text: 'МБОУ «СОШ № 1»' });
    bundle.call('menuCreateSchoolSheets');
    expect(sheetNames(emulator)).toEqual(['Лист1']);
    expect(emulator.ui.alerts.map((a) => a.kind)).toEqual(['prompt']);
  });

  it('says so when the pasted list is empty', () => {
    const { emulator, bundle } = start();
    emulator.ui.queuePromptResponse({ button: 'OK', text: '  \n\n' });
    bundle.call('menuCreateSchoolSheets');
    expect(emulator.ui.alerts.at(-1)!.prompt).toBe('В списке нет ни одной ОО: листы не созданы.');
    expect(sheetNames(emulator)).toEqual(['Лист1']);
  });
});

describe('«Создать лист «Параметры»»', () => {
  it('creates the key | value sheet with every parameter to fill, which the full check then reports as not filled', () => {
    const { emulator, bundle } = start();
    bundle.call('menuCreateParametersSheet');
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual(['Лист «Параметры» создан.']);
    const keys = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('Параметры')!.getRange(1, 1, 8, 2).getValues(),
    );
    expect(keys.map((row) => row[0])).toEqual([
      'Параметр',
      'Муниципалитет',
      'Период',
      'Основание',
      'Сроки проведения',
      'Ответственный за мониторинг',
      'Должность подписывающего',
      'ФИО подписывающего',
    ]);
    expect(keys.slice(1).map((row) => row[1])).toEqual(['', '', '', '', '', '', '']);
  });
});
