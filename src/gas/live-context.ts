/**
 * What the live check cannot see from the edited sheet alone (src/app/live/live-context.ts) — the
 * municipality's school names, against which «Место работы» is checked, and «Список ОО» with the tabs
 * bound to its schools, against which a tab's school cell is checked — saved by every full check in the
 * document's properties and read back only when an edit touches a workplace or a school cell.
 */
import * as z from 'zod/mini';
import type { LiveContext, LiveRoster } from '../app/live/live-context';
import { fromParts, staleParts, toParts, writeParts } from './property-parts';

/** The document property that holds the context's head; its lists are kept in parts under it. */
export const LIVE_CONTEXT_KEY = 'cmn.live-context';

/**
 * What a full check saves: the head says how many parts (property-parts.ts) hold each list — the school
 * names under `cmn.live-context.organisations.N`, and with a roster its sheet, its schools (`[name, «Лист»]`,
 * under `cmn.live-context.schools.N`) and the tabs (`[sheet, school name]`, under `cmn.live-context.tabs.N`).
 * Anything else — a value written by another version or edited by hand, a part missing or malformed — reads
 * as no context: the workplace is then not checked.
 */
const COUNT = z.number().check(z.int(), z.nonnegative());
const STORED = z.object({
  organisations: COUNT,
  roster: z.optional(z.object({ sheet: z.string(), schools: COUNT, tabs: COUNT })),
});
const NAMES = z.array(z.string());
const PAIRS = z.array(z.tuple([z.string(), z.string()]));

const ORGANISATIONS = `${LIVE_CONTEXT_KEY}.organisations`;
const SCHOOLS = `${LIVE_CONTEXT_KEY}.schools`;
const TABS = `${LIVE_CONTEXT_KEY}.tabs`;

/** The saved roster: its sheet, and the schools and tabs as lists of pairs to be saved in parts. */
export interface SavedRoster {
  readonly sheet: string;
  readonly schools: readonly { readonly name: string; readonly sheet?: string }[];
  readonly tabs: readonly { readonly sheet: string; readonly name: string }[];
}

/**
 * One call to read what is kept and one to write, whatever the length of the lists; one more for each part
 * a longer list left behind.
 */
export function saveLiveContext(organisations: readonly string[], roster: SavedRoster | null): void {
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperties();
  const values: Record<string, string> = {};
  const stale: string[] = [];
  const keep = (key: string, list: unknown): number => {
    const parts = toParts(key, JSON.stringify(list));
    Object.assign(values, parts.values);
    stale.push(...staleParts(stored, key, parts.count));
    return parts.count;
  };
  const head: z.infer<typeof STORED> = { organisations: keep(ORGANISATIONS, organisations) };
  if (roster !== null) {
    head.roster = {
      sheet: roster.sheet,
      schools: keep(
        SCHOOLS,
        roster.schools.map((school) => [school.name, school.sheet ?? '']),
      ),
      tabs: keep(
        TABS,
        roster.tabs.map((tab) => [tab.sheet, tab.name]),
      ),
    };
  } else stale.push(...staleParts(stored, SCHOOLS, 0), ...staleParts(stored, TABS, 0));
  values[LIVE_CONTEXT_KEY] = JSON.stringify(head);
  writeParts(properties, values, stale);
}

/** One call: every document property at once, the parts among them. */
export function loadLiveContext(): LiveContext {
  const stored = PropertiesService.getDocumentProperties().getProperties();
  const head = STORED.safeParse(jsonOrUndefined(stored[LIVE_CONTEXT_KEY]));
  if (!head.success) return {};
  const organisations = list(stored, ORGANISATIONS, head.data.organisations, NAMES);
  if (organisations === null || organisations.length === 0) return {};
  const saved = head.data.roster;
  const schools = saved === undefined ? null : list(stored, SCHOOLS, saved.schools, PAIRS);
  const tabs = saved === undefined ? null : list(stored, TABS, saved.tabs, PAIRS);
  // A roster saved in part would bind tabs wrongly: the school cell is then judged as without one.
  if (saved === undefined || schools === null || tabs === null) return { knownOrganisations: organisations };
  const roster: LiveRoster = {
    sheet: saved.sheet,
    schools: schools.map(([name, sheet]) => (sheet === '' ? { name } : { name, sheet })),
    tabs: tabs.map(([sheet, name]) => ({ sheet, name })),
  };
  return { knownOrganisations: organisations, roster };
}

/** The list kept under `key` in `count` parts, when every part is there and the whole is what `schema` says. */
function list<T>(
  stored: Record<string, string>,
  key: string,
  count: number,
  schema: z.ZodMiniType<T>,
): T | null {
  const text = fromParts(stored, key, count);
  const parsed = schema.safeParse(jsonOrUndefined(text ?? undefined));
  return parsed.success ? parsed.data : null;
}

function jsonOrUndefined(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
