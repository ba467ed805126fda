/**
 * Every generated sentence of «Сводная» and «Рекомендации» read aloud (RUSSIAN.md): agreement
 * with the counts 0, 1, 2, 5, 11 and 21, a full official name of about 150 characters, quotes
 * nested as „лапки“, no zero parts, no internal codes, a full stop at the end.
 */
import { describe, expect, it } from 'vitest';
import { createIssue } from '../../../src/core/issues/issue';
import { draftRecommendations } from '../../../src/core/recommendations/draft';
import {
  baseDetails,
  errorLine,
  errorListHeading,
  errorsToFix,
} from '../../../src/core/recommendations/messages';
import type {
  IndicatorSummary,
  OrganizationSummary,
  SummaryResult,
} from '../../../src/core/findings/analysis-result';
import { buildConclusions } from '../../../src/core/findings/conclusions';
import { excludedSentence, mainDeficits, overviewConclusion } from '../../../src/core/findings/messages';
import { indicator, organization } from './small-municipality';

const LONG_NAME =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 ' +
  'с углублённым изучением отдельных предметов имени Героя Советского Союза И. И. Иванова»';
const COUNTS = [0, 1, 2, 5, 11, 21] as const;

describe('agreement with counts', () => {
  it('«исправить N ошибок» takes the accusative the verb needs', () => {
    expect(COUNTS.slice(1).map(errorsToFix)).toEqual([
      '1 ошибку',
      '2 ошибки',
      '5 ошибок',
      '11 ошибок',
      '21 ошибку',
    ]);
  });

  it('«в ОО N наставников, в базе — …»', () => {
    expect(COUNTS.map((n) => baseDetails(n, n + 1, 0)[0])).toEqual([
      'По показателю 1.2 «Педагоги в роли наставника» в ОО 1 наставник, в базе — ни одного.',
      'По показателю 1.2 «Педагоги в роли наставника» в ОО 2 наставника, в базе — 1 наставник.',
      'По показателю 1.2 «Педагоги в роли наставника» в ОО 3 наставника, в базе — 2 наставника.',
      'По показателю 1.2 «Педагоги в роли наставника» в ОО 6 наставников, в базе — 5 наставников.',
      'По показателю 1.2 «Педагоги в роли наставника» в ОО 12 наставников, в базе — 11 наставников.',
      'По показателю 1.2 «Педагоги в роли наставника» в ОО 22 наставника, в базе — 21 наставник.',
    ]);
  });

  it('the overview says «этой ОО» for one school, «этих ОО» for more, and nothing of errors it did not find', () => {
    expect(overviewConclusion(0, 0)).toBe('Учтены сведения 0 ОО.');
    expect(overviewConclusion(21, 0)).toBe('Учтены сведения 21 ОО. Ошибок в данных ОО не найдено.');
    expect(overviewConclusion(5, 1)).toContain('найдены в 1 ОО: до их исправления сведения этой ОО');
    for (const n of [2, 5, 11, 21])
      expect(overviewConclusion(21, n)).toContain(`найдены в ${n} ОО: до их исправления сведения этих ОО`);
  });

  it('lists the main deficits with the number of schools and says so when there are none', () => {
    expect(mainDeficits([])).toBe('Дефицитов по показателям с целевыми значениями не выявлено.');
    expect(mainDeficits(COUNTS.slice(1).map((n) => ({ deficit: `дефицит ${n}`, schools: n })))).toBe(
      'Основные дефициты: дефицит 1 — в 1 ОО; дефицит 2 — в 2 ОО; дефицит 5 — в 5 ОО; дефицит 11 — в 11 ОО; дефицит 21 — в 21 ОО.',
    );
    expect(COUNTS.slice(1).map(excludedSentence)).toEqual(
      COUNTS.slice(1).map((n) => ` Сведения ${n} ОО не учтены из-за ошибок в данных.`),
    );
  });

  it('heads a cut list of errors with how many are listed', () => {
    expect(errorListHeading(5, 5)).toBe('Ошибки:');
    expect(errorListHeading(1, 1)).toBe('Ошибка:');
    expect(errorListHeading(2, 2)).toBe('Ошибки:');
    expect(errorListHeading(10, 21)).toBe('Ошибки (перечислены первые 10 из 21):');
  });
});

describe('a full official name', () => {
  const sheet = LONG_NAME.slice(0, 99);
  const error = createIssue(
    'cell/required',
    { sheet, row: 12, column: 5 },
    { message: 'Ячейка E12 не заполнена', hint: 'Укажите значение.' },
  );

  it('stands in a cell reference with its inner quotes as „лапки“', () => {
    expect(errorLine(error)).toBe(`— «${sheet.replace('«', '„')}»!E12: укажите значение.`);
  });

  function municipality(errors: number, below: number): Omit<SummaryResult, 'recommendations'> {
    const names = Array.from({ length: Math.max(below, 1) }, (_, i) => `${LONG_NAME} ${i}`);
    const orgs: OrganizationSummary[] = names.map((name) =>
      organization(
        name,
        { doc_order: below > 0 ? 0 : 1, share_young_mentees: 0.5 },
        { errors, dataErrors: Array.from({ length: errors }, () => error) },
      ),
    );
    const indicators: IndicatorSummary[] = [
      indicator('share_young_mentees', 'Доля молодых педагогов в роли наставляемого', 'share', {
        target: 1,
        value: 0.5,
        numerator: 5,
        denominator: 10,
        met: false,
        belowTarget: names.slice(0, below),
        schoolsCounted: names.length,
      }),
    ];
    return {
      period: '2025/2026',
      organizations: orgs,
      indicators,
      skipped: [],
      notSubmitted: [],
      fill: [],
      issues: [],
    };
  }

  it.each(COUNTS)('keeps every sentence whole with %i schools below target and %i errors', (n) => {
    const result = municipality(n, n);
    const sentences = [
      ...buildConclusions(result),
      ...draftRecommendations(result, undefined, { year: 2026, month: 12, day: 2 }).flatMap((r) => [
        r.deficit,
        r.text.split('\n')[0],
        r.term,
      ]),
    ];
    for (const sentence of sentences) {
      expect(sentence).not.toMatch(/\b\d+ (?:ОО|ошибок|наставников): 0\b|\{|\}|[a-z]+\/[a-z]+|"/);
      expect(sentence).not.toContain(LONG_NAME);
    }
    const conclusions = buildConclusions(result);
    expect(conclusions.every((s) => /[.:]$/.test(s))).toBe(true);
    if (n > 0) expect(conclusions[0]).toContain(`ниже целевого значения — в ${n} ОО`);
  });
});
