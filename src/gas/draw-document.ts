/**
 * Draws a document model into a Google Doc through DocumentApp. Each block costs a constant number
 * of calls whatever its size: a table is one appendTable of all its strings, its header made bold
 * in one go per row, its columns sized one call each; a paragraph is one append, its heading or
 * alignment one call each, and a look of the whole paragraph one setAttributes. Justified text is
 * left aligned here: Google Docs has no hyphenation, and a call per paragraph saved adds up over 300
 * letters.
 */
import type { Align, Block, Run, TableBlock } from '../core/documents/doc-model';

const POINTS_PER_MM = 72 / 25.4;
/** A4 with the margins of the .docx: 30 mm left, 15 mm right, 20 mm top and bottom. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = {
  left: 30 * POINTS_PER_MM,
  right: 15 * POINTS_PER_MM,
  top: 20 * POINTS_PER_MM,
  bottom: 20 * POINTS_PER_MM,
};
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
const TABLE_FONT_SIZE = 10;

type Body = GoogleAppsScript.Document.Body;
type Attributes = Record<string, unknown>;

const HEADINGS = {
  1: () => DocumentApp.ParagraphHeading.HEADING1,
  2: () => DocumentApp.ParagraphHeading.HEADING2,
  3: () => DocumentApp.ParagraphHeading.HEADING3,
} as const;

function alignment(align: Align): GoogleAppsScript.Document.HorizontalAlignment | null {
  if (align === 'center') return DocumentApp.HorizontalAlignment.CENTER;
  if (align === 'right') return DocumentApp.HorizontalAlignment.RIGHT;
  return null;
}

/**
 * The runs' looks: a look of the whole paragraph in one setAttributes, a partial one on its range
 * of the paragraph's text.
 */
function styleRuns(
  element: GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem,
  runs: readonly Run[],
): void {
  const shown = runs.filter((run) => run.text !== '');
  const wholeBold = shown.length > 0 && shown.every((run) => run.bold);
  const wholeItalic = shown.length > 0 && shown.every((run) => run.italic);
  const attributes: Attributes = {};
  if (wholeBold) attributes[String(DocumentApp.Attribute.BOLD)] = true;
  if (wholeItalic) attributes[String(DocumentApp.Attribute.ITALIC)] = true;
  if (Object.keys(attributes).length > 0) element.setAttributes(attributes as never);
  const partial = shown.some((run) => (run.bold && !wholeBold) || (run.italic && !wholeItalic));
  if (!partial) return;
  const edit = element.editAsText();
  let offset = 0;
  for (const run of runs) {
    const end = offset + run.text.length - 1;
    if (run.text !== '' && run.bold && !wholeBold) edit.setBold(offset, end, true);
    if (run.text !== '' && run.italic && !wholeItalic) edit.setItalic(offset, end, true);
    offset += run.text.length;
  }
}

function drawTable(body: Body, block: TableBlock): void {
  const table = body.appendTable(block.rows.map((row) => row.map(String)));
  const bold = [...Array.from({ length: block.headerRows }, (_, i) => i), ...(block.boldRows ?? [])];
  for (const row of bold) table.getRow(row).editAsText().setBold(true);
  const total = block.widths.reduce((sum, width) => sum + width, 0);
  block.widths.forEach((width, column) =>
    table.setColumnWidth(column, Math.round((width / total) * TEXT_WIDTH)),
  );
  table.editAsText().setFontSize(TABLE_FONT_SIZE);
}

function drawBlock(body: Body, block: Block): void {
  switch (block.kind) {
    case 'heading': {
      const paragraph = body.appendParagraph(block.text).setHeading(HEADINGS[block.level]());
      if (block.level === 1) paragraph.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      return;
    }
    case 'paragraph': {
      const paragraph = body.appendParagraph(block.runs.map((run) => run.text).join(''));
      const align = alignment(block.align ?? 'justify');
      if (align !== null) paragraph.setAlignment(align);
      styleRuns(paragraph, block.runs);
      return;
    }
    case 'list':
      for (const item of block.items)
        styleRuns(body.appendListItem(item.map((run) => run.text).join('')), item);
      return;
    case 'table':
      drawTable(body, block);
      return;
    case 'page-break':
      body.appendPageBreak();
  }
}

/** Page size and margins of a document's body, new or cleared. */
export function setUpPage(body: Body): void {
  body.setPageWidth(PAGE.width);
  body.setPageHeight(PAGE.height);
  body.setMarginLeft(MARGIN.left);
  body.setMarginRight(MARGIN.right);
  body.setMarginTop(MARGIN.top);
  body.setMarginBottom(MARGIN.bottom);
}

export function drawBlocks(body: Body, blocks: readonly Block[]): void {
  for (const block of blocks) drawBlock(body, block);
}

/**
 * The finishing touches once everything is in: the empty paragraph a new or cleared body starts
 * with goes (it would stand above the title), and the whole text gets the documents' font.
 */
export function finishDocument(body: Body): void {
  if (body.getNumChildren() > 1) body.getChild(0).removeFromParent();
  body.editAsText().setFontFamily(FONT);
}
