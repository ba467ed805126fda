/** What a Google Doc the add-on created holds, read from the emulator without counting calls. */
import type { Document } from '../tools/gas-emulator';
import { ListItem, Paragraph, Table } from '../tools/gas-emulator/document-app';

export interface DocBlock {
  readonly type: 'paragraph' | 'list' | 'table' | 'page-break';
  readonly text: string;
  readonly heading: string;
  readonly alignment: string;
}

/**
 * The documents' typography (no-break spaces in «№ 5», «100 %») is tested on their models
 * (test/core/documents/document-typography.test.ts); here text is compared for meaning, spaces plain.
 */
const plain = (text: string): string => text.replace(/\u00a0/g, ' ');

export function docBlocks(document: Document): DocBlock[] {
  return document._body._children.map((child) => {
    if (child instanceof Table)
      return { type: 'table', text: plain(child.getText()), heading: '', alignment: '' };
    const paragraph = child as Paragraph;
    const type = paragraph._pageBreak
      ? 'page-break'
      : paragraph.getType() === 'LIST_ITEM'
        ? 'list'
        : 'paragraph';
    return {
      type,
      text: plain(paragraph.getText()),
      heading: paragraph._heading,
      alignment: paragraph._alignment,
    };
  });
}

export function docText(document: Document): string {
  return plain(document._body.getText());
}

/**
 * The document cut at its page breaks: one section per letter in the letters' document. An empty paragraph that
 * ends a section is left out: a document (a .docx, a Google Doc) cannot end on a table and holds one after it,
 * where a letter followed by another ends on the paragraph that carries the page break.
 */
export function sections(document: Document): string[] {
  const parts: string[][] = [[]];
  for (const block of docBlocks(document)) {
    if (block.type === 'page-break') parts.push([]);
    else parts[parts.length - 1].push(block.text);
  }
  return parts.map((part) => {
    while (part.length > 0 && part[part.length - 1] === '') part.pop();
    return part.join('\n');
  });
}

/**
 * Everything a reader sees of a document — its name, page, and every element with its text, looks
 * and widths — to compare two documents (a rewritten one with a fresh one) whatever their ids.
 */
export function docSnapshot(document: Document): unknown {
  const body = document._body;
  return {
    name: document.getName(),
    page: body._page,
    margins: body._margins,
    children: body._children.map((child) =>
      child instanceof Table
        ? {
            rows: child._rows.map((row) =>
              row._cells.map((cell) => ({ text: cell._store.text, styles: cell._store.styles })),
            ),
            widths: child._widths,
            attributes: child._attributes,
          }
        : {
            type: child.getType(),
            pageBreak: child._pageBreak,
            text: child._store.text,
            styles: child._store.styles,
            heading: child._heading,
            alignment: child._alignment,
            attributes: child._attributes,
            glyph: child instanceof ListItem ? child._glyph : null,
          },
    ),
  };
}
