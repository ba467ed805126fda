/**
 * The school list the live check reads from the document's properties, on the built bundle: a
 * well-formed value checks «Место работы» against it, anything else reads as no list at all.
 */
import { describe, expect, it } from 'vitest';
import { LIVE_CONTEXT_KEY } from '../../src/gas/live-context';
import { NOTE_PREFIX } from '../../src/app/live/messages';
import type { Emulator } from '../tools/gas-emulator';
import { schoolName, schoolTab, seedMunicipality, start } from './municipality';

const BASE = 'База наставников';
const UNKNOWN_SCHOOL = 'МБОУ «СОШ № 77»';

interface Properties {
  setProperties(values: Record<string, string>): void;
}

const ORGANISATIONS = `${LIVE_CONTEXT_KEY}.organisations`;

/** Stores a head and the parts of the school list as given, bypassing the full check. */
function store(emulator: Emulator, head: string, parts: Record<string, string>): void {
  const service = emulator.globals.PropertiesService as { getDocumentProperties(): Properties };
  emulator.uncounted(() =>
    service.getDocumentProperties().setProperties({ [LIVE_CONTEXT_KEY]: head, ...parts }),
  );
}

/** A head saying the list is one part, and that part. */
function oneList(text: string): [string, Record<string, string>] {
  return [JSON.stringify({ organisations: 1 }), { [`${ORGANISATIONS}.0`]: text }];
}

/** Types a school missing from the list into C3; says whether the cell got a mark. */
function unknownSchoolMarked([head, parts]: [string, Record<string, string>]): boolean {
  const { emulator, bundle } = start();
  seedMunicipality(emulator, 3);
  store(emulator, head, parts);
  bundle.call('onEdit', emulator.userEdit(BASE, 'C3', UNKNOWN_SCHOOL));
  expect(emulator.logs.filter((log) => log.level === 'error')).toEqual([]);
  const note = emulator.uncounted(() => emulator.spreadsheet.getSheetByName(BASE)!.getRange('C3').getNote());
  return note.startsWith(NOTE_PREFIX);
}

describe('the live check’s saved school list', () => {
  const schools = [1, 2, 3].map(schoolName);

  it('checks a workplace against a well-formed list', () => {
    expect(unknownSchoolMarked(oneList(JSON.stringify(schools)))).toBe(true);
  });

  it('checks it against a list kept in two parts', () => {
    const text = JSON.stringify(schools);
    const head = JSON.stringify({ organisations: 2 });
    const parts = { [`${ORGANISATIONS}.0`]: text.slice(0, 20), [`${ORGANISATIONS}.1`]: text.slice(20) };
    expect(unknownSchoolMarked([head, parts])).toBe(true);
  });

  it.each([
    ['a list that is not JSON', oneList('[МБОУ')],
    ['JSON null', oneList('null')],
    ['an object instead of a list', oneList(JSON.stringify({ organisations: schools }))],
    ['an empty list', oneList('[]')],
    ['a string instead of a list', oneList(JSON.stringify(schoolName(1)))],
    ['numbers in the list', oneList('[1,2]')],
    ['null in the list', oneList(JSON.stringify([schoolName(1), null]))],
    ['a head that is not JSON', ['{organisations: 1', oneList(JSON.stringify(schools))[1]]],
    ['a head with the list in it', [JSON.stringify({ organisations: schools }), {}]],
    [
      'a head of two parts with one kept',
      [JSON.stringify({ organisations: 2 }), oneList(JSON.stringify(schools))[1]],
    ],
  ] as const)('reads %s as no list: the workplace is not checked, nothing fails', (_what, kept) => {
    expect(unknownSchoolMarked([kept[0], { ...kept[1] }])).toBe(false);
  });
});

