import { describe, it, expect } from 'vitest';
import { summarise } from '../../src/app/summarise';
import { analyse } from '../../src/app/analyse';
import { buildReport } from '../../src/core/issues/issue-report';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';
import { memoryWorkbook } from '../tools/memory-workbook';

/** A school tab in the template layout with every input filled from `values` (0 by default). */
function schoolTab(name: string, values: Record<string, unknown>): unknown[][] {
  const rows: unknown[][] = [
    ['Мониторинг реализации целевой модели наставничества', '', '', ''],
    ['Образовательная организация:', name, '', ''],
    ['Период:', '2025', '', ''],
    ['', '', '', ''],
    ['Код', 'Показатель', 'Значение', 'Комментарий / ссылка'],
  ];
  for (const def of BUILTIN_CATALOGUE.indicators.filter(isInput)) {
    rows.push([def.code, def.title, values[def.id] ?? 0, '']);
  }
  return rows;
}

const good = {
  ped_total: 40,
  ped_mentors: 10,
  implements_model: 1,
  doc_order: 1,
  doc_regulation: 1,
  doc_roadmap: 1,
};

describe('summarise', () => {
  it('adds recommendation drafts to the figures, one per deficit of each school', () => {
    const workbook = memoryWorkbook({
      'СОШ 1': schoolTab('МБОУ «СОШ № 1»', good),
      'СОШ 2': schoolTab('МБОУ «СОШ № 2»', { ...good, doc_order: 0 }),
    });
    const { result } = summarise(workbook);
    expect(result.organizations.map((o) => o.name)).toEqual(['МБОУ «СОШ № 1»', 'МБОУ «СОШ № 2»']);
    const orderDrafts = result.recommendations.filter((r) => r.code === 'doc_order');
    expect(orderDrafts.map((r) => [r.organization, r.stage])).toEqual([['МБОУ «СОШ № 2»', 1]]);
    expect(result.indicators.find((i) => i.id === 'ped_mentors')?.value).toBe(20);
  });

  it('uses the «Шаблоны рекомендаций» sheet instead of the built-in text and does not skip it', () => {
    const workbook = memoryWorkbook({
      'СОШ 2': schoolTab('МБОУ «СОШ № 2»', { ...good, doc_order: 0 }),
      'Шаблоны рекомендаций': [
        ['Код дефицита', 'Дефицит', 'Этап', 'Текст рекомендации', 'Срок'],
        ['doc_order', 'Нет приказа', 1, 'Издать приказ в {ОО} немедленно', 'до 1 декабря'],
      ],
    });
    const { result, analysis } = summarise(workbook, { today: { year: 2025, month: 11, day: 20 } });
    expect(analysis.sheets.templates?.[0] ?? null).toBe('Шаблоны рекомендаций');
    expect(result.skipped.map((s) => s.sheet)).not.toContain('Шаблоны рекомендаций');
    const draft = result.recommendations.find((r) => r.code === 'doc_order');
    // The drafts' text is typeset: a no-break space after «№» (docs/decisions.md#terms-and-typography).
    expect(draft?.text).toBe('Издать приказ в МБОУ «СОШ №\u00a02» немедленно');
    // The coordinator's term, dated from the day of generation.
    expect(draft?.term).toBe('до 1\u00a0декабря 2025\u00a0г.');
  });
});

describe('checking the whole workbook', () => {
  it('gives every issue, and the report counts them per severity', () => {
    const workbook = memoryWorkbook({ 'СОШ 1': schoolTab('МБОУ «СОШ № 1»', { ...good, ped_total: '12,5' }) });
    const { issues } = analyse(workbook).result;
    const { counts } = buildReport(issues);
    expect(issues.some((i) => i.code === 'value/not-integer' && i.sheet === 'СОШ 1')).toBe(true);
    expect(counts.error).toBe(issues.filter((i) => i.severity === 'error').length);
    expect(counts.error).toBeGreaterThan(0);
  });
});
