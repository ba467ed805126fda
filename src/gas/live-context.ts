/**
 * What the live check cannot see from the edited sheet alone (src/app/live/live-context.ts) — the
 * municipality's school names, against which «Место работы» is checked, and «Список ОО» with the tabs
 * bound to its schools, against which a tab's school cell is checked — saved by every full check in the
 * document's properties and read back only when an edit touches a workplace or a school cell.
 */
import * as z from 'zod/mini';
import type { LiveContext, LiveRoster } from '../app/live/live-context';

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
 * hand, a missing part — reads as no context: the workplace is then not checked. `roster`: the roster's
 * sheet and how many parts hold its schools (`[name, «Лист»]`, under `cmn.live-context.schools.1`, …)
 * and the tabs (`[sheet, school name]`, under `cmn.live-context.tabs.1`, …); absent without a roster.
 */
const COUNT = z.number().check(z.int(), z.nonnegative());
const STORED = z.object({
  organisations: z.array(z.string()),
  parts: z.optional(COUNT),
  roster: z.optional(z.object({ sheet: z.string(), schools: COUNT, tabs: COUNT })),
});
const PART = z.array(z.string());
const PAIRS = z.array(z.tuple([z.string(), z.string()]));

function partKey(index: number, list = ''): string {
  return `${LIVE_CONTEXT_KEY}${list}.${index}`;
}

/** The items in runs whose JSON fits one property value. */
function split<T>(items: readonly T[]): T[][] {
  const parts: T[][] = [[]];
  let length = 0;
  for (const name of items) {
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

/** The saved roster: its sheet, and the schools and tabs as lists of pairs to be saved in parts. */
export interface SavedRoster {
  readonly sheet: string;
  readonly schools: readonly { readonly name: string; readonly sheet?: string }[];
  readonly tabs: readonly { readonly sheet: string; readonly name: string }[];
}

/** One call whatever the length of the lists. */
export function saveLiveContext(organisations: readonly string[], roster: SavedRoster | null): void {
  const [first, ...rest] = split(organisations);
  const values: Record<string, string> = {};
  rest.forEach((part, index) => {
    values[partKey(index + 1)] = JSON.stringify(part);
  });
  const head: z.infer<typeof STORED> = { organisations: first, parts: rest.length };
  if (roster !== null) {
    const save = (list: string, pairs: (readonly [string, string])[]): number => {
      const parts = pairs.length === 0 ? [] : split(pairs);
      parts.forEach((part, index) => {
        values[partKey(index + 1, list)] = JSON.stringify(part);
      });
      return parts.length;
    };
    const schools = save(
      '.schools',
      roster.schools.map((school) => [school.name, school.sheet ?? ''] as const),
    );
    const tabs = save(
      '.tabs',
      roster.tabs.map((tab) => [tab.sheet, tab.name] as const),
    );
    head.roster = { sheet: roster.sheet, schools, tabs };
  }
  values[LIVE_CONTEXT_KEY] = JSON.stringify(head);
  PropertiesService.getDocumentProperties().setProperties(values);
}

/** One call: every document property at once, the parts among them. */
export function loadLiveContext(): LiveContext {
  const stored = PropertiesService.getDocumentProperties().getProperties();
  const head = STORED.safeParse(jsonOrUndefined(stored[LIVE_CONTEXT_KEY]));
  if (!head.success) return {};
  const organisations = [...head.data.organisations];
  for (let index = 1; index <= (head.data.parts ?? 0); index++) {
    const part = PART.safeParse(jsonOrUndefined(stored[partKey(index)]));
    if (!part.success) return {};
    organisations.push(...part.data);
  }
  if (organisations.length === 0) return {};
  const saved = head.data.roster;
  const roster = saved === undefined ? null : loadRoster(stored, saved);
  // A roster saved in part would bind tabs wrongly: the school cell is then judged as without one.
  return roster === null
    ? { knownOrganisations: organisations }
    : { knownOrganisations: organisations, roster };
}

function loadRoster(
  stored: Record<string, string>,
  saved: { sheet: string; schools: number; tabs: number },
): LiveRoster | null {
  const pairs = (list: string, count: number): (readonly [string, string])[] | null => {
    const all: (readonly [string, string])[] = [];
    for (let index = 1; index <= count; index++) {
      const part = PAIRS.safeParse(jsonOrUndefined(stored[partKey(index, list)]));
      if (!part.success) return null;
      all.push(...part.data);
    }
    return all;
  };
  const schools = pairs('.schools', saved.schools);
  const tabs = pairs('.tabs', saved.tabs);
  if (schools === null || tabs === null) return null;
  return {
    sheet: saved.sheet,
    schools: schools.map(([name, sheet]) => (sheet === '' ? { name } : { name, sheet })),
    tabs: tabs.map(([sheet, name]) => ({ sheet, name })),
  };
}

function jsonOrUndefined(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
