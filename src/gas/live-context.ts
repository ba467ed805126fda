/**
 * What the live check cannot see from the edited sheet alone — the municipality's school names,
 * against which «Место работы» is checked — saved by every full check in the document's
 * properties and read back only when an edit touches a workplace cell.
 */
import type { BaseOptions } from '../core/base';

const KEY = 'cmn.live-context';
/**
 * Apps Script refuses property values over 9 KB, and Cyrillic letters take two bytes each; a
 * list that long is left out rather than cut.
 */
const MAX_VALUE_LENGTH = 4400;

interface Stored {
  readonly organisations?: readonly string[];
}

export function saveLiveContext(organisations: readonly string[]): void {
  const text = JSON.stringify({ organisations });
  PropertiesService.getDocumentProperties().setProperty(KEY, text.length > MAX_VALUE_LENGTH ? '{}' : text);
}

export function loadLiveContext(): BaseOptions {
  const text = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!text) return {};
  try {
    const stored = JSON.parse(text) as Stored;
    return Array.isArray(stored.organisations) && stored.organisations.length > 0
      ? { knownOrganisations: stored.organisations }
      : {};
  } catch {
    return {};
  }
}
