import { describe, expect, it } from 'vitest';
import { formatChange } from '../../../src/core/format/change';
import type { LongRow } from '../../../src/core/long-format/long-row';
import { previousFigures } from '../../../src/core/previous/previous-figures';
import { withPrevious } from '../../../src/core/previous/with-previous';
import { dynamicsConclusion } from '../../../src/core/findings/conclusions';
import type { IndicatorSummary } from '../../../src/core/findings/analysis-result';
import { lastPeriodRow } from '../long-format/last-period-row';
import { indicator } from '../summary-sheet/small-municipality';

/** The texts keep numbers with their units by no-break spaces; compared here as plain spaces. */
const spaced = (text: string) => text.replace(/\u00a0/g, ' ');

function row(
  municipality: string,
  id: string,
  value: number | null,
  level: LongRow['level'] = 'municipality',
): LongRow {
  return lastPeriodRow({
    municipality,
    indicator_id: id,
    value,
    level,
    school: level === 'school' ? 'МБОУ «СОШ № 1»' : '',
  });
}

function share(id: string, title: string, value: number | null): IndicatorSummary {
  return indicator(id, title, 'share', { value });
}

describe('previousFigures', () => {
  const rows = [
    row('Сосновский район', 'share_mentors', 0.1),
    row('Берёзовский район', 'share_mentors', 0.3),
    row('Сосновский район', 'share_mentors', 0.9, 'school'),
  ];

  it('takes the municipal rows of the municipality named, whatever the case or ё', () => {
    const match = previousFigures(rows, 'БЕРЕЗОВСКИЙ РАЙОН');
    expect(match.found && match.figures.byId.get('share_mentors')?.value).toBe(0.3);
    expect(match.found && match.figures.period).toBe('2024/2025');
  });

  it('takes the only municipality of a file, and nothing from several when none matches', () => {
    const only = previousFigures(rows.slice(0, 1), 'Другой район');
    expect(only.found && only.figures.byId.get('share_mentors')?.value).toBe(0.1);
    expect(previousFigures(rows, 'Другой район')).toEqual({
      found: false,
      municipalities: ['Сосновский район', 'Берёзовский район'],
    });
  });
});

describe('withPrevious and the conclusion on what moved most', () => {
  const previous = {
    period: '2024/2025',
    byId: new Map([
      ['share_mentors', row('М', 'share_mentors', 0.1)],
      ['share_mentees', row('М', 'share_mentees', 0.3)],
      ['share_young_mentees', row('М', 'share_young_mentees', 0.5)],
      ['satisfaction_mentors', row('М', 'satisfaction_mentors', 0.8)],
    ]),
  };
  const result = withPrevious(
    {
      indicators: [
        share('share_mentors', 'Доля наставников', 0.184),
        share('share_mentees', 'Доля наставляемых', 0.29),
        share('share_young_mentees', 'Доля молодых педагогов в роли наставляемого', 0.25),
        share('satisfaction_mentors', 'Удовлетворённость наставников', 0.83),
        share('share_student_mentors', 'Доля обучающихся-наставников', 0.2),
      ],
    },
    previous,
  );

  it('gives each figure its previous value and the change, null where a period lacks it', () => {
    expect(result.previousPeriod).toBe('2024/2025');
    expect(result.indicators[0].previous).toBe(0.1);
    expect(result.indicators[0].change).toBeCloseTo(0.084, 12);
    expect(result.indicators[4]).toMatchObject({ previous: null, change: null });
  });

  it('names the three shares that moved most, in percentage points', () => {
    expect(spaced(dynamicsConclusion(result.indicators, '2024/2025'))).toBe(
      'По сравнению с прошлым периодом (2024/2025) сильнее всего изменились: ' +
        'доля молодых педагогов в роли наставляемого — с 50 % до 25 % (−25,0 п. п.); ' +
        'доля наставников — с 10 % до 18,4 % (+8,4 п. п.); ' +
        'удовлетворённость наставников — с 80 % до 83 % (+3,0 п. п.).',
    );
  });

  it('says so when nothing moved', () => {
    const same = withPrevious({ indicators: [share('share_mentors', 'Доля наставников', 0.1)] }, previous);
    expect(spaced(dynamicsConclusion(same.indicators, ''))).toBe(
      'По сравнению с прошлым периодом доли по муниципалитету не изменились.',
    );
  });
});

describe('formatChange', () => {
  it('writes shares in percentage points and counts as whole numbers, with a real minus', () => {
    expect(formatChange(0.032, 'share')).toBe('+3,2\u00a0п.\u00a0п.');
    expect(spaced(formatChange(-0.008, 'share'))).toBe('−0,8 п. п.');
    expect(spaced(formatChange(0.00001, 'share'))).toBe('0,0 п. п.');
    expect(spaced(formatChange(1234, 'count'))).toBe('+1 234');
    expect(formatChange(-3, 'count')).toBe('−3');
  });
});
