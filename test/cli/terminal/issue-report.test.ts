import { describe, expect, it } from 'vitest';
import {
  CAP_TOTAL,
  countsLine,
  issueReportLines,
  readingLines,
} from '../../../src/cli/terminal/issue-report';
import { createIssue, type Issue, type IssueCode, type Severity } from '../../../src/core/issues/issue';
import { ISSUE_CODES } from '../../../src/core/issues/rules';

function issue(sheet: string, row: number, code: IssueCode, severity: Severity, message: string): Issue {
  return createIssue(
    code,
    { sheet, row, column: 2 },
    { message, hint: 'Что сделать: исправьте значение' },
    { severity },
  );
}

const mixed = [
  ...Array.from({ length: 30 }, (_, i) =>
    issue('База наставников', i + 3, 'fio/case', 'info', `строчные буквы ${i + 3}`),
  ),
  issue('База наставников', 40, 'fio/initials', 'warning', 'инициалы'),
  issue('СОШ № 2', 7, 'value/not-integer', 'error', 'дробное количество'),
  issue('СОШ № 2', 9, 'indicator/title-variant', 'info', 'другое название'),
];

describe('the human check report', () => {
  it('says there is nothing to fix in so many words, and leaves zero counts out', () => {
    expect(countsLine({ error: 0, warning: 0, info: 0 })).toBe('Ошибок и предупреждений не найдено.');
    expect(countsLine({ error: 1, warning: 0, info: 5 })).toBe('1 ошибка, 5 замечаний по оформлению');
  });

  it('lists errors first by school, then warnings, and ends with a line per sheet', () => {
    const lines = issueReportLines(mixed, { schools: new Map([['СОШ № 2', 'МБОУ «СОШ № 2»']]) });
    const errors = lines.indexOf('Ошибки:');
    const warnings = lines.indexOf('Предупреждения:');
    expect(errors).toBeGreaterThan(0);
    expect(errors).toBeLessThan(warnings);
    expect(lines[errors + 1]).toBe('  ОО: МБОУ «СОШ № 2» (лист «СОШ № 2»):');
    expect(lines[errors + 2]).toMatch(/^ {4}B7 +дробное количество$/);
    expect(lines[warnings + 1]).toBe('  лист «База наставников»:');
    expect(lines.some((line) => line.trim() === '→ Что сделать: исправьте значение')).toBe(true);
    expect(lines.slice(-3)).toEqual([
      'По листам:',
      '  лист «База наставников» — 1 предупреждение, 30 замечаний по оформлению',
      '  лист «СОШ № 2» — 1 ошибка, 1 замечание по оформлению',
    ]);
  });

  it('gives formatting notes one line per sheet, and lists them one by one only with --verbose', () => {
    const short = issueReportLines(mixed);
    expect(short.filter((line) => line.includes('строчные буквы'))).toEqual([]);
    const infos = short.indexOf('Оформление:');
    expect(short.slice(infos + 1, infos + 4)).toEqual([
      '  лист «База наставников» — замечаний по оформлению: 30',
      '  лист «СОШ № 2» — замечаний по оформлению: 1',
      'Замечания по оформлению перечислены по одному — с ключом --verbose.',
    ]);
    const verbose = issueReportLines(mixed, { verbose: true });
    expect(verbose.filter((line) => line.includes('строчные буквы'))).toHaveLength(30);
    expect(verbose).not.toContain('Замечания по оформлению перечислены по одному — с ключом --verbose.');
  });

  it('prints no internal issue code: kinds are named by their rule titles', () => {
    const lines = issueReportLines(mixed, { verbose: true }).join('\n');
    for (const code of ISSUE_CODES) expect([code, lines.includes(code)]).toEqual([code, false]);
    expect(lines).toContain('Название показателя отличается от перечня');
  });

  it('cuts the list after sorting, so the errors are always in it, and says so', () => {
    const issues = [
      ...Array.from({ length: CAP_TOTAL + 50 }, (_, i) =>
        issue('База наставников', i + 3, 'fio/case', 'info', `строчные буквы ${i}`),
      ),
      issue('СОШ № 9', 5, 'cell/required', 'error', 'пусто'),
    ];
    const lines = issueReportLines(issues, { verbose: true });
    expect(lines.filter((line) => line.includes('строчные буквы'))).toHaveLength(CAP_TOTAL - 1);
    expect(lines.some((line) => /^ {4}B5 +пусто$/.test(line))).toBe(true);
    expect(lines).toContain(
      `Показаны первые ${CAP_TOTAL} из ${CAP_TOTAL + 51} (сначала ошибки); полный список — с ключом --json`,
    );
  });

  it('opens with what was read, and says why a figure is not computed', () => {
    const lines = readingLines({
      tabs: [
        { sheet: 'СОШ 1', name: 'СОШ 1', matchedRows: 17, unreadRows: 1 },
        { sheet: 'СОШ 2', name: 'СОШ 2', matchedRows: 16, unreadRows: 0 },
      ],
      notSubmitted: ['МБОУ «СОШ № 3»'],
      notComputed: [
        {
          title: 'Доля наставников в общем количестве педагогических работников',
          why: {
            input: 'ped_total',
            inputTitle: 'Общая численность педагогических работников',
            nearestRows: ['Кадры (физ. лица)'],
          },
        },
      ],
    });
    expect(lines).toEqual([
      'Прочитано листов ОО: 2; строк показателей распознано: 33, не распознано (значения не учтены): 1.',
      'Не представлены данные, ОО с листа «Список ОО»: 1',
      '  МБОУ «СОШ № 3»',
      '',
      'Показатели муниципалитета, которые не рассчитаны:',
      '  Показатель «Доля наставников в общем количестве педагогических работников» не рассчитан: ' +
        'ни на одном листе не найдена строка «Общая численность педагогических работников» ' +
        '(ближайшие строки: «Кадры (физ. лица)»).',
    ]);
  });
});
