/**
 * One row of «Рекомендации» as regeneration sees it. Besides what people read, a generated row
 * keeps, in hidden columns, its key (deficit code + school) and what the add-on last wrote in each
 * column: a cell that differs from that was edited by the coordinator and is kept.
 */
import type { ModelValue } from '../sheet/sheet-model';
import type { Recommendation } from '../findings/analysis-result';
import { schoolKey } from '../text/school-name';
import { STATUS_DRAFT } from './messages';
import { stageLabel } from './stages';

export const ROW_FIELDS = ['organization', 'deficit', 'figure', 'text', 'stage', 'term', 'status'] as const;

export type RowField = (typeof ROW_FIELDS)[number];

export const VISIBLE_HEADERS: Readonly<Record<RowField, string>> = {
  organization: 'ОО',
  deficit: 'Выявленный дефицит',
  figure: 'Показатель: значение / цель',
  text: 'Рекомендация (черновик)',
  stage: 'Этап алгоритма',
  term: 'Срок',
  status: 'Статус',
};

export const KEY_HEADER = 'Служебное: ключ (не изменять)';

export const GENERATED_HEADERS: Readonly<Record<RowField, string>> = {
  organization: 'Служебное: ОО при формировании',
  deficit: 'Служебное: дефицит при формировании',
  figure: 'Служебное: значение / цель при формировании',
  text: 'Служебное: текст при формировании',
  stage: 'Служебное: этап при формировании',
  term: 'Служебное: срок при формировании',
  status: 'Служебное: статус при формировании',
};

/**
 * - `new`: a deficit found for the first time;
 * - `current`: an existing row whose deficit is still there (edits kept, the rest refreshed);
 * - `resolved`: an existing row whose deficit is gone (status «устранено»);
 * - `manual`: a row the coordinator added by hand, kept as it is.
 */
export type RowOrigin = 'new' | 'current' | 'resolved' | 'manual';

export interface RecommendationRow {
  /** `code|school` as stored in the hidden key column; null for rows added by hand. */
  readonly key: string | null;
  readonly origin: RowOrigin;
  /** What the visible columns show. */
  readonly shown: Readonly<Record<RowField, ModelValue>>;
  /** What the add-on wrote in each visible column; null for rows added by hand. */
  readonly generated: Readonly<Record<RowField, string>> | null;
  /** Columns the coordinator added to the sheet, by header text. */
  readonly extra: Readonly<Record<string, ModelValue>>;
}

/** The code comes first: it never starts with `=` or `+`, so the key cell never looks like a formula. */
export function rowKey(code: string, organization: string): string {
  return `${code}|${organization}`;
}

/** The key compared on regeneration: school names compare loosely (quotes, case, `№` spacing). */
export function matchKey(key: string): string | null {
  const bar = key.indexOf('|');
  if (bar <= 0) return null;
  return `${key.slice(0, bar).trim()}|${schoolKey(key.slice(bar + 1))}`;
}

/** What the add-on writes for a draft. */
export function draftFields(draft: Recommendation): Record<RowField, string> {
  return {
    organization: draft.organization,
    deficit: draft.deficit,
    figure: draft.figure,
    text: draft.text,
    stage: stageLabel(draft.stage),
    term: draft.term,
    status: STATUS_DRAFT,
  };
}
