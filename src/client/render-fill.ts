/**
 * «Заполнение по ОО» in «Вся таблица» (docs/domain.md#roster-and-parameters): per school its tab, required
 * values filled, errors and warnings, or «не представлены данные» — whom the coordinator should call. One
 * line with the count of schools without data until it is opened: the sheets' issues follow it.
 */
import type { FillView } from '../gas/sidebar-contract';
import { el } from './dom';
import { TEXT } from './messages';

export function renderFill(fill: readonly FillView[]): HTMLElement | null {
  if (fill.length === 0) return null;
  const section = el('details', 'fill');
  const summary = el('summary', 'fill-summary');
  summary.append(el('span', 'group-title', TEXT.fillTitle));
  const missing = fill.filter((school) => school.notSubmitted).length;
  if (missing > 0) summary.append(el('span', 'fill-missing', TEXT.fillMissing(missing)));
  section.append(summary);
  const list = el('ol', 'fill-list');
  for (const school of fill) list.append(renderSchool(school));
  section.append(list);
  return section;
}

function renderSchool(school: FillView): HTMLElement {
  const item = el(
    'li',
    school.notSubmitted ? 'school missing' : school.errors > 0 ? 'school with-errors' : 'school',
  );
  item.append(el('p', 'school-name', school.school));
  const facts = [
    school.sheet === null ? TEXT.noTab : TEXT.tab(school.sheet),
    TEXT.filled(school.filled, school.total),
  ];
  if (school.errors > 0) facts.push(TEXT.errors(school.errors));
  if (school.warnings > 0) facts.push(TEXT.warnings(school.warnings));
  item.append(el('p', 'school-facts', facts.join(' · ')));
  if (school.notSubmitted) item.append(el('p', 'school-status', TEXT.notSubmitted));
  return item;
}
