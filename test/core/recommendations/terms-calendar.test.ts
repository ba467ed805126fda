/**
 * Terms of one school's recommendations against the calendar: a working day by Art. 112 of the Labour Code
 * and the weekend (checked here by a table of its own, not by the code's, with the one decree built in), never in the past, and in the order
 * of the algorithm's stages (docs/domain.md#algorithm).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorSummary, SummaryResult } from '../../../src/core/findings/analysis-result';
import type { CalendarDay } from '../../../src/core/recommendations/deadline';
import { draftRecommendations } from '../../../src/core/recommendations/draft';
import { BUILTIN_TEMPLATES } from '../../../src/core/recommendations/templates';
import { workCalendar } from '../../../src/core/recommendations/work-calendar';
import { indicator, organization, SCHOOL_1 } from '../summary-sheet/small-municipality';
import { termEnd } from './term-end';

/** Art. 112: 1–8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November. */
const ART_112 = [
  '1-1',
  '1-2',
  '1-3',
  '1-4',
  '1-5',
  '1-6',
  '1-7',
  '1-8',
  '2-23',
  '3-8',
  '5-1',
  '5-9',
  '6-12',
  '11-4',
];

/** The Government's transfer for 2026 (9 January, 31 December), the one built in. */
const DECREE_2026 = ['2026-1-9', '2026-12-31'];

const asDate = (day: CalendarDay) => new Date(Date.UTC(day.year, day.month - 1, day.day));
const stamp = (day: CalendarDay) => asDate(day).getTime();

function isArt112WorkingDay(day: CalendarDay): boolean {
  const week = asDate(day).getUTCDay();
  return (
    week !== 0 &&
    week !== 6 &&
    !ART_112.includes(`${day.month}-${day.day}`) &&
    !DECREE_2026.includes(`${day.year}-${day.month}-${day.day}`)
  );
}

/** The working day a term ends on, by the table of Art. 112 above, not the code's calendar. */
function endOf(term: string): CalendarDay {
  const end = termEnd(term, isArt112WorkingDay);
  if (end === null) throw new Error(`not a term with a date: «${term}»`);
  return end;
}

const SHARES = [
  'share_mentors',
  'share_mentees',
  'share_under35_mentees',
  'share_young_mentees',
  'share_students_mentees',
  'share_student_mentors',
  'satisfaction_mentors',
  'satisfaction_mentees',
];

/** One school with a deficit at every stage: every flag unset, every count zero, every share below target, errors. */
function everyDeficit(): Omit<SummaryResult, 'recommendations'> {
  const indicators: IndicatorSummary[] = SHARES.map((id) =>
    indicator(id, `Доля ${id}`, 'share', { target: 0.5 }),
  );
  const values: Record<string, number> = Object.fromEntries(SHARES.map((id) => [id, 0.1]));
  for (const template of BUILTIN_TEMPLATES) {
    const condition = template.condition;
    if (condition.kind === 'flag-absent' || condition.kind === 'count-zero') values[condition.indicator] = 0;
  }
  return {
    period: '2025/2026',
    organizations: [organization(SCHOOL_1, values, { errors: 2 })],
    indicators,
    skipped: [],
    notSubmitted: ['МБОУ «СОШ № 9»'],
    fill: [],
    issues: [],
  };
}

/** Terms the templates use and the coordinator may write, given to the templates at random. */
const TERMS = [
  'в течение недели',
  'в течение двух недель',
  'в течение месяца',
  'в течение двух месяцев',
  'в течение 10 дней',
  'до 20 декабря',
  'до 1 мая',
  'до 9 мая',
  'до 31 декабря',
  '20–25 ноября',
  '1–5 декабря',
  '1–2 мая',
  'январь–февраль',
  'ноябрь–декабрь',
];

const today = fc
  .date({ min: new Date(Date.UTC(2026, 0, 1)), max: new Date(Date.UTC(2028, 11, 31)), noInvalidDate: true })
  .map((date) => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }));
