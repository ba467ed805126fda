/**
 * Google Docs made from a .docx by Drive's conversion, through the advanced Drive service (Drive
 * API v3, enabled in appsscript.json under the symbol `Drive`). Drive imports an upload into a
 * Google Doc when the file's metadata asks for the Google Docs type ("If a file is created with a
 * Google Doc MIME type, the uploaded content is imported, if possible", Drive API, files resource,
 * `mimeType`), .docx being one of the formats it imports; uploading new content to a Google Doc
 * with files.update imports it again into the same file, under the same id and link. Both need only
 * the `drive.file` scope (the files the add-on itself made). test/gas/documents-google.test.ts
 * cites the pages.
 */

export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The file's fields the add-on reads back: its id and the link a coordinator opens. */
const FIELDS = 'id,webViewLink';

export interface DriveFile {
  readonly id: string;
  readonly webViewLink: string;
}

interface FileResource {
  readonly name?: string;
  readonly mimeType?: string;
  readonly appProperties?: Readonly<Record<string, string>>;
}

type Blob = GoogleAppsScript.Base.Blob;

/** The part of the advanced service's Drive.Files (v3) the add-on calls. */
interface DriveFiles {
  create(resource: FileResource, media: Blob, optional: { fields: string }): DriveFile;
  update(resource: FileResource, fileId: string, media: Blob, optional: { fields: string }): DriveFile;
  get(fileId: string, optional: { fields: string }): DriveFile;
  list(optional: { q: string; fields: string; pageSize: number }): { files?: DriveFile[] };
}

function files(): DriveFiles {
  return (Drive as unknown as { Files: DriveFiles }).Files;
}

/** Java's bytes, -128…127, from the .docx's 0…255: what Utilities.newBlob takes. */
function javaBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] > 127 ? bytes[i] - 256 : bytes[i];
  return out;
}

function docxBlob(name: string, docx: Uint8Array): Blob {
  return Utilities.newBlob(javaBytes(docx), DOCX_MIME, `${name}.docx`);
}

/** A new Google Doc named `name` from the .docx, marked with the slot it fills (see findBySlot). */
export function createFromDocx(name: string, docx: Uint8Array, slot: string): DriveFile {
  return files().create({ name, mimeType: GOOGLE_DOC_MIME, appProperties: { slot } }, docxBlob(name, docx), {
    fields: FIELDS,
  });
}

/** The Google Doc `id` with the .docx's content and the name `name`: the same file, id and link. */
export function replaceFromDocx(id: string, name: string, docx: Uint8Array): DriveFile {
  return files().update({ name }, id, docxBlob(name, docx), { fields: FIELDS });
}

/** The file `id` if it is still there (in the Trash too), null if it is deleted for good. */
export function fileIfThere(id: string): DriveFile | null {
  try {
    return files().get(id, { fields: FIELDS });
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/**
 * The Google Doc a run made for this slot and could not record (Google stopped the run between the
 * two calls), found by the mark createFromDocx gives it, so that no second one is made.
 */
export function findBySlot(slot: string): DriveFile | null {
  const found = files().list({
    q: `appProperties has { key='slot' and value='${slot}' } and trashed = false`,
    fields: `files(${FIELDS})`,
    pageSize: 1,
  });
  return found.files?.[0] ?? null;
}

/** Drive's «File not found: <id>.»: a document deleted for good, not a failure to retry. */
export function isNotFound(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /File not found/i.test(message);
}

/** Google's daily limits: of documents created, of files converted. */
export function isQuotaExceeded(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /too many times for one day|rate limit exceeded|quota/i.test(message);
}
