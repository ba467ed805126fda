/** A long-format row of last period for tests: a municipal share of «Сосновский район» unless told otherwise. */
import type { LongRow } from '../../../src/core/long-format/long-row';

export function lastPeriodRow(fields: Partial<LongRow> & Pick<LongRow, 'indicator_id'>): LongRow {
  return {
    period: '2024/2025',
    region: '',
    municipality: 'Сосновский район',
    level: 'municipality',
    school: '',
    indicator_code: '',
    indicator_title: fields.indicator_id,
    type: 'share',
    value: null,
    numerator: null,
    denominator: null,
    schools_counted: null,
    target: null,
    met: null,
    status: 'counted',
    ...fields,
  };
}
