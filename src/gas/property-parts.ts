/**
 * A value longer than one document property holds, kept in parts: `key.0`, `key.1`, … . Apps Script
 * refuses a property value over 9 KB («Properties value size: 9 KB / val», «Quotas for Google services»,
 * https://developers.google.com/apps-script/guides/services/quotas), and a character of a Russian text
 * takes two bytes in UTF-8, «№», «—» and „лапки“ three. Whoever keeps a value in parts records how many
 * in a property of its own, written in the same `setProperties` call, and reads them all with one
 * `getProperties()` (docs/decisions.md#access-and-onedit-third-round).
 */

type Properties = GoogleAppsScript.Properties.Properties;

/** Characters a part: three bytes each at most, 7 800 bytes, well within 9 KB. */
export const PART_CHARS = 2600;

const partKey = (key: string, index: number): string => `${key}.${index}`;

/** `text` cut into parts of at most PART_CHARS characters, never between the halves of a surrogate pair. */
function cut(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(from + PART_CHARS, text.length);
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to -= 1;
    parts.push(text.slice(from, to));
    from = to;
  }
  return parts;
}

/** The property values that keep `text` under `key`, and how many parts they are (0 for ''). */
export function toParts(
  key: string,
  text: string,
): { readonly values: Record<string, string>; readonly count: number } {
  const parts = cut(text);
  return {
    values: Object.fromEntries(parts.map((part, index) => [partKey(key, index), part])),
    count: parts.length,
  };
}

/** The text kept under `key` in `count` parts; null when one of them is missing or `count` is no count. */
export function fromParts(
  stored: Readonly<Record<string, string>>,
  key: string,
  count: number,
): string | null {
  if (!Number.isInteger(count) || count < 0) return null;
  const parts: string[] = [];
  for (let index = 0; index < count; index++) {
    const part = stored[partKey(key, index)];
    if (typeof part !== 'string') return null;
    parts.push(part);
  }
  return parts.join('');
}

/** The keys of parts under `key` numbered `count` and on: left by a longer value kept before. */
export function staleParts(stored: Readonly<Record<string, string>>, key: string, count: number): string[] {
  const prefix = `${key}.`;
  return Object.keys(stored).filter((name) => {
    if (!name.startsWith(prefix)) return false;
    const index = name.slice(prefix.length);
    return /^\d+$/.test(index) && Number(index) >= count;
  });
}

/**
 * Writes `values` in one call, then deletes `stale` one key a call: Properties has no call that deletes
 * several keys but deleteAllProperties, which would take every other feature's values too
 * (https://developers.google.com/apps-script/reference/properties/properties).
 */
export function writeParts(
  properties: Properties,
  values: Record<string, string>,
  stale: readonly string[],
): void {
  properties.setProperties(values);
  for (const key of stale) properties.deleteProperty(key);
}
