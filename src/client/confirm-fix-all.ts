/**
 * «Исправить всё однотипное» asks first: a panel in the card lists the cells and the values they
 * will get, and nothing changes until «Изменить» is pressed.
 */
import type { IssueView } from '../gas/sidebar-contract';
import { button, el } from './dom';
import { TEXT } from './messages';

/** At most this many cells are listed; the rest are counted. */
const LISTED = 10;

export function confirmFixAll(
  issue: IssueView,
  same: readonly IssueView[],
  onConfirm: () => void,
): HTMLElement {
  const panel = el('div', 'confirm');
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', TEXT.fixAllTitle);
  panel.append(el('p', 'confirm-title', TEXT.fixAllAsk(issue.sameCodeFixable)));
  const list = el('ul', 'confirm-list');
  for (const other of same.slice(0, LISTED)) {
    if (other.fix) list.append(el('li', 'confirm-item', TEXT.fixAllItem(other.cell, other.fix.value)));
  }
  panel.append(list);
  const rest = issue.sameCodeFixable - Math.min(same.length, LISTED);
  if (rest > 0) panel.append(el('p', 'confirm-rest', TEXT.fixAllRest(rest)));
  const buttons = el('div', 'actions');
  const cancel = button('cancel', TEXT.cancel, () => panel.remove());
  buttons.append(
    button('confirm-yes', TEXT.fixAllConfirm, () => {
      panel.remove();
      onConfirm();
    }),
    cancel,
  );
  panel.append(buttons);
  return panel;
}
