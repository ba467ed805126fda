/**
 * What the live check cannot see from the edited sheet alone — the municipality's school names
 * (for «Место работы») and the forms added on the settings sheet — saved by every full check in
 * the document's properties and read back only when an edit changes some mark.
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
  readonly forms?: readonly string[];
}

export function saveLiveContext(options: { organisations: readonly string[]; forms: readonly string[] }): void {
  const full: Stored = { organisations: options.organisations, forms: options.forms };
  let text = JSON.stringify(full);
  if (text.length > MAX_VALUE_LENGTH) text = JSON.stringify({ forms: options.forms });
  if (text.length > MAX_VALUE_LENGTH) text = '{}';
  PropertiesService.getDocumentProperties().setProperty(KEY, text);
}

export function loadLiveContext(): BaseOptions {
  const text = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!text) return {};
  try {
    const stored = JSON.parse(text) as Stored;
    return {
      ...(Array.isArray(stored.organisations) && stored.organisations.length > 0 ? { knownOrganisations: stored.organisations } : {}),
      ...(Array.isArray(stored.forms) ? { extraForms: stored.forms } : {}),
    };
  } catch {
    return {};
  }
}
