/**
 * «Сводная» with last period's figures (docs/domain.md#long-format: previous value and change of each
 * municipal figure, conclusions on what moved most) and «Сводная» of a region (municipalities as rows).
 */
import { describe, expect, it } from 'vitest';
import type { LongRow } from '../../../src/core/long-format/long-row';
import { withPrevious } from '../../../src/core/previous/with-previous';
import type { SheetModel } from '../../../src/core/sheet/sheet-model';
import { buildSummarySheet } from '../../../src/core/summary-sheet/summary-sheet';
import { REGIONAL_WORDS } from '../../../src/core/findings/regional-words';
import { lastPeriodRow } from '../long-format/last-period-row';
import { smallMunicipality } from './small-municipality';

const META = { generatedAt: '25.11.2026 14:30' };

function previousRow(id: string, value: number): LongRow {
  return lastPeriodRow({ indicator_id: id, value, schools_counted: 3 });
}

function row(model: SheetModel, first: string): unknown[] {
  const found = model.cells.find((cells) => cells[0]?.value === first);
  if (!found) throw new Error(`no row ${first}`);
  return found.map((cell) => cell.value);
}

const text = (model: SheetModel) =>
  model.cells
    .flatMap((cells) => cells.map((cell) => (typeof cell.value === 'string' ? cell.value : '')))
    .join('\n');

describe('«Сводная» with the previous period', () => {
  const previous = {
    period: '2024/2025',
    byId: new Map([
      ['ped_total', { ...previousRow('ped_total', 120), type: 'count' as const }],
      ['share_mentors', previousRow('share_mentors', 0.15)],
      ['share_oo_with_doc_order', previousRow('share_oo_with_doc_order', 1)],
    ]),
  };
  const model = buildSummarySheet(withPrevious(smallMunicipality(), previous), META);

  it('puts «Прошлый период» and «Изменение» after «Значение», the change of a share in points', () => {
    expect(row(model, 'Показатель').slice(0, 5)).toEqual([
      'Показатель',
      'Значение',
      'Прошлый период',
      'Изменение',
      'Числитель',
    ]);
    const mentors = row(model, 'Доля наставников в общем количестве педагогических работников');
    expect(mentors[2]).toBe(0.15);
    expect(mentors[3] as number).toBeCloseTo((23 / 130 - 0.15) * 100, 8);
    const cells = model.cells.find(
      (cells) => cells[0]?.value === 'Доля наставников в общем количестве педагогических работников',
    );
    expect(cells?.[3].style?.numberFormat).toContain('п.\u00a0п.');
    expect(row(model, '1.1 Общая численность педагогических работников').slice(1, 4)).toEqual([130, 120, 10]);
    // A figure last period did not have shows «—», not zero.
    expect(row(model, '1.2 Педагоги в роли наставника').slice(2, 4)).toEqual(['—', '—']);
  });

  it('says in the conclusions which shares moved most', () => {
    expect(text(model).replace(/\u00a0/g, ' ')).toContain(
      'По сравнению с прошлым периодом (2024/2025) сильнее всего изменились: ' +
        'доля ОО, в которых издан приказ о внедрении целевой модели наставничества — с 100 % до 66,7 % (−33,3 п. п.); ' +
        'доля наставников в общем количестве педагогических работников — с 15 % до 17,7 % (+2,7 п. п.).',
    );
  });

  it('has no such columns without a previous period', () => {
    const plain = buildSummarySheet(smallMunicipality(), META);
    expect(text(plain)).not.toContain('Прошлый период');
    expect(text(plain)).not.toContain('По сравнению с прошлым периодом');
  });
});

describe('«Сводная» of a region', () => {
  const result = smallMunicipality();
  const model = buildSummarySheet(result, { ...META, words: REGIONAL_WORDS });

  it('names municipalities as its rows and the region as its total', () => {
    const all = text(model);
    expect(all).toContain('1. Ключевые показатели по муниципалитетам (в алфавитном порядке)');
    expect(all).toContain('Итого по региону');
    expect(all).toContain('2. Показатели по региону');
    expect(all).toContain('Муниципалитеты ниже целевого значения');
    expect(all).not.toContain('по муниципалитету');
    expect(row(model, 'Учтено муниципалитетов:')[1]).toBe(3);
  });

  it('shows a municipality its share of schools with a document, not «да» or «нет»', () => {
    const first = result.organizations[0];
    const withShare = {
      ...result,
      organizations: [
        { ...first, values: { ...first.values, share_oo_with_doc_order: 0.5 } },
        ...result.organizations.slice(1),
      ],
    };
    const regional = buildSummarySheet(withShare, { ...META, words: REGIONAL_WORDS });
    const header = regional.cells.find((cells) => cells[0]?.value === 'Муниципалитет') ?? [];
    const column = header.findIndex((cell) =>
      String(cell.value).startsWith('Доля ОО, в которых издан приказ'),
    );
    expect(column).toBeGreaterThan(0);
    const cells = regional.cells.find((cells) => cells[0]?.value === first.name) ?? [];
    expect(cells[column]?.value).toBe(0.5);
    expect(cells[column]?.style?.numberFormat).toBe('0.0%');
  });

  it('counts municipalities below target in the conclusions', () => {
    expect(text(model).replace(/\u00a0/g, ' ')).toContain(', в 1 муниципалитете значение ниже целевого.');
  });
});
