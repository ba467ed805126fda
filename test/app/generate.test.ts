import { describe, expect, it } from 'vitest';
import { generateRecommendations, generateSummary } from '../../src/app/generate';
import type { GeneratedKind, SheetModel } from '../../src/core/sheet/sheet-model';
import { draftRecommendations } from '../../src/core/recommendations/draft';
import type { SummaryResult } from '../../src/core/findings/analysis-result';
import { SCHOOL_1, smallMunicipality } from '../core/summary-sheet/small-municipality';
import { memoryWorkbook } from '../tools/memory-workbook';

const META = { generatedAt: '25.11.2025 14:30' };

function result(): SummaryResult {
  const base = smallMunicipality();
  return { ...base, recommendations: draftRecommendations(base) };
}

/** A memory workbook that also records every write. */
function recorded(sheets: Record<string, unknown[][]>, generated: Record<string, GeneratedKind> = {}) {
  const workbook = memoryWorkbook(sheets, { generated });
  const writes: { name: string; kind: GeneratedKind; model: SheetModel }[] = [];
  return {
    workbook: {
      ...workbook,
      writeGenerated(name: string, kind: GeneratedKind, model: SheetModel) {
        writes.push({ name, kind, model });
        workbook.writeGenerated(name, kind, model);
      },
    },
    memory: workbook,
    writes,
  };
}

const SCHOOL_TAB = [
  ['Код', 'Показатель', 'Значение'],
  ['1.1', 'Общая численность педагогических работников', 60],
];

describe('texts longer than the target holds', () => {
  it('are cut with a visible mark and reported as cell/too-long, on the target’s own limit', () => {
    const { workbook } = recorded({ 'СОШ № 1': SCHOOL_TAB });
    const small = { ...workbook, cellTextLimit: 60 };
    const { issues } = generateSummary(small, result(), META);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue).toMatchObject({ code: 'cell/too-long', severity: 'info', sheet: 'Сводная' });
      const written = workbook.readSheet('Сводная').values[issue.row - 1][issue.column - 1] as string;
      expect(written).toHaveLength(60);
      expect(written.endsWith('… (сокращено)')).toBe(true);
      expect(issue.params.length).toBeGreaterThan(60);
    }
    const recommendations = generateRecommendations(small, result(), META);
    expect(recommendations.issues.every((issue) => issue.code === 'cell/too-long')).toBe(true);
  });
});

describe('generateSummary', () => {
  it('writes «Сводная» as a generated sheet and touches nothing else', () => {
    const { workbook, memory, writes } = recorded({ 'СОШ № 1': SCHOOL_TAB });
    expect(generateSummary(workbook, result(), META)).toEqual({ sheet: 'Сводная', issues: [] });
    expect(writes.map((w) => [w.name, w.kind, w.model.name])).toEqual([['Сводная', 'summary', 'Сводная']]);
    expect(memory.readSheet('СОШ № 1').values).toEqual(SCHOOL_TAB);
    expect(memory.listSheets()).toEqual([
      { name: 'СОШ № 1', generated: null },
      { name: 'Сводная', generated: 'summary' },
    ]);
  });

  it("leaves a user's own «Сводная» alone and writes «Сводная (2)», replacing it next time", () => {
    const own = [['Мои заметки к совещанию']];
    const { workbook, memory, writes } = recorded({ Сводная: own });
    expect(generateSummary(workbook, result(), META).sheet).toBe('Сводная (2)');
    expect(generateSummary(workbook, result(), META).sheet).toBe('Сводная (2)');
    expect(writes.map((w) => w.name)).toEqual(['Сводная (2)', 'Сводная (2)']);
    expect(memory.readSheet('Сводная').values).toEqual(own);
    expect(memory.models['Сводная (2)'].name).toBe('Сводная (2)');
  });
});

describe('generateRecommendations', () => {
  it('creates «Рекомендации» from the drafts of the result', () => {
    const { workbook, writes, memory } = recorded({ 'СОШ № 1': SCHOOL_TAB });
    expect(generateRecommendations(workbook, result(), META)).toEqual({
      sheet: 'Рекомендации',
      added: 6,
      kept: 0,
      resolved: 0,
      issues: [],
    });
    expect(writes.map((w) => [w.name, w.kind])).toEqual([['Рекомендации', 'recommendations']]);
    expect(memory.reads['Рекомендации']).toBeUndefined();
  });

  it('reads the marked sheet back and merges: edits kept, new and resolved counted, other sheets untouched', () => {
    const { workbook, memory } = recorded({ 'СОШ № 1': SCHOOL_TAB });
    generateRecommendations(workbook, result(), META);
    const sheet = memory.readSheet('Рекомендации').values.map((row) => row.slice());
    const header = sheet[2];
    const textColumn = header.indexOf('Рекомендация (черновик)');
    const deficitColumn = header.indexOf('Выявленный дефицит');
    const orderRow = sheet.findIndex((row) =>
      String(row[deficitColumn]).startsWith('Нет приказа о внедрении'),
    );
    sheet[orderRow][textColumn] = 'Текст, согласованный с директором';
    const edited = memoryWorkbook(
      { 'СОШ № 1': SCHOOL_TAB, Рекомендации: sheet },
      { generated: { Рекомендации: 'recommendations' } },
    );

    const later = result();
    const fewer = {
      ...later,
      recommendations: later.recommendations.filter((r) => r.code !== 'doc_roadmap'),
    };
    const outcome = generateRecommendations(edited, fewer, { generatedAt: '02.12.2025 09:00' });
    expect(outcome).toEqual({ sheet: 'Рекомендации', added: 0, kept: 5, resolved: 1, issues: [] });
    expect(edited.reads['Рекомендации']).toBe(1);
    const cells = edited.models['Рекомендации'].cells.map((row) => row.map((c) => c.value));
    expect(cells.find((row) => row[1] === 'Нет приказа о внедрении целевой модели наставничества')?.[3]).toBe(
      'Текст, согласованный с директором',
    );
    expect(cells.find((row) => String(row[1]).startsWith('Нет дорожной карты'))?.[6]).toBe('устранено');
    expect(edited.readSheet('СОШ № 1').values).toEqual(SCHOOL_TAB);
    expect(Object.keys(edited.models)).toEqual(['Рекомендации']);
  });

  it("never reads or replaces a user's own «Рекомендации»", () => {
    const own = [
      ['ОО', 'Рекомендация'],
      [SCHOOL_1, 'Мой собственный список'],
    ];
    const { workbook, memory, writes } = recorded({ Рекомендации: own });
    expect(generateRecommendations(workbook, result(), META).sheet).toBe('Рекомендации (2)');
    expect(memory.reads['Рекомендации']).toBeUndefined();
    expect(memory.readSheet('Рекомендации').values).toEqual(own);
    expect(writes.map((w) => w.name)).toEqual(['Рекомендации (2)']);
  });
});
