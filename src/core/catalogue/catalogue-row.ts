/**
 * The cells of a «Показатели» row that the coordinator types in words — the type, «Обязательный»
 * and an added indicator's ID — as schemas (zod/mini): typed text crosses into the catalogue only
 * through them. An empty cell reads as «not given»; a word outside the vocabulary fails, and the
 * parser turns the failure into a Russian issue at that cell.
 */
import * as z from 'zod/mini';
import type { IndicatorType } from '../findings/analysis-result';
import { cellText, normaliseKey } from '../text/normalise';

const TYPE_WORDS: Readonly<Record<string, IndicatorType>> = {
  count: 'count',
  количество: 'count',
  'кол-во': 'count',
  число: 'count',
  flag: 'flag',
  флаг: 'flag',
  наличие: 'flag',
  '1/0': 'flag',
  'да/нет': 'flag',
  'да-нет': 'flag',
  percent: 'percent',
  процент: 'percent',
  '%': 'percent',
  share: 'share',
  доля: 'share',
};

const YES_NO: Readonly<Record<string, boolean>> = {
  да: true,
  '1': true,
  '+': true,
  true: true,
  обязательный: true,
  нет: false,
  '0': false,
  '-': false,
  false: false,
  необязательный: false,
};

/** The word's meaning; undefined for an empty cell, null for a word outside the vocabulary. */
function wordOf<T>(words: Readonly<Record<string, T>>, value: unknown): T | null | undefined {
  const text = cellText(value);
  if (text === '') return undefined;
  const key = normaliseKey(text);
  // Own keys only: «__proto__» or «constructor» typed in a cell is no word of the vocabulary.
  return Object.prototype.hasOwnProperty.call(words, key) ? words[key] : null;
}

export const INDICATOR_TYPE = z.pipe(
  z.transform((value: unknown) => wordOf(TYPE_WORDS, value)),
  z.optional(z.enum(['count', 'flag', 'percent', 'share'], 'bad-type')),
);
export const REQUIRED_FLAG = z.pipe(
  z.transform((value: unknown) => wordOf(YES_NO, value)),
  z.optional(z.boolean('bad-required')),
);
/** Latin letters, digits and «_», from a letter: ids are used in formulas and the JSON. */
export const INDICATOR_ID = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'bad-id'));

/** The value read, or `'invalid'` when the cell holds something the schema refuses. */
export function readCell<T>(schema: z.core.$ZodType<T>, value: unknown): T | 'invalid' {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed.data : 'invalid';
}
