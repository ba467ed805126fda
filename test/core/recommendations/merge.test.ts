import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/sheet/grid';
import { draftRecommendations } from '../../../src/core/recommendations/draft';
import { mergeRecommendations } from '../../../src/core/recommendations/merge';
import type { RecommendationRow } from '../../../src/core/recommendations/recommendation-row';
import { buildRecommendationsSheet } from '../../../src/core/recommendations/recommendations-sheet';
import type { Recommendation } from '../../../src/core/findings/analysis-result';
import { IVANOVSKAYA, SCHOOL_1, smallMunicipality } from '../summary-sheet/small-municipality';
import { modelToGrid } from '../../../src/core/templates/model-grid';
import { columnOf, edit } from './model-grid';

const META = { generatedAt: '25.11.2025 14:30' };
const drafts = () => draftRecommendations(smallMunicipality(), undefined, { year: 2025, month: 11, day: 25 });

function written(rows: readonly RecommendationRow[]): Grid {
  return modelToGrid(buildRecommendationsSheet(rows, META));
}

function rowWhere(grid: Grid, school: string, deficitStart: string): number {
  const org = columnOf(grid, 'ОО');
  const deficit = columnOf(grid, 'Выявленный дефицит');
  const index = grid.values.findIndex(
    (r) => r[org - 1] === school && String(r[deficit - 1]).startsWith(deficitStart),
  );
  if (index < 0) throw new Error(`no row ${school} / ${deficitStart}`);
  return index + 1;
}

function find(rows: readonly RecommendationRow[], school: string, code: string): RecommendationRow {
  const row = rows.find((r) => r.key === `${code}|${school}`);
  if (!row) throw new Error(`no row ${code}|${school}`);
  return row;
}

function withDraft(list: Recommendation[], code: string, change: Partial<Recommendation>): Recommendation[] {
  return list.map((d) => (d.code === code ? { ...d, ...change } : d));
}

describe('mergeRecommendations without an existing sheet', () => {
  it('makes one new row per draft with status «черновик» and remembers what it wrote', () => {
    const rows = mergeRecommendations(null, drafts());
    expect(rows.map((r) => [r.origin, r.key])).toEqual([
      ['new', `doc_order|${SCHOOL_1}`],
      ['new', `doc_roadmap|${SCHOOL_1}`],
      ['new', `share_young_mentees|${SCHOOL_1}`],
      ['new', `personal_programs|${SCHOOL_1}`],
      ['new', `plan_correction|${SCHOOL_1}`],
      ['new', `data_errors|${IVANOVSKAYA}`],
    ]);
    expect(rows[0].shown).toEqual({
      organization: SCHOOL_1,
      deficit: 'Нет приказа о внедрении целевой модели наставничества',
      figure: 'нет / да',
      text: drafts()[0].text,
      stage: '1 — планирование и подготовка',
      term: 'до 25\u00a0декабря 2025\u00a0г.',
      status: 'черновик',
    });
    expect(rows[0].generated).toEqual(rows[0].shown);
  });
});

