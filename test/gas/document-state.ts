/** What a Google Doc the add-on created holds, read from the emulator without counting calls. */
import type { Document } from '../tools/gas-emulator';
import { Paragraph, Table } from '../tools/gas-emulator/document-app';

export interface DocBlock {
  readonly type: 'paragraph' | 'list' | 'table' | 'page-break';
  readonly text: string;
  readonly heading: string;
  readonly alignment: string;
}

export function docBlocks(document: Document): DocBlock[] {
  return document._body._children.map((child) => {
    if (child instanceof Table) return { type: 'table', text: child.getText(), heading: '', alignment: '' };
    const paragraph = child as Paragraph;
    const type = paragraph._pageBreak
      ? 'page-break'
      : paragraph.getType() === 'LIST_ITEM'
        ? 'list'
        : 'paragraph';
    return { type, text: paragraph.getText(), heading: paragraph._heading, alignment: paragraph._alignment };
  });
}

export function docText(document: Document): string {
  return document._body.getText();
}

/** The document cut at its page breaks: one section per letter in the letters' document. */
export function sections(document: Document): string[] {
  const parts: string[][] = [[]];
  for (const block of docBlocks(document)) {
    if (block.type === 'page-break') parts.push([]);
    else parts[parts.length - 1].push(block.text);
  }
  return parts.map((part) => part.join('\n'));
}
