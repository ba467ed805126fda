import { describe, expect, it } from 'vitest';
import { missingParameterLabels } from '../../../src/core/parameters/parameters';

describe('missingParameterLabels', () => {
  it("names the empty parameters as the sheet does, in «ёлочки» and the sheet's order", () => {
    expect(
      missingParameterLabels({
        municipality: 'Сосновский район',
        period: '2025/2026',
        dates: '20.11.2025',
        responsible: 'Иванова И. И.',
        signerName: 'М. А. Черкасова',
      }),
    ).toEqual(['«Основание»', '«Должность подписывающего»']);
  });

  it('names nothing when every parameter is given', () => {
    expect(
      missingParameterLabels({
        municipality: 'Сосновский район',
        period: '2025/2026',
        basis: 'приказ № 245',
        dates: '20.11.2025',
        responsible: 'Иванова И. И.',
        signerPosition: 'Начальник управления',
        signerName: 'М. А. Черкасова',
      }),
    ).toEqual([]);
  });
});
