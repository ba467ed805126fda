/**
 * «Шаблоны рекомендаций»: the built-in templates laid out for the coordinator to edit. The add-on
 * creates it once as the coordinator's own sheet; from then on the sheet's wording, stages and
 * terms win over the built-in ones (see templates-sheet-parser.ts).
 */
import type { FieldSpec } from '../header/find-header';
import type { ModelCell, SheetModel } from '../sheet/sheet-model';
import { HEADER_STYLE, TITLE_STYLE } from '../sheet/palette';
import { conditionText, TEMPLATES_HINT, TEMPLATES_SHEET_NAME, TEMPLATES_TITLE } from './messages';
import { STAGES } from './stages';
import { BUILTIN_TEMPLATES, type RecommendationTemplate } from './templates';

export type TemplateColumn = 'code' | 'deficit' | 'stage' | 'text' | 'term';

export const TEMPLATE_COLUMNS: readonly FieldSpec<TemplateColumn>[] = [
  { field: 'code', aliases: ['Код дефицита'], required: true },
  { field: 'deficit', aliases: ['Дефицит', 'Выявленный дефицит'], required: false },
  { field: 'stage', aliases: ['Этап', 'Этап алгоритма'], required: false },
  { field: 'text', aliases: ['Текст рекомендации', 'Рекомендация'], required: true },
  { field: 'term', aliases: ['Срок'], required: false },
];

const HEADERS = ['Код дефицита', 'Дефицит', 'Этап', 'Текст рекомендации', 'Срок', 'Условие (справочно)'];
const HEADER_ROW = 3;

export function buildTemplatesSheet(
  templates: readonly RecommendationTemplate[] = BUILTIN_TEMPLATES,
): SheetModel {
  const rows: ModelCell[][] = templates.map((template) => [
    { value: template.code },
    { value: template.deficit, style: { wrap: true } },
    { value: template.stage, style: { numberFormat: '0', align: 'center' } },
    { value: template.text, style: { wrap: true } },
    { value: template.term, style: { wrap: true } },
    { value: conditionText(template.condition), style: { italic: true, fontColor: '#666666', wrap: true } },
  ]);
  const body = { row: HEADER_ROW + 1, rows: templates.length, columns: 1 };
  return {
    name: TEMPLATES_SHEET_NAME,
    cells: [
      [{ value: TEMPLATES_TITLE, style: TITLE_STYLE }],
      [{ value: TEMPLATES_HINT }],
      HEADERS.map((header) => ({ value: header, style: HEADER_STYLE })),
      ...rows,
    ],
    merges: [{ row: 1, column: 1, rows: 1, columns: HEADERS.length }],
    columnWidths: [190, 280, 70, 520, 170, 230],
    frozenRows: HEADER_ROW,
    conditionalFormats: [],
    charts: [],
    dataValidations:
      templates.length === 0
        ? []
        : [
            {
              area: { ...body, column: 1 },
              values: BUILTIN_TEMPLATES.map((template) => template.code),
              strict: false,
            },
            {
              area: { ...body, column: 3 },
              values: STAGES.map((stage) => String(stage.number)),
              strict: false,
            },
          ],
  };
}
