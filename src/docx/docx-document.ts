/**
 * Draws a document model as a .docx (docs/domain.md#documents, docs/domain.md#command-line): A4 portrait with
 * the margins of Russian official papers (left 30 mm, right 15 mm, top and bottom 20 mm), Times New Roman
 * (LibreOffice and Linux office suites substitute the metric-compatible Liberation Serif, so lines and pages
 * break the same), headings kept with the next paragraph, tables of fixed layout whose column widths are
 * given in twips and add up to the text width, so Word, LibreOffice, МойОфис, Р7 and Google Docs lay them out
 * alike, and header rows repeated on every page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Block, DocModel, Run, TableBlock } from '../core/documents/doc-model';

const MM = 56.6929;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = {
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
};
/** The width every table spans: the page less the margins. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
/** Half-points: body 12 pt, tables 10 pt, their header rows 9 pt (narrow columns, long words). */
const BODY_SIZE = 24;
const TABLE_SIZE = 20;
const TABLE_HEADER_SIZE = 18;
const HEADING_SIZES: Readonly<Record<1 | 2 | 3, number>> = { 1: 28, 2: 26, 3: 24 };
/** Rows whose every cell is at most this long are kept on one page. */
const UNSPLIT_ROW_CHARS = 400;
const HEADING_LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

function runs(parts: readonly Run[], size?: number): TextRun[] {
  return parts.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic, size }));
}

/** Column widths in twips that add up to the text width exactly (rounding goes to the last column). */
export function columnTwips(widths: readonly number[]): number[] {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const twips = widths.map((width) => Math.floor((width / total) * TEXT_WIDTH));
  twips[twips.length - 1] += TEXT_WIDTH - twips.reduce((sum, width) => sum + width, 0);
  return twips;
}

function table(block: TableBlock): Table {
  const widths = columnTwips(block.widths);
  const bold = new Set(block.boldRows ?? []);
  const rows = block.rows.map((cells, r) => {
    const header = r < block.headerRows;
    // Word and LibreOffice keep a row whose paragraphs are all «keep with next» on the page of what follows.
    const kept = block.keepWithNext === true && r === block.rows.length - 1 ? true : undefined;
    return new TableRow({
      tableHeader: header,
      // A short row stays on one page; a long one (a recommendation the coordinator wrote out) may
      // break, or Word would cut what does not fit on the page.
      cantSplit: cells.every((text) => text.length <= UNSPLIT_ROW_CHARS),
      children: cells.map(
        (text, c) =>
          new TableCell({
            width: { size: widths[c], type: WidthType.DXA },
            margins: { left: 60, right: 60, top: 20, bottom: 20 },
            shading: header ? { fill: 'E8EAED' } : undefined,
            children: text.split('\n').map(
              (line) =>
                new Paragraph({
                  alignment: ALIGN[header ? 'center' : (block.align?.[c] ?? 'left')],
                  keepNext: kept,
                  children: runs(
                    [{ text: line, bold: header || bold.has(r) }],
                    header ? TABLE_HEADER_SIZE : TABLE_SIZE,
                  ),
                }),
            ),
          }),
      ),
    });
  });
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows,
  });
}

/**
 * A block's paragraphs and tables. `breakAfter`: a page break follows, drawn at the end of the block's last
 * paragraph rather than as a paragraph of its own — a paragraph holding only the break would, on a page filled
 * to its last line, go to the next page and leave it blank before the break.
 */
function blockChildren(block: Block, breakAfter: boolean): (Paragraph | Table)[] {
  const pageBreak = breakAfter ? [new PageBreak()] : [];
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADING_LEVELS[block.level],
          alignment: block.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
          keepNext: true,
          keepLines: true,
          spacing: { before: block.level === 1 ? 0 : 240, after: 120 },
          children: [...runs([{ text: block.text, bold: true }], HEADING_SIZES[block.level]), ...pageBreak],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[block.align ?? 'justify'],
          keepNext: block.keepWithNext === true ? true : undefined,
          spacing: { after: 80 },
          children: [...runs(block.runs), ...pageBreak],
        }),
      ];
    case 'list':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            bullet: { level: 0 },
            alignment: AlignmentType.JUSTIFIED,
            spacing: { after: 40 },
            children: [...runs(item), ...(i === block.items.length - 1 ? pageBreak : [])],
          }),
      );
    case 'table':
      // An empty paragraph after a table keeps two tables in a row from merging into one.
      return [table(block), new Paragraph({ keepNext: block.keepWithNext, children: pageBreak })];
    case 'page-break':
      // A break with nothing before it to end (the first block, or a second break in a row).
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** The blocks drawn in order, each page break at the end of the block before it. */
function bodyChildren(blocks: readonly Block[]): (Paragraph | Table)[] {
  return blocks.flatMap((block, i) => {
    const previous = blocks[i - 1];
    if (block.kind === 'page-break' && previous !== undefined && previous.kind !== 'page-break') return [];
    return blockChildren(block, blocks[i + 1]?.kind === 'page-break' && block.kind !== 'page-break');
  });
}

/** The page number, centred in the footer: a PAGE field, so every office suite counts the pages itself. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: TABLE_SIZE })],
      }),
    ],
  });
}

export function docxDocument(model: DocModel): Document {
  const section: ISectionOptions = {
    properties: { page: { size: PAGE, margin: MARGIN } },
    ...(model.pageNumbers === true ? { footers: { default: pageNumberFooter() } } : {}),
    children: bodyChildren(model.blocks),
  };
  return new Document({
    title: model.name,
    // Justified Russian text needs hyphenation, or long words leave wide gaps between the others.
    hyphenation: { autoHyphenation: true },
    creator: 'Наставничество',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE, language: { value: 'ru-RU' } } },
        heading1: { run: { font: FONT, size: HEADING_SIZES[1], bold: true, color: '000000' } },
        heading2: { run: { font: FONT, size: HEADING_SIZES[2], bold: true, color: '000000' } },
        heading3: { run: { font: FONT, size: HEADING_SIZES[3], bold: true, color: '000000' } },
      },
    },
    sections: [section],
  });
}

/** The .docx bytes of a model (as an array buffer: no Node Buffer, so a browser page can use it too). */
export async function docxBytes(model: DocModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(docxDocument(model)));
}
