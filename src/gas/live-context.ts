/**
 * What the live check cannot see from the edited sheet alone — the municipality's school names,
 * against which «Место работы» is checked — saved by every full check in the document's
 * properties and read back only when an edit touches a workplace cell.
 */
import * as z from 'zod/mini';
import type { BaseOptions } from '../core/base';

/** The document property that holds the context (and the first part of a long list). */
export const LIVE_CONTEXT_KEY = 'cmn.live-context';

/**
 * Apps Script refuses a property value over 9 KB («Quotas for Google services»: Properties value
 * size), and Cyrillic letters take two bytes each: a long list — 300 schools with official
 * names — is kept in parts of at most this many characters, under `cmn.live-context.1`, `.2`, ….
 */
const MAX_PART_LENGTH = 3500;

/**
 * What a full check saves. Anything else — '{}', a value written by another version or edited by
 * hand, a missing part — reads as no context: the workplace is then not checked.
 */
const STORED = z.object({
  organisations: z.array(z.string()),
  parts: z.optional(z.number().check(z.int(), z.nonnegative())),
});
const PART = z.array(z.string());

function partKey(index: number): string {
  return `${LIVE_CONTEXT_KEY}.${index}`;
}

/** The names in runs whose JSON fits one property value. */
function split(organisations: readonly string[]): string[][] {
  const parts: string[][] = [[]];
  let length = 0;
  for (const name of organisations) {
    const size = JSON.stringify(name).length + 1;
    if (length + size > MAX_PART_LENGTH && parts[parts.length - 1].length > 0) {
      parts.push([]);
      length = 0;
    }
    parts[parts.length - 1].push(name);
    length += size;
  }
  return parts;
}

/** One call whatever the length of the list. */
export function saveLiveContext(organisations: readonly string[]): void {
  const [first, ...rest] = split(organisations);
  const values: Record<string, string> = {
    [LIVE_CONTEXT_KEY]: JSON.stringify({ organisations: first, parts: rest.length }),
  };
  rest.forEach((part, index) => {
    values[partKey(index + 1)] = JSON.stringify(part);
  });
  PropertiesService.getDocumentProperties().setProperties(values);
}

/** One call: every document property at once, the parts among them. */
export function loadLiveContext(): BaseOptions {
  const stored = PropertiesService.getDocumentProperties().getProperties();
  const head = STORED.safeParse(jsonOrUndefined(stored[LIVE_CONTEXT_KEY]));
  if (!head.success) return {};
  const organisations = [...head.data.organisations];
  for (let index = 1; index <= (head.data.parts ?? 0); index++) {
    const part = PART.safeParse(jsonOrUndefined(stored[partKey(index)]));
    if (!part.success) return {};
    organisations.push(...part.data);
  }
  return organisations.length > 0 ? { knownOrganisations: organisations } : {};
}

function jsonOrUndefined(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
