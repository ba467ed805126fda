import { describe, expect, it } from 'vitest';
import { CAP_PER_SHEET, CAP_TOTAL, countsLine, issueReportLines } from '../../src/cli/issue-report';
import type { Issue } from '../../src/core/issue';

function fioIssue(row: number): Issue {
  return {
    code: 'fio/initials',
    severity: 'warning',
    sheet: 'База наставников',
    cell: `B${row}`,
    row,
    column: 2,
    message: `В ячейке B${row} "Иванова А.П.": указаны только инициалы`,
    hint: 'Укажите фамилию, имя и отчество полностью',
    params: { value: 'Иванова А.П.' },
  };
}

describe('the human check report', () => {
  it('says there is nothing to fix in so many words', () => {
    expect(countsLine({ error: 0, warning: 0, info: 0 })).toBe(
      'Замечаний нет: ошибок и предупреждений не найдено.',
    );
    expect(countsLine({ error: 1, warning: 3, info: 5 })).toBe("1 ошибка, 3 предупреждения, 5 замечаний по оформлению");
  });

  it('counts per code, lists issues with hints and states the cap', () => {
    const issues = Array.from({ length: CAP_PER_SHEET + 5 }, (_, i) => fioIssue(i + 2));
    const lines = issueReportLines(issues);
    expect(lines).toContain(`  fio/initials  ${CAP_PER_SHEET + 5}`);
    expect(lines).toContain('Лист «База наставников» — 25 предупреждений:');
    expect(lines.filter((line) => line.includes('указаны только инициалы'))).toHaveLength(CAP_PER_SHEET);
    expect(lines.some((line) => line.trim() === '→ Укажите фамилию, имя и отчество полностью')).toBe(true);
    expect(lines[lines.length - 1]).toBe(
      `  … показаны первые ${CAP_PER_SHEET} из ${CAP_PER_SHEET + 5}; полный список — с ключом --json`,
    );
  });
});

describe('the overall cap', () => {
  it('stops listing after CAP_TOTAL issues and says how many there are on how many sheets', () => {
    const issues: Issue[] = [];
    for (let s = 1; s <= 15; s++) {
      for (let r = 0; r < 15; r++)
        issues.push({ ...fioIssue(r + 2), sheet: `СОШ № ${s}`, code: 'cell/required', severity: 'error' });
    }
    const lines = issueReportLines(issues);
    expect(lines.filter((line) => line.includes('только инициалы'))).toHaveLength(CAP_TOTAL);
    expect(lines[lines.length - 1]).toBe(
      `Всего показано ${CAP_TOTAL} из 225 (листов с замечаниями: 15); полный список — с ключом --json`,
    );
  });
});
