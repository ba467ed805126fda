/**
 * A document as both adapters draw it (docs/domain.md#documents): the `.docx` writer of the command line and
 * the Google Docs writer of the add-on. It says what the text is and how it is structured, never how a
 * renderer spells it, so the report and the letters are written once.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A piece of a paragraph with one look. */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface HeadingBlock {
  readonly kind: 'heading';
  /** 1: the document's title; 2: a section; 3: a subsection. Kept with the paragraph after it. */
  readonly level: 1 | 2 | 3;
  readonly text: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  /** Default: justified body text. */
  readonly align?: Align;
  /** Kept on the page of what follows: a sentence that introduces a table is not left alone at a page's foot. */
  readonly keepWithNext?: boolean;
}

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly items: readonly (readonly Run[])[];
}

export interface TableBlock {
  readonly kind: 'table';
  /** Each column's share of the text width; they add up to 1 (tables always span the page width). */
  readonly widths: readonly number[];
  /** The first rows are the header: bold, repeated on every page. */
  readonly headerRows: number;
  readonly rows: readonly (readonly string[])[];
  /** Alignment per column (default left). */
  readonly align?: readonly Align[];
  /** Rows (0-based) shown in bold besides the header, e.g. the municipality's total. */
  readonly boldRows?: readonly number[];
  /** Its last row is kept on the page of what follows: a signature after it never stands alone on a page. */
  readonly keepWithNext?: boolean;
}

export interface PageBreakBlock {
  readonly kind: 'page-break';
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | PageBreakBlock;

export interface DocModel {
  /** The document's name: the file name without extension, the Google Doc's title. */
  readonly name: string;
  readonly blocks: readonly Block[];
  /**
   * Pages numbered in the footer, centred: a справка of several pages that a head signs is read and filed page by
   * page (RUSSIAN.md §6). Absent: no footer.
   */
  readonly pageNumbers?: boolean;
}

export function heading(level: 1 | 2 | 3, text: string): HeadingBlock {
  return { kind: 'heading', level, text };
}

export function paragraph(text: string | readonly Run[], align?: Align): ParagraphBlock {
  const runs = typeof text === 'string' ? [{ text }] : text;
  return align === undefined ? { kind: 'paragraph', runs } : { kind: 'paragraph', runs, align };
}

export function bulletList(items: readonly (string | readonly Run[])[]): ListBlock {
  return {
    kind: 'list',
    ordered: false,
    items: items.map((item) => (typeof item === 'string' ? [{ text: item }] : item)),
  };
}

/** A paragraph kept with the block after it (a table it introduces). */
export function introParagraph(text: string): ParagraphBlock {
  return { kind: 'paragraph', runs: [{ text }], keepWithNext: true };
}

export const PAGE_BREAK: PageBreakBlock = { kind: 'page-break' };

/**
 * Paragraphs kept on one page: the signature with its position and «Исполнитель» — a page that holds only
 * «Исполнитель: …» is not a part of a letter a head signs.
 */
export function keptTogether(blocks: readonly ParagraphBlock[]): ParagraphBlock[] {
  return blocks.map((block, i) => (i === blocks.length - 1 ? block : { ...block, keepWithNext: true }));
}

/** The whole text of a document, block by block and cell by cell: what a reader can find in it. */
export function plainText(model: DocModel): string {
  return model.blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return block.text;
        case 'paragraph':
          return block.runs.map((run) => run.text).join('');
        case 'list':
          return block.items.map((item) => item.map((run) => run.text).join('')).join('\n');
        case 'table':
          return block.rows.map((row) => row.join('\t')).join('\n');
        case 'page-break':
          return '';
      }
    })
    .join('\n');
}
