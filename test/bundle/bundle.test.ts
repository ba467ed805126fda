import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { MENU_ITEMS } from '../../src/gas/menu';
import { SIDEBAR_FUNCTIONS } from '../../src/gas/sidebar-contract';
import { createEmulator, loadBundle } from '../tools/gas-emulator';

const code = () => readFileSync('dist/Code.js', 'utf8');

describe('dist/Code.js as Apps Script sees it', () => {
  let source = '';
  beforeAll(() => {
    source = code();
  });

  it('parses as an ES2020 script: no import/export, nothing newer than ES2020', () => {
    expect(() => parse(source, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('declares one plain top-level function per menu item', () => {
    const program = parse(source, { ecmaVersion: 2020, sourceType: 'script' }) as unknown as {
      body: { type: string; id?: { name: string } }[];
    };
    const declared = new Set(
      program.body.filter((n) => n.type === 'FunctionDeclaration').map((n) => n.id!.name),
    );
    for (const item of MENU_ITEMS) if (item) expect(declared, item.functionName).toContain(item.functionName);
    expect(declared).toContain('onOpen');
    expect(declared).toContain('onInstall');
  });

  it('loads with an independent minimal loader and builds the menu in onOpen', () => {
    const recorded: string[] = [];
    const menu = {
      addItem(caption: string, fn: string) {
        recorded.push(`${caption}→${fn}`);
        return menu;
      },
      addSeparator() {
        recorded.push('---');
        return menu;
      },
      addSubMenu() {
        return menu;
      },
      addToUi() {
        recorded.push('addToUi');
      },
    };
    const ui = { createAddonMenu: () => menu, createMenu: () => menu };
    // Only what onOpen may touch in AuthMode.NONE: the Ui. Anything else would throw here.
    const context = vm.createContext({
      SpreadsheetApp: { getUi: () => ui },
      ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } },
    });
    vm.runInContext(source, context, { filename: 'Code.js' });
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.NONE })', context);
    expect(recorded.at(-1)).toBe('addToUi');
    expect(recorded).toContain('Проверить всю таблицу→menuCheckWorkbook');
    expect(recorded.filter((r) => r !== '---' && r !== 'addToUi')).toHaveLength(
      MENU_ITEMS.filter(Boolean).length,
    );
  });

  it('parses with zod/mini, not the full zod (its methods on every schema defeat tree shaking)', () => {
    expect(source).toContain('"ZodMiniTuple"');
    expect(source).not.toContain('"ZodString"');
  });

  it('has no Node or browser-only globals that Apps Script lacks', () => {
    const context = vm.createContext({});
    vm.runInContext(source, context);
    for (const name of ['setTimeout', 'URL', 'TextEncoder', 'require', 'process']) {
      expect(vm.runInContext(`typeof ${name}`, context)).toBe('undefined');
    }
  });
});

describe('dist/Code.js on the emulator', () => {
  for (const authMode of ['NONE', 'LIMITED', 'FULL']) {
    it(`onOpen in AuthMode.${authMode} builds the «Наставничество» add-on menu and touches nothing else`, () => {
      const emulator = createEmulator();
      const bundle = loadBundle(code(), emulator);
      emulator.resetCalls();
      bundle.call('onOpen', emulator.openEvent(authMode));
      expect(emulator.ui.menus).toHaveLength(1);
      const items = emulator.ui.menus[0].items.filter((i) => i.type === 'item');
      expect(items.map((i) => (i.type === 'item' ? i.functionName : ''))).toEqual(
        MENU_ITEMS.flatMap((i) => (i ? [i.functionName] : [])),
      );
      const touched = Object.keys(emulator.calls());
      expect(
        touched.every(
          (name) =>
            name.startsWith('SpreadsheetApp.getUi') || name.startsWith('Ui.') || name.startsWith('Menu.'),
        ),
      ).toBe(true);
    });
  }

  it('every menu item names a function the bundle defines', () => {
    const bundle = loadBundle(code(), createEmulator());
    for (const item of MENU_ITEMS) {
      if (item)
        expect(vm.runInContext(`typeof ${item.functionName}`, bundle.context), item.functionName).toBe(
          'function',
        );
    }
  });

  it('every function the sidebar calls through google.script.run is a global of the bundle', () => {
    const bundle = loadBundle(code(), createEmulator());
    const clientDir = 'src/client';
    const called = readdirSync(clientDir)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        [...readFileSync(join(clientDir, file), 'utf8').matchAll(/callServer\(\s*'(\w+)'/g)].map((m) => m[1]),
      );
    expect(called.length).toBeGreaterThan(0);
    for (const name of new Set([...called, ...SIDEBAR_FUNCTIONS])) {
      expect(vm.runInContext(`typeof ${name}`, bundle.context), name).toBe('function');
    }
  });
});