describe('a long school list', () => {
  it('is saved in parts by the full check and read whole by the live check', () => {
    const { emulator, bundle } = start();
    const count = 120;
    // Official names of about 150 characters: the list is far over one property's 9 KB.
    const longName = (i: number) =>
      `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${i} имени Героя Советского Союза А. С. Петрова»`;
    seedMunicipality(emulator, 3);
    emulator.uncounted(() => {
      for (let i = 4; i <= count; i++)
        emulator.seedSheet(`ОО ${i}`, schoolTab(i)).getRange('B2').setValue(longName(i));
    });
    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    const service = emulator.globals.PropertiesService as {
      getDocumentProperties(): { getKeys(): string[] };
    };
    const keys = emulator.uncounted(() => service.getDocumentProperties().getKeys());
    expect(keys.filter((key) => key.startsWith(LIVE_CONTEXT_KEY)).length).toBeGreaterThan(3);
    const typo = longName(count).replace('Героя', 'Гроя');
    bundle.call('onEdit', emulator.userEdit(BASE, 'C3', typo));
    const note = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName(BASE)!.getRange('C3').getNote(),
    );
    expect(note).toContain(NOTE_PREFIX);
    bundle.call('onEdit', emulator.userEdit(BASE, 'C3', longName(count)));
    expect(
      emulator.uncounted(() => emulator.spreadsheet.getSheetByName(BASE)!.getRange('C3').getNote()),
    ).toBe('');
  });
});

describe('the saved roster', () => {
  const longName = (i: number) =>
    `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${i} имени Героя Советского Союза А. С. Петрова»`;
  const count = 60;

  /** A roster of `count` long official names with «Лист» given, and a tab for each of the first three. */
  function rostered() {
    const started = start();
    const { emulator, bundle } = started;
    seedMunicipality(emulator, 3);
    emulator.seedSheet('Список ОО', [
      ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
      ...Array.from({ length: count }, (_, i) => [
        longName(i + 1),
        i < 3 ? `СОШ № ${i + 1}` : '',
        '',
        '',
        '',
      ]),
    ]);
    emulator.ui.queueAlertResponse('OK');
    bundle.call('menuCheckWorkbook');
    return started;
  }

  const tabNote = (emulator: Emulator) =>
    emulator.uncounted(() => emulator.spreadsheet.getSheetByName('СОШ № 1')!.getRange('B2').getNote());

  it('is saved in parts by the full check and read whole: a tab’s school cell is judged against it', () => {
    const { emulator, bundle } = rostered();
    const service = emulator.globals.PropertiesService as {
      getDocumentProperties(): { getKeys(): string[] };
    };
    const keys = emulator.uncounted(() => service.getDocumentProperties().getKeys());
    expect(keys.filter((key) => key.startsWith(`${LIVE_CONTEXT_KEY}.schools.`)).length).toBeGreaterThan(1);
    expect(keys).toContain(`${LIVE_CONTEXT_KEY}.tabs.0`);
    // The last school of the list, typed on the tab «Лист» binds to the first.
    bundle.call('onEdit', emulator.userEdit('СОШ № 1', 'B2', longName(count)));
    const note = tabNote(emulator);
    expect(note).toContain(NOTE_PREFIX);
    expect(note).toContain('не так, как на листе «Список ОО»');
  });

  it('reads as no roster when a part is missing: the school cell keeps the full check’s mark, judged anew by the next', () => {
    const { emulator, bundle } = rostered();
    const service = emulator.globals.PropertiesService as {
      getDocumentProperties(): { deleteProperty(key: string): void };
    };
    // The full check told the tab's short name apart from the roster's.
    const before = tabNote(emulator);
    expect(before).toContain('не так, как на листе «Список ОО»');
    emulator.uncounted(() => service.getDocumentProperties().deleteProperty(`${LIVE_CONTEXT_KEY}.schools.1`));
    bundle.call('onEdit', emulator.userEdit('СОШ № 1', 'B2', longName(count)));
    expect(emulator.logs.filter((log) => log.level === 'error')).toEqual([]);
    // A roster cut short would bind the tab wrongly: the name is not judged against it.
    expect(tabNote(emulator)).toBe(before);
  });
});
