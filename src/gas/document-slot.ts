/**
 * The Google Doc of one kind for one period, kept from run to run (docs/decisions.md, «Documents on
 * Drive» and «Documents through Drive»): its id and a fingerprint of what it holds are stored in the
 * spreadsheet's document properties under the person, the municipality, the period and the kind.
 *
 * - The same content as stored: the document is left as it is — a run stopped by Google's daily
 *   limit or by the time of one run continues where it stopped, and a second run costs no quota.
 * - Other content: the same document (id, link) gets it through Drive's conversion.
 * - No document yet, or the stored one deleted for good: a new one. It carries the slot's mark in
 *   its appProperties, so that a run Google stopped between creating it and storing its id finds
 *   it the next time instead of making a copy.
 *
 * A document of another period, kind or person is never touched.
 */
import type { DocModel } from '../core/documents/doc-model';
import type { Link } from './document-messages';
import {
  createFromDocx,
  fileIfThere,
  findBySlot,
  isNotFound,
  replaceFromDocx,
  type DriveFile,
} from './drive-files';

export type { Link } from './document-messages';

/** What a run has done so far, for the dialog at the end or the alert of a stop. */
export interface DocumentsRun {
  /** Whose documents, of which municipality and period: the property key without the kind. */
  readonly owner: readonly string[];
  readonly made: Link[];
  created: number;
  rewritten: number;
  unchanged: number;
}

/** One document of the run: which of the period's it is, its model, and its .docx when needed. */
export interface PlannedDocument {
  readonly kind: string;
  readonly model: DocModel;
  readonly docx: () => Uint8Array;
}

interface Stored {
  readonly id: string;
  /** The content's fingerprint; null for an id stored before fingerprints were. */
  readonly hash: string | null;
}

export function documentsRun(user: string, municipality: string, period: string): DocumentsRun {
  return {
    owner: ['documents', user, municipality, period],
    made: [],
    created: 0,
    rewritten: 0,
    unchanged: 0,
  };
}

function keyOf(run: DocumentsRun, kind: string): string {
  return JSON.stringify([...run.owner, kind]);
}

/** 64 bits of FNV-1a (two 32-bit lanes of different offsets), as 13 + 13 base-36 digits at most. */
export function fingerprint64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193) >>> 0;
    b = (b ^ (b >>> 13)) >>> 0;
  }
  return `${a.toString(36)}.${b.toString(36)}`;
}

/** The mark of a slot on its Google Doc: short (Drive allows 124 bytes a property) and free of quotes. */
export function slotMark(key: string): string {
  return `cmn-${fingerprint64(key).replace('.', '-')}`;
}

function readStored(raw: string | null): Stored | null {
  if (raw === null || raw === '') return null;
  if (!raw.startsWith('{')) return { id: raw, hash: null };
  const parsed = JSON.parse(raw) as { id?: unknown; hash?: unknown };
  return typeof parsed.id === 'string'
    ? { id: parsed.id, hash: typeof parsed.hash === 'string' ? parsed.hash : null }
    : null;
}

function rewrite(id: string, planned: PlannedDocument): DriveFile | null {
  try {
    return replaceFromDocx(id, planned.model.name, planned.docx());
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Puts the planned document into its slot (see the file's comment) and counts it as made. */
export function putDocument(run: DocumentsRun, planned: PlannedDocument): void {
  const properties = PropertiesService.getDocumentProperties();
  const key = keyOf(run, planned.kind);
  const stored = readStored(properties.getProperty(key));
  const hash = fingerprint64(JSON.stringify(planned.model));
  const { name } = planned.model;
  if (stored !== null && stored.hash === hash) {
    const there = fileIfThere(stored.id);
    if (there !== null) {
      run.made.push({ name, url: there.webViewLink });
      run.unchanged++;
      return;
    }
  }
  const previous = stored?.id ?? findBySlot(slotMark(key))?.id ?? null;
  let file = previous === null ? null : rewrite(previous, planned);
  if (file === null) {
    file = createFromDocx(name, planned.docx(), slotMark(key));
    run.created++;
  } else run.rewritten++;
  properties.setProperty(key, JSON.stringify({ id: file.id, hash }));
  run.made.push({ name, url: file.webViewLink });
}