describe('mergeRecommendations over an edited sheet', () => {
  const first = written(mergeRecommendations(null, drafts()));
  const textColumn = columnOf(first, 'Рекомендация (черновик)');
  const statusColumn = columnOf(first, 'Статус');
  const termColumn = columnOf(first, 'Срок');

  it('keeps an edited text and an edited status, and refreshes the cells nobody touched', () => {
    let grid = edit(
      first,
      rowWhere(first, SCHOOL_1, 'Нет приказа'),
      textColumn,
      'Издать приказ до заседания совета 10 декабря.',
    );
    grid = edit(grid, rowWhere(grid, SCHOOL_1, 'Нет дорожной'), statusColumn, 'согласовано');
    const fresh = withDraft(
      withDraft(drafts(), 'doc_order', { figure: '0 / 1 (повторно)', text: 'Новый черновик' }),
      'doc_roadmap',
      {
        text: 'Обновлённый текст о дорожной карте',
      },
    );
    const rows = mergeRecommendations(grid, fresh);
    const order = find(rows, SCHOOL_1, 'doc_order');
    expect(order.origin).toBe('current');
    expect(order.shown.text).toBe('Издать приказ до заседания совета 10 декабря.');
    expect(order.shown.figure).toBe('0 / 1 (повторно)');
    expect(order.shown.status).toBe('черновик');
    expect(order.generated?.text).toBe('Новый черновик');
    const roadmap = find(rows, SCHOOL_1, 'doc_roadmap');
    expect(roadmap.shown.status).toBe('согласовано');
    expect(roadmap.shown.text).toBe('Обновлённый текст о дорожной карте');
  });

  it('keeps a term the coordinator typed as a date, as the date they see', () => {
    // A grid's date holds the day the sheet shows in its UTC fields (src/core/sheet/grid.ts).
    const typed = new Date(Date.UTC(2025, 11, 19));
    const grid = edit(first, rowWhere(first, SCHOOL_1, 'Нет приказа'), termColumn, typed);
    expect(find(mergeRecommendations(grid, drafts()), SCHOOL_1, 'doc_order').shown.term).toEqual(typed);
  });

  it('keeps an edit across a second regeneration too', () => {
    const grid = edit(first, rowWhere(first, SCHOOL_1, 'Нет приказа'), termColumn, 'до 15 декабря');
    const once = written(mergeRecommendations(grid, drafts()));
    const twice = mergeRecommendations(once, drafts());
    expect(find(twice, SCHOOL_1, 'doc_order').shown.term).toBe('до 15 декабря');
  });

  it('ignores differences in line breaks and spaces that spreadsheets introduce', () => {
    const row = rowWhere(first, SCHOOL_1, 'Нет приказа');
    const original = String(first.values[row - 1][textColumn - 1]);
    const grid = edit(first, row, textColumn, `${original.replace(/ /, '\r\n')}  `);
    const rows = mergeRecommendations(grid, withDraft(drafts(), 'doc_order', { text: 'Новый черновик' }));
    expect(find(rows, SCHOOL_1, 'doc_order').shown.text).toBe('Новый черновик');
  });

  it('adds rows for new deficits and marks rows whose deficit is gone «устранено», keeping their text', () => {
    const grid = edit(
      first,
      rowWhere(first, SCHOOL_1, 'Нет дорожной'),
      textColumn,
      'Свой текст координатора',
    );
    const fresh: Recommendation[] = [
      ...drafts().filter((d) => d.code !== 'doc_roadmap'),
      {
        organization: SCHOOL_1,
        code: 'site_tab',
        stage: 1,
        deficit: 'Нет раздела «Наставничество» на официальном сайте ОО',
        figure: '0 / 1',
        text: 'Создать вкладку',
        term: 'в течение месяца',
      },
    ];
    const rows = mergeRecommendations(grid, fresh);
    const gone = find(rows, SCHOOL_1, 'doc_roadmap');
    expect(gone.origin).toBe('resolved');
    expect(gone.shown.status).toBe('устранено');
    expect(gone.shown.text).toBe('Свой текст координатора');
    expect(find(rows, SCHOOL_1, 'site_tab').origin).toBe('new');
    expect(rows.map((r) => r.key)).toEqual([
      `doc_order|${SCHOOL_1}`,
      `site_tab|${SCHOOL_1}`,
      `doc_roadmap|${SCHOOL_1}`,
      `share_young_mentees|${SCHOOL_1}`,
      `personal_programs|${SCHOOL_1}`,
      `plan_correction|${SCHOOL_1}`,
      `data_errors|${IVANOVSKAYA}`,
    ]);
  });

  it('brings a resolved row back to «черновик» when the deficit returns, unless the coordinator set the status', () => {
    const resolved = written(
      mergeRecommendations(
        first,
        drafts().filter((d) => d.code !== 'doc_roadmap'),
      ),
    );
    expect(find(mergeRecommendations(resolved, drafts()), SCHOOL_1, 'doc_roadmap').shown.status).toBe(
      'черновик',
    );
    const sent = edit(
      resolved,
      rowWhere(resolved, SCHOOL_1, 'Нет дорожной'),
      statusColumn,
      'отправлено в ОО',
    );
    expect(find(mergeRecommendations(sent, drafts()), SCHOOL_1, 'doc_roadmap').shown.status).toBe(
      'отправлено в ОО',
    );
  });

  it('keeps rows added by hand, after the row they followed, and columns the coordinator added', () => {
    const after = rowWhere(first, SCHOOL_1, 'Нет дорожной');
    const values = first.values.map((r) => [...r, '']);
    values[2][values[2].length - 1] = 'Ответственный';
    values[after - 1][values[2].length - 1] = 'Петрова А. С.';
    const hand = Array.from({ length: values[2].length }, () => '' as unknown);
    hand[0] = SCHOOL_1;
    hand[3] = 'Пригласить куратора на семинар; телефон +7 912 000-00-00';
    hand[6] = 'согласовано';
    values.splice(after, 0, hand);
    const rows = mergeRecommendations({ ...first, values }, drafts());
    const index = rows.findIndex((r) => r.origin === 'manual');
    expect(rows[index - 1].key).toBe(`doc_roadmap|${SCHOOL_1}`);
    expect(rows[index]).toMatchObject({
      key: null,
      generated: null,
      shown: {
        organization: SCHOOL_1,
        text: 'Пригласить куратора на семинар; телефон +7 912 000-00-00',
        status: 'согласовано',
        deficit: '',
      },
    });
    expect(find(rows, SCHOOL_1, 'doc_roadmap').extra).toEqual({ Ответственный: 'Петрова А. С.' });
    const model = buildRecommendationsSheet(rows, META);
    expect(model.cells[2].map((c) => c.value)).toContain('Ответственный');
  });

  it('keeps a column of the coordinator whose header looks like one of ours («ОО (примечание)»)', () => {
    const values = first.values.map((r) => [...r, '']);
    const last = values[2].length - 1;
    values[2][last] = 'ОО (примечание)';
    values[3][last] = 'директор в отпуске до 1 декабря';
    const rows = mergeRecommendations({ ...first, values }, drafts());
    expect(rows[0].shown.organization).toBe(SCHOOL_1);
    expect(rows[0].extra).toEqual({ 'ОО (примечание)': 'директор в отпуске до 1 декабря' });
  });

  it('matches a school whose name was retyped with other quotes and spacing', () => {
    const retyped = drafts().map((d) =>
      d.organization === SCHOOL_1 ? { ...d, organization: 'МБОУ "СОШ №1"' } : d,
    );
    const rows = mergeRecommendations(first, retyped);
    expect(rows.filter((r) => r.origin === 'new')).toEqual([]);
    expect(rows.filter((r) => r.origin === 'resolved')).toEqual([]);
  });

  it('keeps a non-empty cell when its hidden original is gone: nothing is lost', () => {
    const hidden = columnOf(first, 'Служебное: текст при формировании');
    const values = first.values.map((r) => r.filter((_, i) => i !== hidden - 1));
    const rows = mergeRecommendations(
      { ...first, values },
      withDraft(drafts(), 'doc_order', { text: 'Новый черновик' }),
    );
    expect(find(rows, SCHOOL_1, 'doc_order').shown.text).toBe(drafts()[0].text);
  });

  it('is stable: regenerating an untouched sheet with the same drafts writes the same sheet', () => {
    const again = written(mergeRecommendations(first, drafts()));
    expect(again.values).toEqual(first.values);
  });

  it('treats a copied row with a duplicate key as added by hand', () => {
    const row = rowWhere(first, SCHOOL_1, 'Нет приказа');
    const values = [...first.values];
    values.splice(row, 0, first.values[row - 1].slice());
    const rows = mergeRecommendations({ ...first, values }, drafts());
    expect(rows.filter((r) => r.origin === 'manual')).toHaveLength(1);
    expect(rows.filter((r) => r.key === `doc_order|${SCHOOL_1}`)).toHaveLength(1);
  });
});
