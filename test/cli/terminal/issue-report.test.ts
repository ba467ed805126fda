import { describe, expect, it } from 'vitest';
import { CAP_TOTAL, countsLine, issueReportLines } from '../../../src/cli/terminal/issue-report';
import { createIssue, type Issue, type IssueCode, type Severity } from '../../../src/core/issues/issue';

function issue(sheet: string, row: number, code: IssueCode, severity: Severity, message: string): Issue {
  return createIssue(
    code,
    { sheet, row, column: 2 },
    { message, hint: 'Что сделать: исправьте значение' },
    { severity },
  );
}

describe('the human check report', () => {
  it('says there is nothing to fix in so many words, and leaves zero counts out', () => {
    expect(countsLine({ error: 0, warning: 0, info: 0 })).toBe('Ошибок и предупреждений не найдено.');
    expect(countsLine({ error: 1, warning: 0, info: 5 })).toBe('1 ошибка, 5 замечаний по оформлению');
  });

  it('lists errors first, whatever sheet they are on, and ends with a line per sheet', () => {
    const issues = [
      ...Array.from({ length: 30 }, (_, i) =>
        issue('База наставников', i + 3, 'fio/case', 'info', `регистр ${i + 3}`),
      ),
      issue('База наставников', 40, 'fio/initials', 'warning', 'инициалы'),
      issue('СОШ № 2', 7, 'value/not-integer', 'error', 'дробное количество'),
    ];
    const lines = issueReportLines(issues);
    const errors = lines.indexOf('Ошибки:');
    const warnings = lines.indexOf('Предупреждения:');
    const infos = lines.indexOf('Оформление:');
    expect(errors).toBeGreaterThan(0);
    expect(errors).toBeLessThan(warnings);
    expect(warnings).toBeLessThan(infos);
    expect(lines[errors + 1]).toMatch(/^ {2}«СОШ № 2»!B7 +дробное количество$/);
    expect(lines.some((line) => line.trim() === '→ Что сделать: исправьте значение')).toBe(true);
    expect(lines.slice(-3)).toEqual([
      'По листам:',
      '  лист «База наставников» — 1 предупреждение, 30 замечаний по оформлению',
      '  лист «СОШ № 2» — 1 ошибка',
    ]);
  });

  it('cuts the list after sorting, so the errors are always in it, and says so', () => {
    const issues = [
      ...Array.from({ length: CAP_TOTAL + 50 }, (_, i) =>
        issue('База наставников', i + 3, 'fio/case', 'info', `регистр ${i}`),
      ),
      issue('СОШ № 9', 5, 'cell/required', 'error', 'пусто'),
    ];
    const lines = issueReportLines(issues);
    expect(lines.filter((line) => line.includes('регистр'))).toHaveLength(CAP_TOTAL - 1);
    expect(lines.some((line) => line.includes('«СОШ № 9»!B5'))).toBe(true);
    expect(lines).toContain(
      `Показаны первые ${CAP_TOTAL} из ${CAP_TOTAL + 51} (сначала ошибки); полный список — с ключом --json`,
    );
  });
});
