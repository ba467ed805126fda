import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/app/analyse';
import type { Workbook } from '../../src/app/workbook';
import { generateMunicipality, type DemoSheet } from '../../src/demo/municipality';

function memoryWorkbook(sheets: readonly DemoSheet[]): Workbook {
  return {
    cellTextLimit: 50000,
    listSheets: () => sheets.map((sheet) => ({ name: sheet.name, generated: null })),
    readSheet: (name) => {
      const sheet = sheets.find((s) => s.name === name)!;
      return { name, values: sheet.values, numberFormats: sheet.numberFormats, merges: sheet.merges };
    },
    readMerges: (name) => sheets.find((s) => s.name === name)!.merges ?? [],
    readNumberFormats: (name) => sheets.find((s) => s.name === name)!.numberFormats ?? [],
    writeGenerated: () => {
      throw new Error('read only');
    },
    createSheet: () => {
      throw new Error('read only');
    },
  };
}

/** Planted cases the check reports as notes (info), not as mistakes. */
const NOTES = new Set(['indicator/title-variant', 'row/total']);

const key = (i: { sheet: string; cell: string; code: string }) => `${i.sheet}!${i.cell} ${i.code}`;

describe('generateMunicipality', () => {
  it('gives the same workbook for the same seed and another one for another seed', () => {
    const a = generateMunicipality({ seed: 42 });
    const b = generateMunicipality({ seed: 42 });
    const c = generateMunicipality({ seed: 43 });
    expect(b).toEqual(a);
    expect(c.sheets.map((s) => s.values)).not.toEqual(a.sheets.map((s) => s.values));
  });

  it('has the instructions, «Показатели», «Параметры», «База наставников» and one tab per school', () => {
    const { sheets } = generateMunicipality({ seed: 1, orgs: 5 });
    expect(sheets.map((s) => s.name).slice(0, 4)).toEqual([
      'Инструкция',
      'Показатели',
      'Параметры',
      'База наставников',
    ]);
    // A corrected copy is planted only among seven schools or more.
    expect(sheets).toHaveLength(4 + 5);
    expect(new Set(sheets.map((s) => s.name)).size).toBe(sheets.length);
    const tab = sheets[4].values;
    expect(tab[0][0]).toBe('Мониторинг реализации целевой модели наставничества');
    expect(tab[1][0]).toBe('Образовательная организация:');
    expect(String(tab[1][1])).toMatch(/^М[БКА]ОУ «.+»$/);
  });

  it('writes real-looking ФИО with matching gender and mentors from the schools that have tabs', () => {
    const { sheets } = generateMunicipality({ seed: 3, orgs: 6, plantDefects: false });
    const base = sheets
      .find((s) => s.name === 'База наставников')!
      .values.slice(1)
      .filter((row) => row[1]);
    const schools = sheets
      .slice(3)
      .map((s) => String(s.values[1][1]).replace(/[«»"]/g, '').replace(/№\s*/g, '№ '));
    for (const row of base) {
      const [surname, name, patronymic] = String(row[1]).split(' ');
      expect(row[1]).toMatch(/^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/);
      if (/на$/.test(patronymic)) expect(surname).toMatch(/(а|ая|ко|ук|ых)$/);
      else expect(patronymic).toMatch(/(вич|ич)$/);
      expect(name.length).toBeGreaterThan(2);
      expect(schools).toContain(String(row[2]).replace(/[«»"]/g, '').replace(/№\s*/g, '№ '));
    }
    expect(base.length).toBeGreaterThanOrEqual(6 * 4);
    expect(base.length).toBeLessThanOrEqual(6 * 6);
  });

  it('lets the engine find exactly the planted mistakes and nothing else', () => {
    for (const seed of [1, 2, 2025]) {
      const demo = generateMunicipality({ seed });
      const { result } = analyse(memoryWorkbook(demo.sheets));
      const found = result.issues
        .filter((i) => i.severity !== 'info')
        .map(key)
        .sort();
      const planted = demo.planted.filter((p) => !NOTES.has(p.code));
      expect(found).toEqual(planted.map(key).sort());
      // The notes planted on purpose (a reworded title, a total row) are there too.
      const notes = result.issues.filter((i) => i.severity === 'info').map(key);
      for (const note of demo.planted.filter((p) => NOTES.has(p.code))) expect(notes).toContain(key(note));
    }
  });

  it('plants a corrected copy of a tab: the copy is counted, the stale original skipped with the reason', () => {
    const demo = generateMunicipality({ seed: 2 });
    const copy = demo.sheets[demo.sheets.length - 1];
    const original = copy.name.replace(' (исправленный)', '');
    const { result } = analyse(memoryWorkbook(demo.sheets));
    expect(result.organizations.map((o) => o.sheet)).toContain(copy.name);
    expect(result.skipped.find((s) => s.sheet === original)?.reason).toMatch(/меньше показателей с ошибками/);
  });

  it('plants each kind of typical mistake', () => {
    const { planted } = generateMunicipality({ seed: 9 });
    expect(planted.map((p) => p.code).sort()).toEqual([
      'cell/formula-error',
      'cell/required',
      'cross/mentor-count-mismatch',
      'fio/initials',
      'fio/mixed-script',
      'form/nonstandard',
      'indicator/title-variant',
      'logic/part-exceeds-total',
      'org/unknown',
      'row/total',
      'value/annotated',
      'value/not-integer',
    ]);
  });

  it('gives a workbook without errors when asked not to plant mistakes', () => {
    const demo = generateMunicipality({ seed: 5, orgs: 12, plantDefects: false });
    const { result } = analyse(memoryWorkbook(demo.sheets));
    expect(demo.planted).toEqual([]);
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(result.organizations).toHaveLength(12);
    expect(result.skipped.map((s) => s.sheet)).toEqual(['Инструкция']);
  });

  it('keeps tabs that drifted from the template readable (extra title row, no «Ед. изм.»)', () => {
    const demo = generateMunicipality({ seed: 4, orgs: 8 });
    // The last two schools' tabs, before the corrected copy at the end.
    const noUnit = demo.sheets[demo.sheets.length - 2];
    expect(noUnit.values.some((row) => row.includes('Ед. изм.'))).toBe(false);
    const extraTitle = demo.sheets[demo.sheets.length - 3];
    expect(extraTitle.values[5]).toContain('Код');
    const { result } = analyse(memoryWorkbook(demo.sheets));
    expect(result.organizations.map((o) => o.sheet)).toEqual(
      expect.arrayContaining([noUnit.name, extraTitle.name]),
    );
  });

  // How fast it is, is the benchmark's to say (npm run bench builds the same municipality).
  it('scales to 300 schools and 10 000 base rows', () => {
    const demo = generateMunicipality({ seed: 11, orgs: 300, baseRows: 10_000 });
    const base = demo.sheets.find((s) => s.name === 'База наставников')!;
    expect(base.values.slice(1).filter((row) => row[1]).length).toBe(10_000);
    // Four sheets of the coordinator, 300 tabs and one corrected copy.
    expect(demo.sheets).toHaveLength(305);
  });
});
