/**
 * One school's tab of the demo, filled the way curators fill it: counts as numbers, flags as 1/0 or
 * «да»/«нет» (one habit per school), links to documents as evidence. A layout variant reproduces
 * tabs that drifted from the template: an extra title row, or no «Ед. изм.» column.
 */
import { a1 } from '../core/sheet/a1';
import { isInput, type Catalogue } from '../core/catalogue/catalogue';
import { modelToGrid } from '../core/templates/model-grid';
import { SCHOOL_HEADER_ROW, schoolTemplate } from '../core/templates/school-template';
import { SCHOOL_TAB } from '../core/templates/messages';
import { DEMO_TEXTS } from './messages';
import type { Random } from './random';
import type { DemoSchool } from './schools';
import type { Values } from './school-values';

export type TabLayout = 'template' | 'extra-title-row' | 'no-unit-column';

export interface DemoTab {
  readonly name: string;
  readonly values: unknown[][];
  readonly columnWidths: readonly number[];
  /** A1 address of the value cell of each input indicator. */
  readonly valueCell: Readonly<Record<string, string>>;
}

const UNIT_COLUMN = SCHOOL_TAB.header.indexOf('Ед. изм.');
const VALUE_COLUMN = SCHOOL_TAB.header.indexOf('Значение');
const COMMENT_COLUMN = SCHOOL_TAB.header.indexOf('Комментарий / ссылка');

/** Flags whose document is often linked right in the value cell or in the comment. */
const LINKED: Readonly<Record<string, string>> = {
  doc_order: 'docs/prikaz-o-vnedrenii-tsmn.pdf',
  doc_regulation: 'docs/polozhenie-o-nastavnichestve.pdf',
  doc_roadmap: 'docs/dorozhnaya-karta.pdf',
  site_tab: 'nastavnichestvo',
};

/** What a school's tab is drawn from, besides the school: the form, the period, its figures and layout. */
export interface TabInputs {
  readonly catalogue: Catalogue;
  readonly period: string;
  readonly values: Values;
  readonly layout: TabLayout;
}

export function buildSchoolTab(
  random: Random,
  school: DemoSchool,
  { catalogue, period, values, layout }: TabInputs,
): DemoTab {
  const template = schoolTemplate(school.name, catalogue, period);
  const grid = modelToGrid(template);
  const rows = grid.values.map((row) => row.slice());
  const inputs = catalogue.indicators.filter(isInput);
  const words = random.chance(0.5);
  inputs.forEach((def, i) => {
    const row = rows[SCHOOL_HEADER_ROW + i];
    const value = values[def.id];
    if (value === null || value === undefined) return;
    if (def.type !== 'flag') {
      row[VALUE_COLUMN] = value;
      return;
    }
    const link =
      value === 1 && LINKED[def.id] !== undefined && random.chance(0.35)
        ? `https://${school.site}/${LINKED[def.id]}`
        : null;
    row[VALUE_COLUMN] = link ?? (words ? (value === 1 ? 'да' : 'нет') : value);
    if (value === 1 && link === null && def.id === 'doc_order')
      row[COMMENT_COLUMN] = DEMO_TEXTS.orderComment(random.int(80, 180));
  });
  if (layout === 'extra-title-row') rows.unshift([DEMO_TEXTS.appendixTitle]);
  const dropUnit = layout === 'no-unit-column';
  const table = dropUnit ? rows.map((row) => row.filter((_, c) => c !== UNIT_COLUMN)) : rows;
  const shift = layout === 'extra-title-row' ? 1 : 0;
  const valueColumn = (dropUnit ? VALUE_COLUMN - 1 : VALUE_COLUMN) + 1;
  const valueCell: Record<string, string> = {};
  inputs.forEach((def, i) => (valueCell[def.id] = a1(SCHOOL_HEADER_ROW + 1 + i + shift, valueColumn)));
  const widths = dropUnit ? template.columnWidths.filter((_, c) => c !== UNIT_COLUMN) : template.columnWidths;
  return { name: school.tab, values: table, columnWidths: widths, valueCell };
}