const terms = fc.array(fc.constantFrom(...TERMS), {
  minLength: BUILTIN_TEMPLATES.length,
  maxLength: BUILTIN_TEMPLATES.length,
});

describe('terms of a school\u2019s recommendations', () => {
  it('are working days, never past, and no stage ends before an earlier one — from any day of 2026–2028', () => {
    fc.assert(
      fc.property(today, terms, (day, written) => {
        const templates = BUILTIN_TEMPLATES.map((template, i) =>
          template.term === 'ежемесячно' ? template : { ...template, term: written[i] },
        );
        const drafts = draftRecommendations(everyDeficit(), templates, day);
        for (const school of [SCHOOL_1, 'МБОУ «СОШ № 9»']) {
          const own = drafts.filter((draft) => draft.organization === school && draft.term !== 'ежемесячно');
          expect(own.length).toBeGreaterThan(0);
          let latestBefore = 0;
          let latest = 0;
          let stage = 0;
          for (const draft of own) {
            const end = endOf(draft.term);
            expect(isArt112WorkingDay(end), `${draft.term} from ${JSON.stringify(day)}`).toBe(true);
            expect(stamp(end)).toBeGreaterThanOrEqual(stamp(day));
            expect(draft.stage).toBeGreaterThanOrEqual(stage);
            if (draft.stage !== stage) {
              latestBefore = latest;
              stage = draft.stage;
            }
            // Correcting this period's data has its own term (docs/decisions.md#documents-third-round).
            if (draft.code === 'data_errors') continue;
            expect(stamp(end), `stage ${draft.stage}: ${draft.term}`).toBeGreaterThanOrEqual(latestBefore);
            latest = Math.max(latest, stamp(end));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keep the monitoring\u2019s days of the algorithm and follow them with the later stages', () => {
    const drafts = draftRecommendations(everyDeficit(), BUILTIN_TEMPLATES, { year: 2026, month: 12, day: 7 });
    const own = drafts.filter((draft) => draft.organization === SCHOOL_1);
    const term = (code: string) => own.find((draft) => draft.code === code)?.term.replace(/\u00a0/g, ' ');
    // Stage 1: a month from 7 December 2026 is 7 January, a holiday: the first working day is 11 January.
    expect(term('doc_regulation')).toBe('до 11 января 2027 г.');
    // Stage 4 «до 20 декабря» comes after stage 1 and moves up to its term.
    expect(term('programs_approved')).toBe('до 11 января 2027 г.');
    // Stage 6, the monitoring, keeps 20–25 November, of 2027: the next that is not before stage 5.
    expect(term('doc_monitoring_order')).toBe('20–25 ноября 2027 г.');
    // Correcting this period's data is asked for within a week, whatever the stages before it.
    expect(term('data_errors')).toBe('до 14 декабря 2026 г.');
    // Stage 8 is January–February after the monitoring.
    expect(term('plan_correction')).toBe('январь–февраль 2028 г.');
  });
});

describe('transfers of days off', () => {
  it('move a term off a day the Government made a day off, and onto a Saturday it made a working day', () => {
    const result = everyDeficit();
    const only = BUILTIN_TEMPLATES.filter((template) => template.code === 'data_errors');
    const draft = (calendar = workCalendar()) =>
      draftRecommendations(result, only, { year: 2027, month: 4, day: 30 }, calendar)[0].term.replace(
        /\u00a0/g,
        ' ',
      );
    // A week from Friday 30 April 2027 is Friday 7 May.
    expect(draft()).toBe('до 7 мая 2027 г.');
    const daysOff = [{ year: 2027, month: 5, day: 7 }];
    expect(draft(workCalendar({ daysOff, workdays: [] }))).toBe('до 11 мая 2027 г.');
    // Saturday 8 May made a working day: the term moves to it instead (9 May is a holiday, 10 May its day off).
    expect(draft(workCalendar({ daysOff, workdays: [{ year: 2027, month: 5, day: 8 }] }))).toBe(
      'до 8 мая 2027 г.',
    );
  });
});
