import { describe, expect, it } from 'vitest';
import { checkJson, summaryJson } from '../../src/cli/json-output';
import type { Issue } from '../../src/core/issues/issue';
import type { SummaryResult } from '../../src/core/findings/analysis-result';

const issue: Issue = {
  code: 'value/not-integer',
  severity: 'error',
  sheet: 'СОШ № 1',
  cell: 'E8',
  row: 8,
  column: 5,
  message: 'В ячейке E8 "12,5": количество должно быть целым числом',
  hint: 'Укажите целое число',
  fix: { value: 12, label: 'Заменить на 12' },
  params: { value: '12,5', suggestion: 12 },
};

describe('JSON documents of the --json contract', () => {
  it('check: issues with exactly the listed keys, and counts', () => {
    const doc = checkJson([issue], { error: 1, warning: 0, info: 0 });
    expect(doc).toEqual({
      issues: [
        {
          code: 'value/not-integer',
          severity: 'error',
          sheet: 'СОШ № 1',
          cell: 'E8',
          row: 8,
          column: 5,
          message: issue.message,
        },
      ],
      counts: { error: 1, warning: 0, info: 0 },
    });
  });

  it('summary: only the keys the contract lists, shares as fractions', () => {
    const result: SummaryResult = {
      period: '2025',
      organizations: [
        {
          sheet: 'СОШ № 1',
          name: 'МБОУ «СОШ № 1»',
          values: { ped_total: 40, share_mentors: 0.2 },
          errors: 1,
          warnings: 0,
          excludedFrom: ['x'],
          evidence: { site_tab: 'https://sosh1.ru' },
        },
      ],
      indicators: [
        {
          id: 'share_mentors',
          code: null,
          title: 'Доля наставников',
          type: 'share',
          value: 0.184,
          numerator: 24,
          denominator: 130,
          schoolsCounted: 7,
          target: null,
          met: null,
          excluded: ['МБОУ «СОШ № 1»'],
          belowTarget: [],
        },
      ],
      skipped: [{ sheet: 'Инструкция', reason: 'лист пуст' }],
      notSubmitted: ['МБОУ «Гимназия № 2»'],
      fill: [],
      recommendations: [
        {
          organization: 'МБОУ «СОШ № 1»',
          code: 'doc_order',
          stage: 1,
          deficit: 'Нет приказа',
          figure: '0 / 1',
          text: 'Издать приказ',
          term: 'до 20 декабря',
        },
      ],
      issues: [issue],
    };
    const doc = summaryJson(result);
    expect(Object.keys(doc)).toEqual([
      'period',
      'organizations',
      'indicators',
      'skipped',
      'notSubmitted',
      'recommendations',
      'issues',
    ]);
    expect(doc.notSubmitted).toEqual(['МБОУ «Гимназия № 2»']);
    expect(doc.organizations[0]).toEqual({
      sheet: 'СОШ № 1',
      name: 'МБОУ «СОШ № 1»',
      values: { ped_total: 40, share_mentors: 0.2 },
      errors: 1,
      warnings: 0,
    });
    expect(Object.keys(doc.indicators[0])).toEqual([
      'id',
      'title',
      'type',
      'value',
      'numerator',
      'denominator',
      'schoolsCounted',
      'target',
      'met',
    ]);
    expect(doc.indicators[0].value).toBe(0.184);
    expect(doc.recommendations[0]).toEqual({
      organization: 'МБОУ «СОШ № 1»',
      code: 'doc_order',
      stage: 1,
      text: 'Издать приказ',
    });
    expect(Object.keys(doc.issues[0])).toEqual([
      'code',
      'severity',
      'sheet',
      'cell',
      'row',
      'column',
      'message',
    ]);
  });
});
