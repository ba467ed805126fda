import { describe, it, expect } from 'vitest';
import { buildReport, reportSummaryLine } from '../../src/core/report';
import type { Issue, IssueCode, Severity } from '../../src/core/issue';
import { a1 } from '../../src/core/a1';

function issue(sheet: string, row: number, column: number, code: IssueCode, severity: Severity): Issue {
  return { code, severity, sheet, cell: a1(row, column), row, column, message: `В ячейке ${a1(row, column)}: ${code}` };
}

describe('buildReport', () => {
  const issues = [
    issue('СОШ № 2', 7, 5, 'value/not-integer', 'error'),
    issue('База наставников', 12, 2, 'fio/initials', 'warning'),
    issue('СОШ № 2', 3, 5, 'cell/required', 'error'),
    issue('База наставников', 4, 7, 'form/nonstandard', 'info'),
    issue('База наставников', 4, 2, 'fio/case', 'info'),
  ];

  it('counts per severity and per code, codes in order', () => {
    const report = buildReport(issues);
    expect(report.counts).toEqual({ error: 2, warning: 1, info: 2 });
    expect(Object.entries(report.byCode)).toEqual([
      ['cell/required', 1], ['fio/case', 1], ['fio/initials', 1], ['form/nonstandard', 1], ['value/not-integer', 1],
    ]);
  });

  it('lists sheets in order of first appearance, then by row and column', () => {
    const report = buildReport(issues);
    expect(report.listed.map((each) => `${each.sheet}!${each.cell}`)).toEqual([
      'СОШ № 2!E3', 'СОШ № 2!E7', 'База наставников!B4', 'База наставников!G4', 'База наставников!B12',
    ]);
    expect(report).toMatchObject({ capped: false, cap: 200, omitted: 0, cappedSheets: [] });
  });

  it('caps the list per sheet, keeps counting, and says so', () => {
    const many = [
      ...Array.from({ length: 523 }, (_, i) => issue('База наставников', i + 3, 2, 'fio/case', 'info')),
      ...Array.from({ length: 5 }, (_, i) => issue('СОШ № 1', i + 6, 5, 'cell/required', 'error')),
    ];
    const report = buildReport(many);
    expect(report.listed).toHaveLength(205);
    expect(report.listed[199].row).toBe(202);
    expect(report).toMatchObject({ capped: true, cap: 200, omitted: 323, cappedSheets: [{ sheet: 'База наставников', total: 523 }] });
    expect(report.counts.info).toBe(523);
    expect(reportSummaryLine(report)).toBe(
      'Найдено: 5 ошибок, 0 предупреждений, 523 замечания. Показаны первые 200 из 523 по листу «База наставников».',
    );
  });

  it('takes the cap from the options', () => {
    const report = buildReport(issues, { capPerSheet: 1 });
    expect(report.listed.map((each) => each.cell)).toEqual(['E3', 'B4']);
    expect(report.omitted).toBe(3);
  });
});

describe('reportSummaryLine', () => {
  it('agrees the nouns with the numbers', () => {
    const line = reportSummaryLine(buildReport([
      ...Array.from({ length: 3 }, (_, i) => issue('База наставников', i + 3, 2, 'fio/format', 'error')),
      ...Array.from({ length: 5 }, (_, i) => issue('База наставников', i + 3, 3, 'org/unknown', 'warning')),
      ...Array.from({ length: 2 }, (_, i) => issue('База наставников', i + 3, 4, 'cell/whitespace', 'info')),
    ]));
    expect(line).toBe('Найдено: 3 ошибки, 5 предупреждений, 2 замечания.');
    expect(reportSummaryLine(buildReport([issue('СОШ № 1', 6, 5, 'value/flag', 'error')]))).toBe('Найдено: 1 ошибка, 0 предупреждений, 0 замечаний.');
  });

  it('never reads as a silent success when nothing was found', () => {
    expect(reportSummaryLine(buildReport([]))).toBe('Ошибок, предупреждений и замечаний не найдено.');
  });
});
