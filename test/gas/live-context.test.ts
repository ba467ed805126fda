/**
 * The school list the live check reads from the document's properties, on the built bundle: a
 * well-formed value checks «Место работы» against it, anything else reads as no list at all.
 */
import { describe, expect, it } from 'vitest';
import { LIVE_CONTEXT_KEY } from '../../src/gas/live-context';
import { NOTE_PREFIX } from '../../src/app/live/messages';
import type { Emulator } from '../gas-emulator';
import { schoolName, seedMunicipality, start } from './municipality';

const BASE = 'База наставников';
const UNKNOWN_SCHOOL = 'МБОУ «СОШ № 77»';

interface Properties {
  setProperty(key: string, value: string): void;
}

function store(emulator: Emulator, text: string): void {
  const service = emulator.globals.PropertiesService as { getDocumentProperties(): Properties };
  emulator.uncounted(() => service.getDocumentProperties().setProperty(LIVE_CONTEXT_KEY, text));
}

/** Types a school missing from the list into C3; says whether the cell got a mark. */
function unknownSchoolMarked(text: string): boolean {
  const { emulator, bundle } = start();
  seedMunicipality(emulator, 3);
  store(emulator, text);
  bundle.call('onEdit', emulator.userEdit(BASE, 'C3', UNKNOWN_SCHOOL));
  expect(emulator.logs.filter((log) => log.level === 'error')).toEqual([]);
  const note = emulator.uncounted(() => emulator.spreadsheet.getSheetByName(BASE)!.getRange('C3').getNote());
  return note.startsWith(NOTE_PREFIX);
}

describe('the live check’s saved school list', () => {
  it('checks a workplace against a well-formed list', () => {
    const schools = [1, 2, 3].map(schoolName);
    expect(unknownSchoolMarked(JSON.stringify({ organisations: schools }))).toBe(true);
  });

  it.each([
    ['not JSON', '{organisations: [МБОУ]'],
    ['JSON null', 'null'],
    ['an array', JSON.stringify([schoolName(1)])],
    ['no list (saved when too long)', '{}'],
    ['an empty list', '{"organisations":[]}'],
    ['a string instead of a list', JSON.stringify({ organisations: schoolName(1) })],
    ['numbers in the list', '{"organisations":[1,2]}'],
    ['null in the list', JSON.stringify({ organisations: [schoolName(1), null] })],
  ])('reads %s as no list: the workplace is not checked, nothing fails', (_what, text) => {
    expect(unknownSchoolMarked(text)).toBe(false);
  });
});
