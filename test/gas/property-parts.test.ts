/**
 * A value kept in parts of document properties (src/gas/property-parts.ts), on the emulator's
 * PropertiesService, which refuses a value over 9 KB as Google does («Properties value size: 9 KB / val»,
 * https://developers.google.com/apps-script/guides/services/quotas). Properties offers setProperties for
 * many keys at once and deleteProperty for one
 * (https://developers.google.com/apps-script/reference/properties/properties).
 */
import { describe, expect, it } from 'vitest';
import { fromParts, PART_CHARS, staleParts, toParts, writeParts } from '../../src/gas/property-parts';
import { createEmulator } from '../tools/gas-emulator';
import { COORDINATOR, lastAlert, municipality } from './access-fixture';

type Properties = GoogleAppsScript.Properties.Properties;

function documentProperties(): Properties {
  const emulator = createEmulator();
  const service = emulator.globals.PropertiesService as { getDocumentProperties(): Properties };
  return service.getDocumentProperties();
}

const KEY = 'cmn.test';
/** Three-byte characters only: the longest a part may be in bytes. */
const WIDE = '№—„“'.repeat(3000);

/** Keeps `text` under KEY as a caller does: the parts and a head with their count, stale parts removed. */
function keep(properties: Properties, text: string): number {
  const { values, count } = toParts(KEY, text);
  writeParts(
    properties,
    { ...values, [KEY]: String(count) },
    staleParts(properties.getProperties(), KEY, count),
  );
  return count;
}

describe('a value kept in parts', () => {
  it('is cut within Google’s 9 KB a value and read back whole', () => {
    const properties = documentProperties();
    const count = keep(properties, WIDE);
    expect(count).toBe(Math.ceil(WIDE.length / PART_CHARS));
    const stored = properties.getProperties();
    for (let index = 0; index < count; index++)
      expect(Buffer.byteLength(stored[`${KEY}.${index}`], 'utf8')).toBeLessThanOrEqual(9 * 1024);
    expect(fromParts(stored, KEY, count)).toBe(WIDE);
  });

  it('never cuts between the two halves of a character outside the basic plane', () => {
    const text = `${'я'.repeat(PART_CHARS - 1)}😀${'я'.repeat(10)}`;
    const { values, count } = toParts(KEY, text);
    expect(count).toBe(2);
    // A lone half would come back from UTF-8 as «\uFFFD».
    const utf8 = (part: string) => Buffer.from(part, 'utf8').toString('utf8');
    expect(Object.values(values).every((part) => utf8(part) === part)).toBe(true);
    expect(fromParts(values, KEY, count)).toBe(text);
  });

  it('reads as missing when a part is missing', () => {
    const properties = documentProperties();
    const count = keep(properties, WIDE);
    properties.deleteProperty(`${KEY}.1`);
    expect(fromParts(properties.getProperties(), KEY, count)).toBeNull();
  });

  it('reads as missing when the count kept with it is no count', () => {
    const { values } = toParts(KEY, 'текст');
    for (const count of [-1, 0.5, Number.NaN]) expect(fromParts(values, KEY, count)).toBeNull();
  });

  it('keeps nothing for an empty text', () => {
    expect(toParts(KEY, '')).toEqual({ values: {}, count: 0 });
    expect(fromParts({}, KEY, 0)).toBe('');
  });

  it('shrinking from five parts to two removes the three stale ones and nothing else', () => {
    const properties = documentProperties();
    properties.setProperties({ 'cmn.other': 'x', [`${KEY}.report`]: 'y', [`${KEY}x.4`]: 'z' });
    expect(keep(properties, 'ж'.repeat(PART_CHARS * 5))).toBe(5);
    expect(keep(properties, 'ж'.repeat(PART_CHARS * 2))).toBe(2);
    expect(properties.getKeys().sort()).toEqual(
      ['cmn.other', KEY, `${KEY}.0`, `${KEY}.1`, `${KEY}.report`, `${KEY}x.4`].sort(),
    );
    expect(fromParts(properties.getProperties(), KEY, 2)).toBe('ж'.repeat(PART_CHARS * 2));
  });
});

describe('a malformed part', () => {
  it('of the kept access report sends the rerun of «Настроить доступ кураторов» through the full check', () => {
    const { emulator, bundle } = municipality(true);
    bundle.call('menuConfigureCuratorAccess');
    const properties = (
      emulator.globals.PropertiesService as { getDocumentProperties(): Properties }
    ).getDocumentProperties();
    emulator.uncounted(() => properties.setProperty('nastavnichestvo.access.report.0', '["Доступ настр'));
    bundle.call('menuConfigureCuratorAccess');
    expect(lastAlert(emulator)).not.toContain('С прошлой настройки');
    expect(lastAlert(emulator)).toContain(
      `Доступ настроен. Листы ОО могут редактировать только кураторы этих ОО`,
    );
    expect(lastAlert(emulator)).toContain(COORDINATOR);
  });
});
