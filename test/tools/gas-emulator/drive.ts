/**
 * Google Drive as the add-on meets it: the advanced Drive service (Drive API v3, global `Drive`
 * once appsscript.json enables it), and what a person does to a document outside any script.
 *
 * The advanced service, as Google documents it (every fact cited in test/gas/documents-google.test.ts):
 *
 * - Drive.Files.create(resource, blob, optionalArgs) with resource.mimeType the Google Docs type
 *   imports the uploaded .docx into a new Google Doc (docx-import.ts); it counts against the daily
 *   quotas of documents created and of files converted, and a .docx past a Google Doc's 1 020 000
 *   characters is refused, nothing made;
 * - Drive.Files.update(resource, fileId, blob, optionalArgs) imports new content into the same Google
 *   Doc (same id, same link) and renames it; a file converted, none created;
 * - appProperties of at most 124 bytes each, key and value together;
 * - Drive.Files.get(fileId, optionalArgs) gives the file's metadata, in the Trash too;
 * - Drive.Files.list({ q: "appProperties has { key='k' and value='v' } and trashed = false" })
 *   finds files by an app property (the one query the emulator understands; any other throws, so a
 *   test never relies on an unmodelled one);
 * - a method answers with the fields asked for in optionalArgs.fields (v3's default otherwise:
 *   kind, id, name, mimeType);
 * - an id that names no file fails with "File not found: <id>."; errors of the advanced service
 *   read "API call to drive.files.<method> failed with error: …" (GoogleJsonResponseException);
 * - each method needs one of its scopes; the add-on's is drive.file (files the app made).
 *
 * What a person does in Google Drive to a document the add-on made:
 *
 * - moves it to the Trash. Nothing changes for a script: a trashed file is still reached by its id
 *   («All users with access can copy, download, export, and share the file», Drive API files.trash,
 *   https://pub.dev/documentation/googleapis/11.4.0/drive_v2/FilesResource/trash.html, Google's own
 *   API description);
 * - deletes it for good (empties the Trash). Then its id names no file.
 */
import { Blob } from './blob';
import type { Document, DocumentStore } from './document-app';
import { importDocx } from './docx-import';
import { fail, requireAnyScope, service, type Env } from './env';
import type { Emulator } from './index';

export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const SCOPE = 'https://www.googleapis.com/auth/';
const WRITE_SCOPES = [`${SCOPE}drive`, `${SCOPE}drive.file`];
const READ_SCOPES = [...WRITE_SCOPES, `${SCOPE}drive.readonly`];

/**
 * Apps Script's daily quotas (https://developers.google.com/apps-script/guides/services/quotas):
 * «Documents created: 250 / day» and «Files converted: 2,000 / day» for consumer accounts (1 500 and
 * 4 000 for Google Workspace). A conversion into a new Google Doc counts against both.
 */
export interface DriveQuota {
  documentsCreatedPerDay: number;
  filesConvertedPerDay: number;
  /** Used so far today: a test may start with some used up. */
  documentsCreated: number;
  filesConverted: number;
}

export const CONSUMER_QUOTA: Readonly<DriveQuota> = {
  documentsCreatedPerDay: 250,
  filesConvertedPerDay: 2000,
  documentsCreated: 0,
  filesConverted: 0,
};

/**
 * "Maximum of 124 bytes size per property (including both key and value) string in UTF-8 encoding"
 * (https://developers.google.com/drive/api/guides/properties). Drive's message for a longer one is
 * not published; the emulator's is its own.
 */
const MAX_PROPERTY_BYTES = 124;

/** v3's answer when no fields are asked for. */
const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

function metadata(document: Document): Record<string, unknown> {
  const id = document.getId();
  return {
    kind: 'drive#file',
    id,
    name: document._state.env.counter.silently(() => document.getName()),
    mimeType: GOOGLE_DOC_MIME,
    trashed: document._trashed,
    webViewLink: `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`,
    appProperties: { ...document._appProperties },
  };
}

/** The fields asked for: "id,webViewLink", or "files(id,webViewLink)" inside a list. */
function pick(file: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => field in file).map((field) => [field, file[field]]));
}

function fieldsOf(optional: unknown): string[] {
  const fields = (optional as { fields?: unknown } | undefined)?.fields;
  return typeof fields === 'string' ? fields.split(',').map((field) => field.trim()) : DEFAULT_FIELDS;
}

function apiError(env: Env, method: string, message: string): never {
  return fail(
    env,
    `API call to drive.files.${method} failed with error: ${message}`,
    'GoogleJsonResponseException',
  );
}

