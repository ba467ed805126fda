/**
 * What «Создать справку и письма» relies on in Google Drive and Apps Script, as the emulator models
 * it (docs/decisions.md, «Documents through Drive»). Sources:
 * - the advanced Drive service takes Drive API v3's objects, methods and parameters, e.g.
 *   `Drive.Files.create(file, blob, { fields: "id,size" })` to upload a file ("delete" is named
 *   "remove"): https://developers.google.com/apps-script/advanced/drive
 * - files resource, `mimeType`: "If a file is created with a Google Doc MIME type, the uploaded
 *   content is imported, if possible": https://developers.google.com/drive/api/reference/rest/v3/files;
 *   .docx is among the formats imported into Google Docs ("Import to Google Docs types"):
 *   https://developers.google.com/drive/api/guides/manage-uploads#import-docs
 * - files.update "Updates a file's metadata, content, or both", keeping the file and its id:
 *   https://developers.google.com/drive/api/reference/rest/v3/files/update
 * - files.list's `q`, "appProperties has { key='additionalID' and value='8e8aceg2af2ge72e78' }":
 *   https://developers.google.com/drive/api/guides/search-files; an app property holds "Maximum of
 *   124 bytes size per property (including both key and value)":
 *   https://developers.google.com/drive/api/guides/properties
 * - a Google Doc holds up to 1.02 million characters (Google Drive Help, «Files you can store in
 *   Google Drive», https://support.google.com/drive/answer/37603)
 * - «Documents created: 250 / day», «Files converted: 2,000 / day» for consumer accounts; "If you
 *   exceed a quota or limitation, your script throws an exception and execution stops":
 *   https://developers.google.com/apps-script/guides/services/quotas
 * - Utilities.newBlob(data: Byte[], contentType, name):
 *   https://developers.google.com/apps-script/reference/utilities/utilities
 * - scopes: drive.file "Create new Drive files, or modify existing files, that you open with an app
 *   or that the user shares with an app", non-sensitive, where …/auth/documents is sensitive and
 *   …/auth/drive restricted: https://developers.google.com/drive/api/guides/api-specific-auth,
 *   https://developers.google.com/docs/api/auth
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heading, paragraph, PAGE_BREAK, type DocModel } from '../../src/core/documents/doc-model';
import { docxPackage } from '../../src/docx/docx-package';
import { createEmulator, deleteForever, moveToTrash, type EmulatorOptions } from '../tools/gas-emulator';
import { docBlocks, docText, sections } from './document-state';

const DOC = 'application/vnd.google-apps.document';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';

interface File {
  id: string;
  webViewLink?: string;
  name?: string;
  mimeType?: string;
}
interface DriveLike {
  Files: {
    create(resource: object, blob: unknown, optional?: object): File;
    update(resource: object, id: string, blob?: unknown, optional?: object): File;
    get(id: string, optional?: object): File & { trashed?: boolean };
    list(optional: object): { files: File[] };
  };
}
interface UtilitiesLike {
  newBlob(data: unknown, contentType?: string, name?: string): unknown;
}

function start(options: EmulatorOptions = {}) {
  const emulator = createEmulator({ oauthScopes: [DRIVE_FILE], ...options });
  const Drive = emulator.globals.Drive as DriveLike;
  const Utilities = emulator.globals.Utilities as UtilitiesLike;
  const blob = (model: DocModel) =>
    Utilities.newBlob(
      Array.from(docxPackage(model), (byte) => (byte > 127 ? byte - 256 : byte)),
      DOCX,
      `${model.name}.docx`,
    );
  return { emulator, Drive, Utilities, blob };
}

const REPORT: DocModel = {
  name: 'Справка',
  pageNumbers: true,
  blocks: [
    heading(1, 'Аналитическая справка'),
    paragraph('Первая страница.'),
    PAGE_BREAK,
    paragraph('Вторая.'),
  ],
};

describe('Drive’s conversion of a .docx into a Google Doc, as the emulator models it', () => {
  it('creates a Google Doc with the .docx’s text, headings, page breaks, page and page-number footer, and answers the fields asked for', () => {
    const { emulator, Drive, blob } = start();
    const file = Drive.Files.create({ name: 'Справка', mimeType: DOC }, blob(REPORT), {
      fields: 'id,webViewLink',
    });
    expect(Object.keys(file).sort()).toEqual(['id', 'webViewLink']);
    expect(file.webViewLink).toBe(`https://docs.google.com/document/d/${file.id}/edit?usp=drivesdk`);
    const [document] = emulator.documents;
    expect(document.getId()).toBe(file.id);
    expect(document.getName()).toBe('Справка');
    expect(docBlocks(document)[0]).toMatchObject({ text: 'Аналитическая справка', heading: 'HEADING1' });
    expect(sections(document)).toEqual(['Аналитическая справка\nПервая страница.', 'Вторая.']);
    expect(document._footer).toEqual({ text: '', pageNumbers: true });
    expect(document._body._page.width).toBeCloseTo(595.3, 1);
    expect(document._body._margins.left).toBeCloseTo((30 * 72) / 25.4, 1);
    // v3 answers kind, id, name and mimeType when no fields are asked for.
    expect(Drive.Files.get(file.id)).toEqual({
      kind: 'drive#file',
      id: file.id,
      name: 'Справка',
      mimeType: DOC,
    });
    expect(emulator.driveQuota).toMatchObject({ documentsCreated: 1, filesConverted: 1 });
  });

  it('imports new content into the same file on update, renames it, and refuses an id deleted for good with Drive’s message', () => {
    const { emulator, Drive, blob } = start();
    const { id } = Drive.Files.create({ name: 'Справка', mimeType: DOC }, blob(REPORT));
    const second = { name: 'Справка 2', blocks: [paragraph('Новое содержимое.')] };
    const updated = Drive.Files.update({ name: 'Справка 2' }, id, blob(second), { fields: 'id' });
    expect(updated).toEqual({ id });
    expect(emulator.documents).toHaveLength(1);
    expect(emulator.documents[0].getName()).toBe('Справка 2');
    expect(docText(emulator.documents[0])).toBe('Новое содержимое.');
    expect(emulator.documents[0]._footer).toBeNull();
    expect(emulator.driveQuota).toMatchObject({ documentsCreated: 1, filesConverted: 2 });

    moveToTrash(emulator, id);
    expect(Drive.Files.get(id, { fields: 'id,trashed' })).toEqual({ id, trashed: true });
    deleteForever(emulator, id);
    expect(() => Drive.Files.update({ name: 'x' }, id, blob(second))).toThrow(
      `API call to drive.files.update failed with error: File not found: ${id}.`,
    );
    expect(() => Drive.Files.get(id)).toThrow('File not found');
  });

  it('finds the files carrying an app property, leaving trashed ones out when asked, and knows no other query', () => {
    const { emulator, Drive, blob } = start();
    const a = Drive.Files.create(
      { name: 'А', mimeType: DOC, appProperties: { slot: 'cmn-1' } },
      blob(REPORT),
    );
    Drive.Files.create({ name: 'Б', mimeType: DOC, appProperties: { slot: 'cmn-2' } }, blob(REPORT));
    const q = "appProperties has { key='slot' and value='cmn-1' } and trashed = false";
    expect(Drive.Files.list({ q, fields: 'files(id)' })).toEqual({ files: [{ id: a.id }] });
    moveToTrash(emulator, a.id);
    expect(Drive.Files.list({ q, fields: 'files(id)' })).toEqual({ files: [] });
    expect(() => Drive.Files.list({ q: "name = 'А'" })).toThrow('not modelled');
    // «Maximum of 124 bytes size per property (including both key and value)»: the slot's mark is short.
    expect(() =>
      Drive.Files.create({ name: 'В', mimeType: DOC, appProperties: { slot: 'я'.repeat(61) } }, blob(REPORT)),
    ).toThrow('API call to drive.files.create failed with error');
    expect(emulator.documents).toHaveLength(2);
  });

  it('refuses a .docx whose text passes 1 020 000 characters, making nothing, and converts one just within', () => {
    const { emulator, Drive, blob } = start();
    const long = (characters: number): DocModel => ({
      name: 'Письма',
      blocks: Array.from({ length: characters / 10_000 }, () => paragraph('я'.repeat(9_999))),
    });
    expect(() => Drive.Files.create({ name: 'Письма', mimeType: DOC }, blob(long(1_030_000)))).toThrow(
      /API call to drive\.files\.create failed with error: the document would pass 1020000 characters/,
    );
    expect(emulator.documents).toHaveLength(0);
    Drive.Files.create({ name: 'Письма', mimeType: DOC }, blob(long(1_010_000)));
    expect(docText(emulator.documents[0])).toHaveLength(1_010_000 - 1);
  });

  it('stops at the daily quotas: documents created, then files converted, with an exception and nothing made', () => {
    const { emulator, Drive, blob } = start({
      oauthScopes: [DRIVE_FILE, 'https://www.googleapis.com/auth/documents'],
      driveQuota: { documentsCreated: 249, filesConverted: 1998 },
    });
    const { id } = Drive.Files.create({ name: 'А', mimeType: DOC }, blob(REPORT));
    expect(() => Drive.Files.create({ name: 'Б', mimeType: DOC }, blob(REPORT))).toThrow(
      'Service invoked too many times for one day: docs create.',
    );
    expect(emulator.documents).toHaveLength(1);
    // DocumentApp.create draws on the same quota of created documents.
    expect(() => (emulator.globals.DocumentApp as { create(name: string): unknown }).create('В')).toThrow(
      'Service invoked too many times for one day: docs create.',
    );
    // An update converts a file and creates none: it goes on until the conversions run out.
    Drive.Files.update({}, id, blob(REPORT));
    expect(() => Drive.Files.update({}, id, blob(REPORT))).toThrow(
      'Service invoked too many times for one day: file convert.',
    );
  });

  it('fails any Drive call on demand, before it makes anything', () => {
    const { emulator, Drive, blob } = start();
    const failure = emulator.failAt({ method: 'Drive.Files.create', message: 'Internal Error' });
    expect(() => Drive.Files.create({ name: 'А', mimeType: DOC }, blob(REPORT))).toThrow('Internal Error');
    expect(failure.fired).toBe(true);
    expect(emulator.documents).toHaveLength(0);
    expect(emulator.driveQuota.documentsCreated).toBe(0);
  });

  it('takes Java’s bytes into a Blob and refuses a typed array or a byte above 127', () => {
    const { Utilities } = start();
    expect(() => Utilities.newBlob(new Uint8Array([1, 2]), DOCX)).toThrow(/don't match the method signature/);
    expect(() => Utilities.newBlob([200], DOCX)).toThrow('Cannot convert 200 to byte.');
    const blob = Utilities.newBlob([-1, 0, 127], DOCX, 'a.docx') as {
      getBytes(): number[];
      getName(): string;
    };
    expect(blob.getBytes()).toEqual([-1, 0, 127]);
    expect(blob.getName()).toBe('a.docx');
  });

  it('refuses Drive without drive.file in the manifest, or when the person unticked it', () => {
    const refused = [{ oauthScopes: [] }, { grantedScopes: [] }] as const;
    for (const options of refused) {
      const { Drive, blob } = start(options);
      expect(() => Drive.Files.create({ name: 'А', mimeType: DOC }, blob(REPORT))).toThrow(
        /^You do not have permission to call Drive\.Files\.create\. Required permissions: .*drive\.file/,
      );
    }
  });
});

describe('the manifest', () => {
  const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as {
    oauthScopes: string[];
    dependencies: { enabledAdvancedServices: { userSymbol: string; serviceId: string; version: string }[] };
  };

  it('enables the advanced Drive service, v3, as `Drive`', () => {
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
    ]);
  });

  it('asks for the add-on’s own files on Drive, and for no sensitive scope: not documents, not all of Drive', () => {
    expect(manifest.oauthScopes).toContain(DRIVE_FILE);
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/documents');
    expect(manifest.oauthScopes.filter((scope) => scope.includes('/auth/drive'))).toEqual([DRIVE_FILE]);
  });
});
