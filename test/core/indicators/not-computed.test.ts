import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, type Catalogue } from '../../../src/core/catalogue/catalogue';
import { aggregate } from '../../../src/core/indicators/aggregate';
import { notComputedReason, rowNotFound } from '../../../src/core/indicators/not-computed-text';
import type { SchoolFigures } from '../../../src/core/indicators/school-figures';

/**
 * Why a municipal share is not computed (docs/domain.md#own-forms): an input has no recognised row on any
 * tab, and the unread rows most like it are named, most alike first, three at most.
 */
interface Tab {
  readonly values?: Record<string, number | null>;
  readonly withoutRow?: readonly string[];
  readonly unread?: readonly string[];
}

function school(name: string, { values = {}, withoutRow = [], unread = [] }: Tab): SchoolFigures {
  return {
    sheet: name,
    name,
    values,
    excludedFrom: [],
    evidence: {},
    issues: [],
    withoutRow,
    unreadTitles: unread,
  };
}

function figureOf(id: string, schools: readonly SchoolFigures[], catalogue: Catalogue = BUILTIN_CATALOGUE) {
  const found = aggregate(schools, catalogue).find((figure) => figure.id === id);
  if (found === undefined) throw new Error(id);
  return found;
}

/** «Доля педагогов в роли наставляемого» = 1.3 / 1.1; the forms below have no row 1.3. */
const SHARE = 'share_mentees';
const NO_MENTEES = { values: { ped_total: 40, ped_mentees: null }, withoutRow: ['ped_mentees'] };

describe('a share not computed for want of a row', () => {
  it('names the missing input and the unread rows most like it, most alike first, three at most', () => {
    const figure = figureOf(SHARE, [
      school('А', {
        ...NO_MENTEES,
        unread: ['Наставляемые педагоги до 35 лет', 'Столовая', 'Количество педагогов, наставляемых'],
      }),
      school('Б', {
        ...NO_MENTEES,
        unread: [
          'Количество педагогов, наставляемых',
          'Число педагогов в роли наставляемых лиц',
          'Педагоги в роли наставляемого',
        ],
      }),
    ]);
    expect(figure.value).toBeNull();
    expect(figure.notComputed).toEqual({
      input: 'ped_mentees',
      inputTitle: 'Педагоги в роли наставляемого',
      nearestRows: [
        'Педагоги в роли наставляемого',
        'Число педагогов в роли наставляемых лиц',
        'Количество педагогов, наставляемых',
      ],
    });
  });

  it('names no rows when none resembles the input', () => {
    const figure = figureOf(SHARE, [school('А', { ...NO_MENTEES, unread: ['Столовая', 'Спортзал'] })]);
    expect(figure.notComputed).toEqual({
      input: 'ped_mentees',
      inputTitle: 'Педагоги в роли наставляемого',
      nearestRows: [],
    });
  });

  it('gives no reason when one school has the row (its value is missing, which its cell says)', () => {
    const figure = figureOf(SHARE, [
      school('А', NO_MENTEES),
      school('Б', { values: { ped_total: 30, ped_mentees: null } }),
    ]);
    expect(figure.value).toBeNull();
    expect(figure.notComputed).toBeUndefined();
  });

  it('gives no reason for a share that is computed, for a count, or when there are no schools', () => {
    const rows = { values: { ped_total: 40, ped_mentees: 4 }, withoutRow: [] };
    expect(figureOf(SHARE, [school('А', rows)])).toMatchObject({ value: 0.1 });
    expect(figureOf(SHARE, [school('А', rows)]).notComputed).toBeUndefined();
    expect(figureOf('ped_mentees', [school('А', NO_MENTEES)]).notComputed).toBeUndefined();
    expect(figureOf(SHARE, []).notComputed).toBeUndefined();
  });

  it('gives no reason for a satisfaction share a school reports as its own percent', () => {
    const noCounts = ['mentors_surveyed', 'mentors_satisfied'];
    const figure = figureOf('satisfaction_mentors', [
      school('А', { values: { satisfaction_mentors: null }, withoutRow: noCounts }),
      school('Б', { withoutRow: [...noCounts, 'satisfaction_mentors'] }),
    ]);
    expect(figure.value).toBeNull();
    expect(figure.notComputed).toBeUndefined();
    const nowhere = figureOf('satisfaction_mentors', [
      school('Б', { withoutRow: [...noCounts, 'satisfaction_mentors'] }),
    ]);
    expect(nowhere.notComputed).toMatchObject({ input: 'mentors_satisfied' });
  });

  it('names an input the «Показатели» sheet adds by its own title', () => {
    const catalogue: Catalogue = {
      indicators: [
        ...BUILTIN_CATALOGUE.indicators,
        {
          code: '6.1',
          id: 'kpk_done',
          section: 'Доп.',
          title: 'Педагоги, прошедшие курсы по наставничеству',
          type: 'count',
          target: null,
          required: false,
          source: '',
        },
        {
          code: '6.2',
          id: 'share_kpk',
          section: 'Доп.',
          title: 'Доля педагогов, прошедших курсы',
          type: 'share',
          numerator: 'kpk_done',
          denominator: 'ped_total',
          target: 0.5,
          required: false,
          source: '',
        },
      ],
    };
    const figure = figureOf(
      'share_kpk',
      [
        school('А', {
          values: { ped_total: 40, kpk_done: null },
          withoutRow: ['kpk_done'],
          unread: ['Педагоги, прошедшие курсы по наставничеству в 2025 году', 'Столовая'],
        }),
      ],
      catalogue,
    );
    expect(figure.notComputed).toEqual({
      input: 'kpk_done',
      inputTitle: 'Педагоги, прошедшие курсы по наставничеству',
      nearestRows: ['Педагоги, прошедшие курсы по наставничеству в 2025 году'],
    });
  });
});

describe('the wording of a figure not computed', () => {
  it('quotes the missing row and the nearest ones', () => {
    const why = {
      input: 'ped_mentees',
      inputTitle: 'Педагоги в роли наставляемого',
      nearestRows: ['А', 'Б'],
    };
    expect(notComputedReason(why)).toBe(
      'не рассчитана: ни на одном листе не найдена строка «Педагоги в роли наставляемого» (ближайшие строки: «А», «Б»)',
    );
    expect(rowNotFound({ ...why, nearestRows: [] })).toBe(
      'ни на одном листе не найдена строка «Педагоги в роли наставляемого»',
    );
  });
});
