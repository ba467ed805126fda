/**
 * The Google Doc of one kind for one period, kept from run to run (docs/decisions.md, «Documents on
 * Drive»): its id is stored in the spreadsheet's document properties under the person, the
 * municipality, the period and the kind, so that running «Создать справку и письма» again clears
 * and redraws the same document instead of adding a same-named copy. A document of another period
 * is never touched. A stored id that no longer opens (the document was deleted) gives way to a new
 * document; a service error while opening it stops the run instead, so as not to make a copy.
 *
 * From the moment it is created or reopened until its last block is drawn the document is named
 * «… (не завершён)»: a run stopped anywhere — a service error, or the 6-minute limit that no catch
 * sees — leaves a document that says so, and the next run takes it up again.
 */
import { DOCUMENT_MESSAGES } from './messages';

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;

export interface Link {
  readonly name: string;
  readonly url: string;
}

/** A document the run began and has not finished: what the alert names if the run stops. */
export interface Unfinished {
  readonly name: string;
  readonly url: string | null;
  /** False while its id is not yet stored: the next run will not find it, it is left over. */
  readonly recorded: boolean;
}

/** What a run has done so far, for the dialog at the end or the alert of a failure. */
export interface DocumentsRun {
  /** Whose documents, of which municipality and period: the property key without the kind. */
  readonly owner: readonly string[];
  readonly made: Link[];
  unfinished: Unfinished | null;
  created: number;
  rewritten: number;
}

export interface OpenDocument {
  readonly document: Document;
  readonly body: Body;
  readonly name: string;
  readonly url: string;
  readonly reused: boolean;
}

export function documentsRun(user: string, municipality: string, period: string): DocumentsRun {
  return {
    owner: ['documents', user, municipality, period],
    made: [],
    unfinished: null,
    created: 0,
    rewritten: 0,
  };
}

function keyOf(run: DocumentsRun, kind: string): string {
  return JSON.stringify([...run.owner, kind]);
}

/** Google could not answer this time: the document may well be there, so nothing is created instead. */
function isServiceFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Service \w+ (failed|timed out)|timed out|Exceeded maximum execution time|too many times/i.test(
    message,
  );
}

function reopen(id: string): Document | null {
  try {
    return DocumentApp.openById(id);
  } catch (error) {
    if (isServiceFailure(error)) throw error;
    return null;
  }
}

/** The period's document of this kind, emptied and marked unfinished, or a new one. */
export function openDocument(run: DocumentsRun, kind: string, name: string): OpenDocument {
  const marked = DOCUMENT_MESSAGES.unfinishedName(name);
  const properties = PropertiesService.getDocumentProperties();
  const key = keyOf(run, kind);
  const stored = properties.getProperty(key);
  const previous = stored === null ? null : reopen(stored);
  if (previous !== null) {
    const url = previous.getUrl();
    previous.setName(marked);
    run.unfinished = { name: marked, url, recorded: true };
    const body = previous.getBody();
    body.clear();
    return { document: previous, body, name, url, reused: true };
  }
  const document = DocumentApp.create(marked);
  run.unfinished = { name: marked, url: null, recorded: false };
  properties.setProperty(key, document.getId());
  run.unfinished = { name: marked, url: null, recorded: true };
  const url = document.getUrl();
  run.unfinished = { name: marked, url, recorded: true };
  return { document, body: document.getBody(), name, url, reused: false };
}

/** Gives the drawn document its own name and counts it as made. */
export function closeDocument(run: DocumentsRun, open: OpenDocument): void {
  open.document.setName(open.name);
  run.unfinished = { name: open.name, url: open.url, recorded: true };
  open.document.saveAndClose();
  run.made.push({ name: open.name, url: open.url });
  run.unfinished = null;
  if (open.reused) run.rewritten++;
  else run.created++;
}
