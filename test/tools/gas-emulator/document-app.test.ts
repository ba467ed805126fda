/**
 * The emulated DocumentApp behaves as Google documents it. Sources:
 * - DocumentApp.create(name) "Creates and returns a new document", needs the scope
 *   https://www.googleapis.com/auth/documents: https://developers.google.com/apps-script/reference/document/document-app
 * - Body: appendParagraph(text), appendListItem(text), appendTable(cells) "Appends a new Table
 *   containing a TableCell for each specified string value", appendPageBreak():
 *   https://developers.google.com/apps-script/reference/document/body
 * - Paragraph: "Paragraphs may not contain new-line characters. New-line characters ("\n") are
 *   converted to line-break characters ("\r")": https://developers.google.com/apps-script/reference/document/paragraph
 * - the page break is included in a paragraph, and the body's last paragraph cannot be removed
 *   ("the last paragraph cannot be removed"): https://tanaikech.github.io/2020/01/17/deleting-last-empty-page-of-google-document-using-google-apps-script
 * - Document.saveAndClose(): saves; a closed Document can't be edited:
 *   https://developers.google.com/apps-script/reference/document/document
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from './index';

interface DocumentAppLike {
  create(name: string): GoogleAppsScript.Document.Document;
  ParagraphHeading: typeof GoogleAppsScript.Document.ParagraphHeading;
  HorizontalAlignment: typeof GoogleAppsScript.Document.HorizontalAlignment;
  Attribute: typeof GoogleAppsScript.Document.Attribute;
}

function start() {
  const emulator = createEmulator();
  return { emulator, DocumentApp: emulator.globals.DocumentApp as DocumentAppLike };
}

describe('emulated DocumentApp', () => {
  it('creates a document with an id, a URL and a body holding one empty paragraph', () => {
    const { emulator, DocumentApp } = start();
    const doc = DocumentApp.create('Аналитическая справка — Район, 2025');
    expect(doc.getName()).toBe('Аналитическая справка — Район, 2025');
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe('PARAGRAPH');
    expect(body.getText()).toBe('');
    expect(emulator.documents).toHaveLength(1);
    expect(DocumentApp.create('Второй').getId()).not.toBe(doc.getId());
  });

  it('turns "\\n" in a paragraph into a line break "\\r" and sets headings, alignment and attributes', () => {
    const { DocumentApp } = start();
    const body = DocumentApp.create('д').getBody();
    const paragraph = body.appendParagraph('Руководителю\nОО: МБОУ «СОШ № 1»');
    expect(paragraph.getText()).toBe('Руководителю\rОО: МБОУ «СОШ № 1»');
    paragraph.setAttributes({
      [String(DocumentApp.Attribute.HEADING)]: DocumentApp.ParagraphHeading.HEADING2,
      [String(DocumentApp.Attribute.HORIZONTAL_ALIGNMENT)]: DocumentApp.HorizontalAlignment.RIGHT,
    } as never);
    expect(paragraph.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING2);
    expect(paragraph.getAlignment()).toBe(DocumentApp.HorizontalAlignment.RIGHT);
    expect(() => paragraph.setAttributes({ NOT_AN_ATTRIBUTE: 1 } as never)).toThrow('Invalid argument');
    expect(() => paragraph.setHeading('HEADING9' as never)).toThrow('Invalid argument');
  });

  it('styles an inclusive range of a text and refuses a range past its end', () => {
    const { DocumentApp } = start();
    const text = DocumentApp.create('д').getBody().appendParagraph('Основание: приказ').editAsText();
    text.setBold(0, 9, true);
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(9)).toBe(true);
    expect(text.isBold(10)).toBe(false);
    expect(() => text.setBold(0, 17, true)).toThrow();
  });

  it('makes a table with one cell per string of a rectangular string[][], and refuses anything else', () => {
    const { DocumentApp } = start();
    const body = DocumentApp.create('д').getBody();
    const table = body.appendTable([
      ['Показатель', 'Значение'],
      ['Доля наставников', '18,4 %'],
    ]);
    expect(table.getNumRows()).toBe(2);
    expect(table.getCell(1, 1).getText()).toBe('18,4 %');
    table.getRow(0).editAsText().setBold(true);
    expect(table.getRow(0).editAsText().isBold(0)).toBe(true);
    expect(table.getRow(1).editAsText().isBold(0)).toBe(false);
    table.setColumnWidth(0, 300);
    expect(table.getColumnWidth(0)).toBe(300);
    expect(() => table.setColumnWidth(2, 100)).toThrow();
    expect(() => body.appendTable([['a'], [1 as unknown as string]])).toThrow('Invalid argument: cells');
    expect(() => body.appendTable([['a', 'b'], ['c']])).toThrow('Invalid argument: cells');
  });

  it('puts a page break into a new paragraph, and never removes the body’s last paragraph', () => {
    const { DocumentApp } = start();
    const body = DocumentApp.create('д').getBody();
    body.appendParagraph('Письмо 1');
    body.appendPageBreak();
    const last = body.getChild(body.getNumChildren() - 1) as GoogleAppsScript.Document.Paragraph;
    expect(last.getType()).toBe('PARAGRAPH');
    expect(last.getChild(0).getType()).toBe('PAGE_BREAK');
    expect(() => last.removeFromParent()).toThrow("Can't remove the last paragraph");
    (body.getChild(0) as GoogleAppsScript.Document.Paragraph).removeFromParent();
    expect(body.getNumChildren()).toBe(2);
    expect(body.getText()).toBe('Письмо 1\n');
  });

  it('refuses to create a document without the documents scope in the manifest, with Google’s message', () => {
    const narrow = createEmulator({
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    });
    expect(() => (narrow.globals.DocumentApp as DocumentAppLike).create('д')).toThrow(
      'You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
    );
    const allowed = createEmulator({ oauthScopes: ['https://www.googleapis.com/auth/documents'] });
    expect((allowed.globals.DocumentApp as DocumentAppLike).create('д').getName()).toBe('д');
  });

  it('refuses edits after saveAndClose', () => {
    const { DocumentApp } = start();
    const doc = DocumentApp.create('д');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(() => body.appendParagraph('поздно')).toThrow('Document is closed');
  });

  it('counts every call as the spreadsheet’s are counted, and charges a document’s creation and flush as the dear ones', () => {
    const { emulator, DocumentApp } = start();
    emulator.resetCalls();
    const doc = DocumentApp.create('д');
    const body = doc.getBody();
    body.appendParagraph('а');
    body.appendTable([['б']]);
    doc.saveAndClose();
    expect(emulator.calls()).toEqual({
      'Body.appendParagraph': 1,
      'Body.appendTable': 1,
      'Document.getBody': 1,
      'Document.saveAndClose': 1,
      'DocumentApp.create': 1,
    });
    expect(emulator.elapsedMs()).toBe(1000 + 5 + 5 + 5 + 1000);
  });
});
