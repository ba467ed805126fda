/**
 * The long format of docs/domain.md#long-format: one row per (unit, indicator), the project's contract with
 * every analytical engine. The column names, their order and their types are fixed; CSV and Parquet writers
 * and the readers of a previous period all go by LONG_COLUMNS.
 */
import type { IndicatorType } from '../findings/analysis-result';

export type LongLevel = 'school' | 'municipality' | 'region';

/** `counted`: in the figure above; `excluded`: errors in its inputs; `not_submitted`: no data given. */
export type LongStatus = 'counted' | 'excluded' | 'not_submitted';

export interface LongRow {
  readonly period: string;
  readonly region: string;
  readonly municipality: string;
  readonly level: LongLevel;
  /** '' above school level. */
  readonly school: string;
  readonly indicator_id: string;
  /** '' where the indicator has no code (derived shares). */
  readonly indicator_code: string;
  readonly indicator_title: string;
  readonly type: IndicatorType;
  /** Shares and percents as fractions; null when undefined. */
  readonly value: number | null;
  /** null when not a share. */
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** null at school level. */
  readonly schools_counted: number | null;
  readonly target: number | null;
  /** null when there is no target or no value. */
  readonly met: boolean | null;
  readonly status: LongStatus;
}

export type LongColumnType = 'text' | 'double' | 'integer' | 'boolean';

/** The columns in their contract order, with their types (docs/domain.md#long-format). */
export const LONG_COLUMNS: readonly { readonly name: keyof LongRow; readonly type: LongColumnType }[] = [
  { name: 'period', type: 'text' },
  { name: 'region', type: 'text' },
  { name: 'municipality', type: 'text' },
  { name: 'level', type: 'text' },
  { name: 'school', type: 'text' },
  { name: 'indicator_id', type: 'text' },
  { name: 'indicator_code', type: 'text' },
  { name: 'indicator_title', type: 'text' },
  { name: 'type', type: 'text' },
  { name: 'value', type: 'double' },
  { name: 'numerator', type: 'double' },
  { name: 'denominator', type: 'double' },
  { name: 'schools_counted', type: 'integer' },
  { name: 'target', type: 'double' },
  { name: 'met', type: 'boolean' },
  { name: 'status', type: 'text' },
];

export const LONG_LEVELS: readonly LongLevel[] = ['school', 'municipality', 'region'];
export const LONG_STATUSES: readonly LongStatus[] = ['counted', 'excluded', 'not_submitted'];
