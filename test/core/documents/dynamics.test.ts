/**
 * The reports' section on dynamics against the previous period (docs/domain.md#documents): built from the
 * sheet «Прошлый период» the way the add-on's «Создать справку и письма» reads the workbook, present in both
 * reports with municipal figures only, absent when there is no previous period.
 */
import { describe, expect, it } from 'vitest';
import { makeDocuments } from '../../../src/app/documents';
import { summarise } from '../../../src/app/summarise';
import { plainText, type Block, type DocModel } from '../../../src/core/documents/doc-model';
import { longCsvHeader } from '../../../src/core/long-format/long-csv';
import { generateMunicipality } from '../../../src/demo/municipality';
import { memoryWorkbook } from '../../tools/memory-workbook';

const HEADER = longCsvHeader().split(',');
const HEADING = 'Динамика по сравнению с прошлым периодом (2024/2025)';

function municipalRow(id: string, type: string, value: unknown, schools: unknown = ''): unknown[] {
  const row: Record<string, unknown> = {
    schools_counted: schools,
    period: '2024/2025',
    municipality: 'Сосновский район',
    level: 'municipality',
    indicator_id: id,
    indicator_title: id,
    type,
    value,
    status: 'counted',
  };
  return HEADER.map((name) => row[name] ?? '');
}

function demoSheets(): Record<string, unknown[][]> {
  return Object.fromEntries(
    generateMunicipality({ seed: 3, orgs: 3 }).sheets.map((sheet) => [sheet.name, sheet.values]),
  );
}

function documentsOf(sheets: Record<string, unknown[][]>) {
  const workbook = memoryWorkbook(sheets);
  const summarised = summarise(workbook);
  return { summarised, ...makeDocuments(workbook, summarised, { generatedAt: '01.12.2025' }).documents };
}

/** The text is compared with plain spaces: the figures keep their units by no-break spaces. */
const spaced = (model: DocModel) => plainText(model).replace(/\u00a0/g, ' ');

function sectionHeadings(model: DocModel): string[] {
  return model.blocks.flatMap((block: Block) =>
    block.kind === 'heading' && block.level === 2 ? [block.text] : [],
  );
}

function dynamicsRows(model: DocModel): string[][] {
  const at = model.blocks.findIndex((block) => block.kind === 'heading' && block.text.includes(HEADING));
  const table = model.blocks.slice(at + 1).find((block) => block.kind !== 'paragraph');
  if (table?.kind !== 'table') throw new Error('no table after the dynamics heading');
  return table.rows.map((row) => [...row]);
}

describe('dynamics in the analytical report', () => {
  const withPrevious = {
    ...demoSheets(),
    'Прошлый период': [
      HEADER,
      municipalRow('ped_total', 'count', 80),
      municipalRow('share_mentors', 'share', 0.05),
    ],
  };

  it('shows last period, this period and the change of each municipal figure, «—» where last period lacks it', () => {
    const { summarised, report } = documentsOf(withPrevious);
    const mentors = summarised.result.indicators.find((indicator) => indicator.id === 'share_mentors')!;
    const total = summarised.result.indicators.find((indicator) => indicator.id === 'ped_total')!;
    expect(sectionHeadings(report)).toContain(`5. ${HEADING}`);
    const rows = dynamicsRows(report);
    expect(rows[0]).toEqual(['Показатель', 'Прошлый период', 'Текущий период', 'Изменение']);
    const row = (title: string) =>
      rows.find((line) => line[0] === title)!.map((cell) => cell.replace(/\u00a0/g, ' '));
    const points = ((mentors.value as number) - 0.05) * 100;
    const sign = points > 0 ? '+' : '−';
    expect(row(mentors.title)[1]).toBe('5 %');
    expect(row(mentors.title)[3]).toBe(`${sign}${Math.abs(points).toFixed(1).replace('.', ',')} п. п.`);
    const totalChange = (total.value as number) - 80;
    expect(row(total.title)[1]).toBe('80');
    expect(row(total.title)[3]).toBe(
      `${totalChange > 0 ? '+' : totalChange < 0 ? '−' : ''}${Math.abs(totalChange)}`,
    );
    const other = rows.find(
      (line) => line[0] !== 'Показатель' && line[0] !== mentors.title && line[0] !== total.title,
    )!;
    expect([other[1], other[3]]).toEqual(['—', '—']);
  });

  it('says what moved most once in the whole report', () => {
    const { report } = documentsOf(withPrevious);
    const text = spaced(report);
    const sentence = 'По сравнению с прошлым периодом (2024/2025) сильнее всего изменилась: доля наставников';
    expect(text).toContain(sentence);
    expect(text.split('По сравнению с прошлым периодом').length - 1).toBe(1);
  });

  it('is in the report for publication too, which still names no school', () => {
    const { summarised, publicReport } = documentsOf(withPrevious);
    expect(sectionHeadings(publicReport)).toContain(`5. ${HEADING}`);
    const text = plainText(publicReport);
    expect(summarised.result.organizations.length).toBe(3);
    for (const org of summarised.result.organizations) expect(text).not.toContain(org.name);
  });

  it('is not there without a previous period, and the sections keep their numbers', () => {
    const { report, publicReport } = documentsOf(demoSheets());
    expect(plainText(report)).not.toContain('Динамика');
    expect(plainText(publicReport)).not.toContain('Динамика');
    expect(sectionHeadings(report).map((text) => text.split(' ')[0])).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      '6.',
      '7.',
      '8.',
      '9.',
    ]);
    expect(sectionHeadings(report)[4]).toBe('5. Ключевые показатели по ОО');
    expect(sectionHeadings(publicReport).map((text) => text.split(' ')[0])).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      '6.',
      '7.',
      '8.',
    ]);
  });

  it('says when the periods count different numbers of schools, and says nothing when they count the same', () => {
    const differing = {
      ...demoSheets(),
      'Прошлый период': [
        HEADER,
        municipalRow('ped_total', 'count', 80, 2),
        municipalRow('share_mentors', 'share', 0.05, 2),
      ],
    };
    const { publicReport } = documentsOf(differing);
    const text = spaced(publicReport);
    expect(text).toMatch(
      /Значения периодов рассчитаны по разному числу ОО: за \S+ год — 3 ОО, за 2024\/2025 учебный год — 2 ОО/,
    );
    const same = {
      ...demoSheets(),
      'Прошлый период': [HEADER, municipalRow('ped_total', 'count', 80, 3)],
    };
    expect(spaced(documentsOf(same).publicReport)).not.toContain('по разному числу ОО');
  });
});
