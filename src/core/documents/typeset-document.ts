/**
 * A document in the house style (RUSSIAN.md §§ 4–5): every heading, run, list item and table cell goes through
 * `documentText`, and a clause in an indicator's title is closed by its comma (`closedClauses`). The name is left alone: it is a file name and a Google Doc's title, where a no-break space
 * would only make the file harder to find.
 */
import { documentText as houseStyle } from '../text/document-text';
import { closedClauses } from '../text/closed-clause';
import type { Block, DocModel, Run } from './doc-model';

const documentText = (text: string) => closedClauses(houseStyle(text));

function runs(items: readonly Run[]): Run[] {
  return items.map((run) => ({ ...run, text: documentText(run.text) }));
}

function block(item: Block): Block {
  switch (item.kind) {
    case 'heading':
      return { ...item, text: documentText(item.text) };
    case 'paragraph':
      return { ...item, runs: runs(item.runs) };
    case 'list':
      return { ...item, items: item.items.map(runs) };
    case 'table':
      return { ...item, rows: item.rows.map((row) => row.map(documentText)) };
    case 'page-break':
      return item;
  }
}

export function typesetDocument(model: DocModel): DocModel {
  return { ...model, blocks: model.blocks.map(block) };
}