describe('npm run build', () => {
  it('is deterministic: two builds give identical files', () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'cmn-build-')), mkdtempSync(join(tmpdir(), 'cmn-build-'))];
    try {
      for (const dir of dirs)
        execFileSync(process.execPath, ['build.mjs', '--outdir', dir], { stdio: 'pipe' });
      // Every file, the command line's chunks in their folder too (named by their content's hash).
      const filesOf = (dir: string): string[] =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((file) => statSync(join(dir, file)).isFile())
          .sort();
      const files = filesOf(dirs[0]);
      expect(files).toEqual(
        expect.arrayContaining(['Code.js', 'sidebar.html', 'appsscript.json', 'cli.mjs']),
      );
      expect(filesOf(dirs[1])).toEqual(files);
      for (const file of files) {
        expect(readFileSync(join(dirs[1], file)).equals(readFileSync(join(dirs[0], file))), file).toBe(true);
      }
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ships the manifest with V8, Moscow time, the narrow scopes and the add-on’s own files on Drive, nothing Drive-wide', () => {
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Moscow');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      // Drive's conversion of the documents' .docx into Google Docs, through the advanced Drive service:
      // the files the add-on makes, not the whole Drive, and no sensitive scope (test/gas/documents-google.test.ts).
      'https://www.googleapis.com/auth/drive.file',
      // Session.getEffectiveUser() «require[s] authorization with … https://www.googleapis.com/auth/userinfo.email»
      // (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()): «Настроить доступ
      // кураторов» keeps the runner among a tab's editors by that address. Sheet.protect() and Protection need no
      // scope beyond spreadsheets.currentonly.
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });
});

/** The package's own version and the first line of its licence file that names a copyright holder. */
function ownNotice(name: string): { version: string; copyright: string } {
  const dir = join('node_modules', name);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const file = readdirSync(dir).find((each) => /^licen[cs]e/i.test(each));
  if (file === undefined) throw new Error(`${name} has no licence file`);
  const copyright = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .find((line) => /copyright/i.test(line));
  if (copyright === undefined) throw new Error(`${name}'s licence names no copyright holder`);
  return { version, copyright: copyright.trim() };
}

describe('the licences of what a single-file bundle carries', () => {
  // The add-on is pasted as one Code.gs and the page sent as one .html: the MIT licences of what they bundle
  // ask that the notice travel with every copy, so each file ends with them in a comment.
  it.each([
    // zod/mini checks the sidebar's requests, petrovich declines the names of letters, docx draws the
    // documents Drive converts.
    ['dist/Code.js', ['zod', 'petrovich', 'docx'], /\n\/\*\n([^]*)\*\/\n$/],
    // The page adds the .xlsx room (exceljs, its jszip, the stream of the browser) and the Parquet writer.
    [
      'dist/web/index.html',
      ['zod', 'petrovich', 'docx', 'exceljs', 'jszip', 'readable-stream', 'hyparquet-writer'],
      /<\/html>\n<!--\n([^]*)-->\n$/,
    ],
  ])('%s ends with the licence of each package it bundles', (file, packages, comment) => {
    const match = comment.exec(readFileSync(file, 'utf8'));
    expect(match, 'the notice is the last thing in the file, in one comment').not.toBeNull();
    const notice = match![1];
    for (const name of packages) {
      const { version, copyright } = ownNotice(name);
      expect(notice, name).toMatch(new RegExp(`^${name} ${version.replace(/\./g, '\\.')}$`, 'm'));
      expect(notice, name).toContain(copyright);
    }
  });
});
