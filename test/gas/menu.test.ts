import { describe, expect, it } from 'vitest';
import { MENU_ITEMS, MENU_TITLE } from '../../src/gas/menu';
import { seedMunicipality, start } from './municipality';

describe('onOpen / onInstall on the built bundle', () => {
  for (const authMode of ['NONE', 'LIMITED', 'FULL']) {
    it(`adds the «${MENU_TITLE}» menu in AuthMode.${authMode} and reads nothing of the document`, () => {
      const { emulator, bundle } = start();
      seedMunicipality(emulator, 2);
      emulator.resetCalls();
      bundle.call('onOpen', emulator.openEvent(authMode));
      expect(emulator.ui.menus).toHaveLength(1);
      expect(emulator.ui.menus[0].addon).toBe(true);
      const captions = emulator.ui.menus[0].items.map((item) => (item.type === 'item' ? item.caption : '—'));
      expect(captions).toEqual(MENU_ITEMS.map((item) => (item ? item.caption : '—')));
      const services = Object.keys(emulator.calls()).map((call) => call.split('.')[0]);
      expect(new Set(services)).toEqual(new Set(['SpreadsheetApp', 'Ui', 'Menu']));
    });
  }

  it('onInstall builds the same menu', () => {
    const { emulator, bundle } = start();
    bundle.call('onInstall', emulator.openEvent('FULL'));
    expect(emulator.ui.menus[0].items.filter((item) => item.type === 'item')).toHaveLength(
      MENU_ITEMS.filter(Boolean).length,
    );
  });

  it('«Справка» explains the season in Russian', () => {
    const { emulator, bundle } = start();
    bundle.call('menuHelp');
    expect(emulator.ui.alerts).toHaveLength(1);
    expect(emulator.ui.alerts[0].prompt).toContain('Создать листы ОО по списку');
    expect(emulator.ui.alerts[0].prompt).toContain('Сформировать сводную');
  });
});

describe('template menu items', () => {
  it('has one export of the entry per kind with a template, named as the kind says, and no other', async () => {
    const entry = await import('../../src/gas/index');
    const { SHEET_KINDS } = await import('../../src/app/sheet-kinds/registry');
    const declared = SHEET_KINDS.flatMap((kind) => (kind.template ? [kind.template.functionName] : []));
    const exported = Object.keys(entry).filter(
      (name) => name.startsWith('menuCreate') && name !== 'menuCreateDocuments',
    );
    expect(exported.sort()).toEqual([...declared].sort());
    for (const name of declared) expect(typeof (entry as Record<string, unknown>)[name]).toBe('function');
  });
});
