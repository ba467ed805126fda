/**
 * What «Настроить доступ кураторов» keeps between runs in the document's properties (read in one call a run):
 * who last set access — the coordinator (docs/decisions.md#access-within-googles-limits) —, the roster's
 * sheet, the school tab a run stopped before when Apps Script's time limit came near, for the next run to go
 * on from, and what a full run found with its report, for a rerun to prove nothing changed and say so
 * (docs/decisions.md#access-on-an-unchanged-roster). Document properties belong to the spreadsheet, whoever
 * opens it (https://developers.google.com/apps-script/guides/properties); a value holds at most 9 KB
 * («Properties value size», https://developers.google.com/apps-script/guides/services/quotas), so the report
 * of 300 schools is kept in parts (property-parts.ts).
 */
import type { AccessFingerprint } from './access-unchanged';
import { fromParts, staleParts, toParts, writeParts } from './property-parts';

const KEY = 'nastavnichestvo.access';
const REPORT = `${KEY}.report`;

export interface AccessStore {
  /** The address of the person who last set access in full. */
  readonly coordinator?: string;
  /** The roster's sheet when access was last set. */
  readonly roster?: string;
  /** Where a run that stopped for time goes on: the school tab's place in the plan, and its name. */
  readonly resume?: { readonly index: number; readonly sheet: string };
  /** What a full run left, for the next run to prove nothing changed (access-unchanged.ts). */
  readonly check?: AccessFingerprint;
  /** The full run's report, kept with `check`: what still holds while nothing changes. */
  readonly report?: string;
}

interface Stored extends Omit<AccessStore, 'report'> {
  /** How many parts the report is kept in. */
  readonly parts?: number;
}

function parsed(text: string | undefined): Stored {
  if (text === undefined) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Stored) : {};
  } catch {
    return {};
  }
}

export function readAccessStore(): AccessStore {
  const properties = PropertiesService.getDocumentProperties().getProperties();
  const { parts, ...store } = parsed(properties[KEY]);
  if (parts === undefined) return store;
  const report = fromParts(properties, REPORT, parts);
  return report === null ? store : { ...store, report };
}

/**
 * Writes `next` only when it differs from `previous`: an unchanged run writes nothing. A shorter report
 * than before leaves no part of the longer one behind.
 */
export function writeAccessStore(previous: AccessStore, next: AccessStore): void {
  const { report, ...rest } = next;
  const parts = toParts(REPORT, report ?? '');
  const text = JSON.stringify(report === undefined ? rest : { ...rest, parts: parts.count });
  const { report: before, ...kept } = previous;
  const was = JSON.stringify(before === undefined ? kept : { ...kept, parts: toParts(REPORT, before).count });
  if (text === was && report === before) return;
  const properties = PropertiesService.getDocumentProperties();
  if (report === before) {
    properties.setProperties({ [KEY]: text });
    return;
  }
  const count = report === undefined ? 0 : parts.count;
  writeParts(
    properties,
    { [KEY]: text, ...parts.values },
    staleParts(properties.getProperties(), REPORT, count),
  );
}
