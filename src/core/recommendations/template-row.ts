/**
 * One row of «Шаблоны рекомендаций» as a schema: what the coordinator typed crosses into the
 * engine here, so it is parsed (zod/mini) into a typed row or a named problem, never trusted. The
 * parser turns the first problem into a Russian issue at its cell; repeats of a code are a matter
 * between rows and stay with the parser.
 */
import * as z from 'zod/mini';
import { isErrorValue } from '../sheet/cell-value';
import { cellText } from '../text/normalise';
import { unknownPlaceholders } from './placeholders';
import { stageNumber } from './stages';
import { builtinTemplate } from './templates';

/** What can be wrong with a row, by the column it is in (the message of the schema's check). */
export type TemplateRowProblem = 'no-code' | 'unknown-code' | 'bad-stage' | 'no-text' | 'unknown-placeholder';

const problem = (name: TemplateRowProblem) => name;

/** Template texts may hold paragraphs: keep line breaks, trim the ends; error cells count as empty. */
export function multiline(value: unknown): string {
  if (isErrorValue(value)) return '';
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : cellText(value);
}

/** 4, «4» or «4 — нормативно-правовое обеспечение»; not 4.5, not an error cell; null when empty. */
function stageOf(value: unknown): number | null | 'invalid' {
  if (cellText(value) === '') return null;
  if (isErrorValue(value) || (typeof value === 'number' && !Number.isInteger(value))) return 'invalid';
  return stageNumber(value) ?? 'invalid';
}

const text = (read: (value: unknown) => string) => z.pipe(z.transform(read), z.string());
const noUnknownPlaceholders = z.refine<string>(
  (value) => unknownPlaceholders(value).length === 0,
  problem('unknown-placeholder'),
);

export const TEMPLATE_ROW = z.object({
  code: text(cellText).check(
    z.minLength(1, { error: problem('no-code'), abort: true }),
    z.refine((code: string) => builtinTemplate(code) !== undefined, problem('unknown-code')),
  ),
  stage: z.pipe(z.transform(stageOf), z.nullable(z.number(problem('bad-stage')))),
  text: text(multiline).check(
    z.minLength(1, { error: problem('no-text'), abort: true }),
    noUnknownPlaceholders,
  ),
  deficit: text(multiline).check(noUnknownPlaceholders),
  term: text(cellText),
});

export type TemplateRowCells = Record<keyof z.infer<typeof TEMPLATE_ROW>, unknown>;
