import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_ROW } from '../../../src/core/recommendations/template-row';

const row = (cells: Partial<Record<'code' | 'stage' | 'text' | 'deficit' | 'term', unknown>>) => ({
  code: 'doc_order',
  stage: '',
  text: 'Издать приказ',
  deficit: '',
  term: '',
  ...cells,
});

const problems = (cells: Parameters<typeof row>[0]) => {
  const parsed = z.safeParse(TEMPLATE_ROW, row(cells));
  return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path[0], issue.message]);
};

describe('a row of «Шаблоны рекомендаций» as a schema', () => {
  it('reads what coordinators type: a stage with its name, paragraphs, a term', () => {
    const parsed = z.parse(
      TEMPLATE_ROW,
      row({
        stage: '4 — нормативно-правовое обеспечение',
        text: ' Первый абзац.\r\nВторой. ',
        term: 'до 1 декабря',
      }),
    );
    expect(parsed).toEqual({
      code: 'doc_order',
      stage: 4,
      text: 'Первый абзац.\nВторой.',
      deficit: '',
      term: 'до 1 декабря',
    });
    expect(z.parse(TEMPLATE_ROW, row({})).stage).toBeNull();
  });

  it('names each problem by its column', () => {
    expect(problems({ code: '' })).toEqual([['code', 'no-code']]);
    expect(problems({ code: 'doc_orders' })).toEqual([['code', 'unknown-code']]);
    expect(problems({ stage: 4.5 })).toEqual([['stage', 'bad-stage']]);
    expect(problems({ stage: '#REF!' })).toEqual([['stage', 'bad-stage']]);
    expect(problems({ text: '#N/A' })).toEqual([['text', 'no-text']]);
    expect(problems({ text: 'Для {школа}', deficit: 'Нет {документа}' })).toEqual([
      ['text', 'unknown-placeholder'],
      ['deficit', 'unknown-placeholder'],
    ]);
  });
});
