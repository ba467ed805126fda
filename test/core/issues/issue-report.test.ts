import { describe, it, expect } from 'vitest';
import {
  buildReport,
  countsPhrase,
  severityCounts,
  sortBySheet,
} from '../../../src/core/issues/issue-report';
import { createIssue, type Issue, type IssueCode, type Severity } from '../../../src/core/issues/issue';
import { a1 } from '../../../src/core/sheet/a1';

function issue(
  sheet: string,
  row: number,
  column: number,
  code: IssueCode,
  severity: Severity,
  fixed = false,
): Issue {
  const text = { message: `В ячейке ${a1(row, column)}: ${code}` };
  return createIssue(code, { sheet, row, column }, text, {
    severity,
    ...(fixed ? { fix: { value: 'x', label: 'Исправить' } } : {}),
  });
}

describe('buildReport', () => {
  const issues = [
    issue('СОШ № 2', 7, 5, 'value/not-integer', 'error'),
    issue('База наставников', 12, 2, 'fio/initials', 'warning'),
    issue('СОШ № 2', 3, 5, 'cell/required', 'error'),
    issue('База наставников', 4, 7, 'form/nonstandard', 'info', true),
    issue('База наставников', 4, 2, 'fio/case', 'info', true),
    issue('База наставников', 9, 2, 'fio/case', 'info', true),
  ];

  it('counts per severity and per code, the most frequent code first', () => {
    const report = buildReport(issues);
    expect(report.counts).toEqual({ error: 2, warning: 1, info: 3 });
    expect(report.byCode).toEqual([
      { code: 'fio/case', count: 2 },
      { code: 'cell/required', count: 1 },
      { code: 'fio/initials', count: 1 },
      { code: 'form/nonstandard', count: 1 },
      { code: 'value/not-integer', count: 1 },
    ]);
  });

  it('lists sheets in workbook order (others after, as they come), then by row and column', () => {
    const report = buildReport(issues, { sheetOrder: ['База наставников', 'СОШ № 1', 'СОШ № 2'] });
    expect(report.listed.map((each) => `${each.sheet}!${each.cell}`)).toEqual([
      'База наставников!B4',
      'База наставников!G4',
      'База наставников!B9',
      'База наставников!B12',
      'СОШ № 2!E3',
      'СОШ № 2!E7',
    ]);
    expect(buildReport(issues).groups.map((group) => group.sheet)).toEqual(['СОШ № 2', 'База наставников']);
    expect(report).toMatchObject({ omitted: 0, cappedSheets: [], cutByTotal: false });
  });

  it('puts errors first over the whole list when asked (the sidebar)', () => {
    const report = buildReport(issues, { severityFirst: true, sheetOrder: ['База наставников', 'СОШ № 2'] });
    expect(report.listed.map((each) => each.severity)).toEqual([
      'error',
      'error',
      'warning',
      'info',
      'info',
      'info',
    ]);
    expect(report.listed[0].cell).toBe('E3');
  });

  it('caps per sheet and in all, keeps counting, and says which sheets were cut', () => {
    const many = [
      ...Array.from({ length: 523 }, (_, i) => issue('База наставников', i + 3, 2, 'fio/case', 'info')),
      ...Array.from({ length: 5 }, (_, i) => issue('СОШ № 1', i + 6, 5, 'cell/required', 'error')),
    ];
    const report = buildReport(many, { perSheet: 200 });
    expect(report.listed).toHaveLength(205);
    expect(report.listed[199].row).toBe(202);
    expect(report).toMatchObject({ omitted: 323, cappedSheets: ['База наставников'], cutByTotal: false });
    expect(report.counts.info).toBe(523);
    expect(report.groups[0]).toMatchObject({ sheet: 'База наставников', total: 523 });
    const total = buildReport(many, { perSheet: 200, total: 202 });
    expect(total.listed).toHaveLength(202);
    expect(total.cutByTotal).toBe(true);
    expect(total.groups.map((group) => group.listed.length)).toEqual([200, 2]);
  });

  it('counts the fixable issues of each code per sheet, listed or not', () => {
    const report = buildReport(issues, { total: 1 });
    const base = report.groups.find((group) => group.sheet === 'База наставников');
    expect(base?.fixable.get('fio/case')).toBe(2);
    expect(base?.fixable.get('fio/initials')).toBeUndefined();
  });
});

describe('counting and ordering helpers', () => {
  it('agrees the nouns with the numbers and leaves out what is zero', () => {
    expect(countsPhrase({ error: 1, warning: 0, info: 5 })).toBe('1 ошибка, 5 замечаний по оформлению');
    expect(countsPhrase({ error: 3, warning: 2, info: 21 })).toBe(
      '3 ошибки, 2 предупреждения, 21 замечание по оформлению',
    );
    expect(countsPhrase({ error: 0, warning: 0, info: 0 })).toBe('');
  });

  it('counts by severity and sorts a sheet by row, then column, keeping the order of one cell', () => {
    const a = issue('Л', 2, 3, 'fio/case', 'info');
    const b = issue('Л', 2, 3, 'fio/format', 'error');
    const c = issue('Л', 1, 9, 'cell/required', 'error');
    expect(severityCounts([a, b, c])).toEqual({ error: 2, warning: 0, info: 1 });
    expect(sortBySheet([a, b, c])).toEqual([c, a, b]);
  });
});
