/**
 * What «Настроить доступ кураторов» keeps between runs in the document's properties (one value, read once a
 * run): who last set access — the coordinator (docs/decisions.md#access-within-googles-limits) —, the roster's
 * sheet, and the school tab a run stopped before when Apps Script's time limit came near, for the next run to
 * go on from. Document properties belong to the spreadsheet, whoever opens it
 * (https://developers.google.com/apps-script/guides/properties).
 */
const KEY = 'nastavnichestvo.access';

export interface AccessStore {
  /** The address of the person who last set access in full. */
  readonly coordinator?: string;
  /** The roster's sheet when access was last set. */
  readonly roster?: string;
  /** Where a run that stopped for time goes on: the school tab's place in the plan, and its name. */
  readonly resume?: { readonly index: number; readonly sheet: string };
}

function parsed(text: string | null): AccessStore {
  if (text === null) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as AccessStore) : {};
  } catch {
    return {};
  }
}

export function readAccessStore(): AccessStore {
  return parsed(PropertiesService.getDocumentProperties().getProperty(KEY));
}

/** Writes `next` only when it differs from `previous`: an unchanged run writes nothing. */
export function writeAccessStore(previous: AccessStore, next: AccessStore): void {
  const text = JSON.stringify(next);
  if (text !== JSON.stringify(previous)) PropertiesService.getDocumentProperties().setProperty(KEY, text);
}
