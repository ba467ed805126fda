/**
 * What «Создать справку и письма» relies on in Google Docs and Drive, as the emulator models it.
 * Sources:
 * - DocumentApp.openById(id) «Returns the document with the specified ID», with the scope
 *   https://www.googleapis.com/auth/documents the manifest declares:
 *   https://developers.google.com/apps-script/reference/document/document-app
 * - Body.clear() «Clears the contents of the element»:
 *   https://developers.google.com/apps-script/reference/document/body
 * - Document.setName(name) sets the document's title, getUrl() its link:
 *   https://developers.google.com/apps-script/reference/document/document
 * - a Google Doc holds up to 1.02 million characters (Google Drive Help, «Files you can store in
 *   Google Drive», https://support.google.com/drive/answer/37603; the figure as Google's Drive team
 *   gave it: https://d1softballnews.com/10-curiosities-of-google-drive-told-by-google-workers-themselves/)
 * - a file in the Trash is still reached by its id («All users with access can copy, download,
 *   export, and share the file»): https://pub.dev/documentation/googleapis/11.4.0/drive_v2/FilesResource/trash.html
 * - any call can fail as «Service Documents failed while accessing document with id …»
 *   (https://github.com/alexwforsythe/code-blocks/issues/168; see failure-injection.ts).
 * - Trashing a file takes Drive access: DriveApp needs https://www.googleapis.com/auth/drive,
 *   «Restricted» in Google's table of scopes, where …/auth/documents is «Sensitive» and
 *   …/auth/drive.file «Non-sensitive»: https://developers.google.com/docs/api/auth. The add-on
 *   trashes nothing (docs/decisions.md, «Documents on Drive»).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmulator, deleteForever, moveToTrash } from '../tools/gas-emulator';
import { MAX_DOCUMENT_CHARACTERS } from '../tools/gas-emulator/document-app';

interface DocumentAppLike {
  create(name: string): GoogleAppsScript.Document.Document;
  openById(id: string): GoogleAppsScript.Document.Document;
}

function start() {
  const emulator = createEmulator();
  return { emulator, DocumentApp: emulator.globals.DocumentApp as DocumentAppLike };
}

describe('Google Docs as the emulator models it', () => {
  it('clears a body down to one empty paragraph and keeps its page, as a new document’s', () => {
    const { DocumentApp } = start();
    const document = DocumentApp.create('Справка');
    const body = document.getBody();
    body.setMarginLeft(85);
    body.appendParagraph('Аналитическая справка');
    body.appendTable([['Показатель', 'Значение']]);
    body.appendPageBreak();
    expect(body.clear()).toBeDefined();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    expect(body.getChild(0).getType()).toBe('PARAGRAPH');
    expect(body.getMarginLeft()).toBe(85);
  });

  it('renames a document, reopens it by id, and refuses an id deleted for good with Google’s message', () => {
    const { emulator, DocumentApp } = start();
    const document = DocumentApp.create('Справка (не завершён)');
    document.setName('Справка');
    const id = document.getId();
    document.saveAndClose();
    const again = DocumentApp.openById(id);
    expect(again.getName()).toBe('Справка');
    again.getBody().appendParagraph('снова можно писать');

    moveToTrash(emulator, id);
    expect(DocumentApp.openById(id).getName()).toBe('Справка');

    deleteForever(emulator, id);
    expect(emulator.documents).toHaveLength(0);
    expect(() => DocumentApp.openById(id)).toThrow(
      `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
    );
  });

  it('refuses an edit that would take a document past 1 020 000 characters, and counts cleared text no more', () => {
    const { DocumentApp } = start();
    const body = DocumentApp.create('Письма').getBody();
    const chunk = 'а'.repeat(99_999);
    for (let i = 0; i < 10; i++) body.appendParagraph(chunk);
    // 10 paragraphs of 99 999 characters and 10 line breaks: 1 000 000.
    expect(body.getText()).toHaveLength(1_000_000);
    expect(() => body.appendParagraph('б'.repeat(20_000))).toThrow(/cannot hold more than 1020000/);
    body.appendParagraph('б'.repeat(19_999));
    expect(body.getText()).toHaveLength(MAX_DOCUMENT_CHARACTERS);
    expect(() => body.appendPageBreak()).toThrow(/cannot hold more/);
    body.clear();
    body.appendParagraph(chunk);
    expect(body.getText()).toHaveLength(100_000);
  });

  it('fails any document call on demand, before it changes anything', () => {
    const { emulator, DocumentApp } = start();
    const body = DocumentApp.create('Справка').getBody();
    const failure = emulator.failAt({
      method: 'Body.appendParagraph',
      nth: 2,
      message: 'Service Documents failed while accessing document with id 1doc.',
    });
    body.appendParagraph('первый');
    expect(() => body.appendParagraph('второй')).toThrow('Service Documents failed');
    expect(failure.call).toBe('Body.appendParagraph');
    expect(body.getText()).toBe('\nпервый');
  });

  it('is allowed by the manifest to open and create documents, and to nothing in Drive', () => {
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/documents');
    expect(manifest.oauthScopes.filter((scope) => scope.includes('/auth/drive'))).toEqual([]);
  });
});
