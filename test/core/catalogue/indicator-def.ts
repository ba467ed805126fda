import type { IndicatorDef } from '../../../src/core/catalogue/catalogue';

/** An indicator of a catalogue made in a test: not required, no target, no code unless `more` gives them. */
export function indicatorDef(
  id: string,
  type: IndicatorDef['type'],
  more: Partial<IndicatorDef> = {},
): IndicatorDef {
  return {
    code: null,
    id,
    section: 'Раздел',
    title: `Показатель ${id}`,
    type,
    target: null,
    required: false,
    source: '',
    ...more,
  };
}
