import { describe, it, expect } from 'vitest';
import { createEmulator } from './index';
import type { Ui } from './ui';
import type { HtmlOutput } from './html';

function ui() {
  const emulator = createEmulator({ htmlFiles: { sidebar: '<div id="issues">Ошибки</div>' } });
  const SpreadsheetApp = emulator.globals.SpreadsheetApp as { getUi(): Ui };
  const HtmlService = emulator.globals.HtmlService as {
    createHtmlOutput(html?: string): HtmlOutput;
    createHtmlOutputFromFile(name: string): HtmlOutput;
    createTemplateFromFile(name: string): import('./html').HtmlTemplate;
    SandboxMode: Record<string, string>;
  };
  return { emulator, ui: SpreadsheetApp.getUi(), HtmlService };
}

describe('Ui menus', () => {
  it('records menus with items, separators and submenus', () => {
    const { emulator, ui: theUi } = ui();
    const create = theUi.createMenu('Создать').addItem('Лист «Показатели»', 'createCatalogueSheet');
    theUi
      .createMenu('Наставничество')
      .addItem('Проверить всю таблицу', 'checkWorkbook')
      .addSeparator()
      .addSubMenu(create)
      .addToUi();
    expect(emulator.ui.menus).toEqual([
      {
        title: 'Наставничество',
        addon: false,
        items: [
          { type: 'item', caption: 'Проверить всю таблицу', functionName: 'checkWorkbook' },
          { type: 'separator' },
          {
            type: 'submenu',
            title: 'Создать',
            items: [{ type: 'item', caption: 'Лист «Показатели»', functionName: 'createCatalogueSheet' }],
          },
        ],
      },
    ]);
  });

  it('replaces a menu added again and keeps add-on menus apart', () => {
    const { emulator, ui: theUi } = ui();
    theUi.createMenu('Наставничество').addItem('Старое', 'old').addToUi();
    theUi.createMenu('Наставничество').addItem('Новое', 'fresh').addToUi();
    theUi.createAddonMenu().addItem('Открыть панель', 'showSidebar').addToUi();
    expect(emulator.ui.menus.map((m) => [m.title, m.addon, m.items.length])).toEqual([
      ['Наставничество', false, 1],
      ['', true, 1],
    ]);
    expect(emulator.ui.menus[0].items[0]).toEqual({ type: 'item', caption: 'Новое', functionName: 'fresh' });
  });
});

describe('Ui dialogs', () => {
  it('answers alerts from the queue, then with the first button of the set', () => {
    const { emulator, ui: theUi } = ui();
    emulator.ui.queueAlertResponse('NO');
    expect(
      theUi.alert('Перезаписать лист «Сводная»?', 'Лист будет сформирован заново.', theUi.ButtonSet.YES_NO),
    ).toBe(theUi.Button.NO);
    expect(theUi.alert('Сводная', 'Заменить?', theUi.ButtonSet.YES_NO)).toBe('YES');
    expect(theUi.alert('Готово')).toBe('OK');
    expect(emulator.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      ['Перезаписать лист «Сводная»?', 'Лист будет сформирован заново.', 'YES_NO', 'NO'],
      ['Сводная', 'Заменить?', 'YES_NO', 'YES'],
      ['', 'Готово', 'OK', 'OK'],
    ]);
  });

  it('answers prompts from the queue, then OK with empty text', () => {
    const { emulator, ui: theUi } = ui();
    emulator.ui.queuePromptResponse({ button: 'OK', text: 'МБОУ «СОШ № 1»\nМБОУ «СОШ № 2»' });
    const first = theUi.prompt('Создать листы ОО', 'Вставьте список ОО', theUi.ButtonSet.OK_CANCEL);
    expect([first.getSelectedButton(), first.getResponseText()]).toEqual([
      'OK',
      'МБОУ «СОШ № 1»\nМБОУ «СОШ № 2»',
    ]);
    const second = theUi.prompt('Ещё?');
    expect([second.getSelectedButton(), second.getResponseText()]).toEqual(['OK', '']);
    emulator.ui.queuePromptResponse({ button: 'CANCEL', text: '' });
    expect(theUi.prompt('Отмена?', theUi.ButtonSet.OK_CANCEL).getSelectedButton()).toBe('CANCEL');
  });

  it('captures sidebars and dialogs with content, title and size', () => {
    const { emulator, ui: theUi, HtmlService } = ui();
    theUi.showSidebar(
      HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Наставничество').setWidth(300),
    );
    theUi.showModalDialog(
      HtmlService.createHtmlOutput('<p>Список ОО</p>').setWidth(400).setHeight(300),
      'Создать листы ОО',
    );
    expect(emulator.ui.sidebars).toEqual([
      {
        kind: 'sidebar',
        content: '<div id="issues">Ошибки</div>',
        title: 'Наставничество',
        width: 300,
        height: null,
      },
    ]);
    expect(emulator.ui.dialogs).toEqual([
      { kind: 'modal', content: '<p>Список ОО</p>', title: 'Создать листы ОО', width: 400, height: 300 },
    ]);
  });
});

describe('HtmlService', () => {
  it("throws Google's message for a missing HTML file", () => {
    const { HtmlService } = ui();
    expect(() => HtmlService.createHtmlOutputFromFile('help')).toThrow('No HTML file named help was found.');
    expect(HtmlService.createHtmlOutputFromFile('sidebar.html').getContent()).toBe(
      '<div id="issues">Ошибки</div>',
    );
  });

  it('builds outputs with title, size, modes and appended content', () => {
    const { HtmlService } = ui();
    const output = HtmlService.createHtmlOutput('<b>1</b>')
      .append('<i>2</i>')
      .setTitle('Панель')
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .addMetaTag('viewport', 'width=device-width');
    expect([output.getContent(), output.getTitle(), output.getSandboxMode(), output.getMetaTags()]).toEqual([
      '<b>1</b><i>2</i>',
      'Панель',
      'IFRAME',
      [{ name: 'viewport', content: 'width=device-width' }],
    ]);
  });

  it('evaluates templates printing escaped and raw properties', () => {
    const emulator = createEmulator({ htmlFiles: { page: '<h1><?= title ?></h1><?!= body ?>' } });
    const HtmlService = emulator.globals.HtmlService as {
      createTemplateFromFile(name: string): import('./html').HtmlTemplate;
    };
    const template = HtmlService.createTemplateFromFile('page');
    template.title = 'ОО «СОШ № 1» & <школа>';
    template.body = '<p>ok</p>';
    expect(template.evaluate().getContent()).toBe('<h1>ОО «СОШ № 1» &#38; &#60;школа&#62;</h1><p>ok</p>');
  });
});
