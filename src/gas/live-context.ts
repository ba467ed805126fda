/**
 * What the live check cannot see from the edited sheet alone — the municipality's school names,
 * against which «Место работы» is checked — saved by every full check in the document's
 * properties and read back only when an edit touches a workplace cell.
 */
import * as z from 'zod/mini';
import type { BaseOptions } from '../core/base';

/** The document property that holds the context. */
export const LIVE_CONTEXT_KEY = 'cmn.live-context';
/**
 * Apps Script refuses property values over 9 KB, and Cyrillic letters take two bytes each; a
 * list that long is left out rather than cut.
 */
const MAX_VALUE_LENGTH = 4400;

/**
 * What a full check saves. Anything else — '{}' for a list too long to keep, a value written by
 * another version or edited by hand — reads as no context: the workplace is then not checked.
 */
const STORED = z.object({ organisations: z.array(z.string()).check(z.minLength(1)) });

export function saveLiveContext(organisations: readonly string[]): void {
  const text = JSON.stringify({ organisations });
  PropertiesService.getDocumentProperties().setProperty(
    LIVE_CONTEXT_KEY,
    text.length > MAX_VALUE_LENGTH ? '{}' : text,
  );
}

export function loadLiveContext(): BaseOptions {
  const text = PropertiesService.getDocumentProperties().getProperty(LIVE_CONTEXT_KEY);
  if (!text) return {};
  const stored = STORED.safeParse(jsonOrUndefined(text));
  return stored.success ? { knownOrganisations: stored.data.organisations } : {};
}

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