function docxOf(env: Env, method: string, blob: unknown): Uint8Array {
  if (!(blob instanceof Blob)) apiError(env, method, 'Media type not supported');
  if (blob.getContentType() !== DOCX_MIME)
    throw new Error(
      `emulator: only a .docx imported into a Google Doc is modelled, got ${blob.getContentType()}`,
    );
  return blob._bytes;
}

/** The daily quota a call is about to use, or Google's exception when it is spent. */
function spend(env: Env, quota: DriveQuota, creates: boolean): void {
  if (creates && quota.documentsCreated >= quota.documentsCreatedPerDay)
    fail(env, 'Service invoked too many times for one day: docs create.');
  if (quota.filesConverted >= quota.filesConvertedPerDay)
    fail(env, 'Service invoked too many times for one day: file convert.');
  if (creates) quota.documentsCreated++;
  quota.filesConverted++;
}

export function createDrive(env: Env, store: DocumentStore, quota: DriveQuota) {
  let next = 1;
  const find = (method: string, id: unknown): Document => {
    const found = store.documents.find((document) => document.getId() === id);
    return found ?? apiError(env, method, `File not found: ${String(id)}.`);
  };
  const files = service(env, 'Drive.Files', {
    create(resource: unknown, blob: unknown, optional?: unknown): Record<string, unknown> {
      requireAnyScope(env, 'Drive.Files.create', WRITE_SCOPES);
      const file = (resource ?? {}) as { name?: unknown; mimeType?: unknown; appProperties?: unknown };
      if (file.mimeType !== GOOGLE_DOC_MIME)
        throw new Error('emulator: only files created as Google Docs are modelled');
      const appProperties = (file.appProperties ?? {}) as Record<string, string>;
      for (const [key, value] of Object.entries(appProperties))
        if (new TextEncoder().encode(key + value).length > MAX_PROPERTY_BYTES)
          apiError(env, 'create', 'The size of the property exceeds the limit.');
      const docx = docxOf(env, 'create', blob);
      spend(env, quota, true);
      const id = `1drvEmulated${String(next++).padStart(6, '0')}`;
      const document = importDocx(env, 'drive.files.create', {
        id,
        name: typeof file.name === 'string' ? file.name : 'Untitled',
        docx,
      });
      document._appProperties = { ...appProperties };
      store.documents.push(document);
      return pick(metadata(document), fieldsOf(optional));
    },
    update(resource: unknown, fileId: unknown, blob?: unknown, optional?: unknown): Record<string, unknown> {
      requireAnyScope(env, 'Drive.Files.update', WRITE_SCOPES);
      const document = find('update', fileId);
      const file = (resource ?? {}) as { name?: unknown };
      if (blob !== undefined && blob !== null) {
        const docx = docxOf(env, 'update', blob);
        spend(env, quota, false);
        const converted = importDocx(env, 'drive.files.update', {
          id: document.getId(),
          name: document._state.env.counter.silently(() => document.getName()),
          docx,
        });
        document._state = converted._state;
        document._body = converted._body;
        document._footer = converted._footer;
      }
      if (typeof file.name === 'string') env.counter.silently(() => document.setName(file.name as string));
      return pick(metadata(document), fieldsOf(optional));
    },
    get(fileId: unknown, optional?: unknown): Record<string, unknown> {
      requireAnyScope(env, 'Drive.Files.get', READ_SCOPES);
      return pick(metadata(find('get', fileId)), fieldsOf(optional));
    },
    list(optional?: unknown): Record<string, unknown> {
      requireAnyScope(env, 'Drive.Files.list', READ_SCOPES);
      const args = (optional ?? {}) as { q?: unknown; fields?: unknown };
      const query = /^appProperties has \{ key='([^']*)' and value='([^']*)' \}( and trashed = false)?$/.exec(
        String(args.q ?? ''),
      );
      if (!query) throw new Error(`emulator: the query ${String(args.q)} is not modelled`);
      const [, key, value, untrashed] = query;
      const inner = /^files\((.*)\)$/.exec(String(args.fields ?? ''));
      const fields = inner ? inner[1].split(',').map((field) => field.trim()) : DEFAULT_FIELDS;
      const found = store.documents.filter(
        (document) => document._appProperties[key] === value && !(untrashed && document._trashed),
      );
      return { files: found.map((document) => pick(metadata(document), fields)) };
    },
  });
  return { Files: files };
}

function find(emulator: Emulator, id: string) {
  const found = emulator.documents.find((document) => document.getId() === id);
  if (!found) throw new Error(`No document with id ${id}`);
  return found;
}

export function moveToTrash(emulator: Emulator, id: string): void {
  find(emulator, id)._trashed = true;
}

export function deleteForever(emulator: Emulator, id: string): void {
  const documents = emulator.documents as unknown as unknown[];
  documents.splice(documents.indexOf(find(emulator, id)), 1);
}
