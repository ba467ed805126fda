/**
 * The regional analytical report (the roll-up of docs/domain.md#long-format; docs/domain.md#documents by
 * analogy) from three small demo municipalities summarised as the command line summarises them:
 * municipalities are its units, its figures are the roll-up's, and its public version names no school and no
 * municipality.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/app/summarise';
import { plainText, type TableBlock } from '../../../src/core/documents/doc-model';
import { buildRegionalDocuments } from '../../../src/core/documents/documents';
import { regionalDocumentInput, type MunicipalReportBook } from '../../../src/core/documents/regional-input';
import { formatCount } from '../../../src/core/format/count';
import { formatRoundPercent } from '../../../src/core/format/percent';
import { rollup } from '../../../src/core/rollup/rollup';
import { generateMunicipality } from '../../../src/demo/municipality';
import { memoryWorkbook } from '../../tools/memory-workbook';

const NAMES = ['Сосновский район', 'Берёзовский муниципальный округ', 'Город Ижевск'];

function book(municipality: string, seed: number) {
  const sheets = generateMunicipality({ seed, orgs: 3 }).sheets;
  const summarised = summarise(
    memoryWorkbook(Object.fromEntries(sheets.map((sheet) => [sheet.name, sheet.values]))),
  );
  const entry: MunicipalReportBook = {
    municipality,
    source: `${municipality}.xlsx`,
    result: summarised.result,
    parameters: summarised.analysis.parameters,
  };
  return { entry, catalogue: summarised.analysis.catalogue };
}

const books = NAMES.map((name, i) => book(name, 41 + i));
const input = regionalDocumentInput(
  books.map((each) => each.entry),
  books[0].catalogue,
  '02.12.2026',
);
const documents = buildRegionalDocuments(input);
const internal = plainText(documents.report);
const published = plainText(documents.publicReport);
const schools = books.flatMap((each) => each.entry.result.organizations.map((org) => org.name));

describe('the regional analytical report', () => {
  it('lists the municipalities alphabetically as its units, with the figures «по региону» and no letters', () => {
    const table = documents.report.blocks.find(
      (block): block is TableBlock =>
        block.kind === 'table' && block.rows[0][0] === 'Муниципалитет' && block.rows.length > 3,
    );
    expect(table?.rows.slice(1, -1).map((row) => row[0])).toEqual(
      [...NAMES].sort((a, b) => a.localeCompare(b, 'ru')),
    );
    expect(table?.rows.at(-1)?.[0]).toBe('Итого по региону');
    expect(internal).toContain('Результаты мониторинга: показатели по региону');
    expect(internal).toContain('Сводные данные муниципалитетов региона');
    expect(internal).toContain('Сведения представили: 3 муниципалитета.');
    expect(documents.report.name).toMatch(/^Аналитическая справка — регион, /);
    expect(documents.letters).toEqual([]);
  });

  it('says how satisfaction is averaged over the region: by respondents, or each municipality by its schools', () => {
    const region = rollup(books.map((each) => each.entry));
    const weighting = region.indicators.filter((i) => i.weighting !== undefined).map((i) => i.weighting);
    expect(weighting).toEqual(['respondents', 'respondents']);
    expect(internal).toContain(
      'Удовлетворённость участием в программах наставничества рассчитана с учётом числа респондентов: ' +
        'отношение суммы удовлетворённых участием к сумме участвовавших в опросе по учтённым ОО всех муниципалитетов',
    );
    const [mentors] = input.result.indicators.filter((i) => i.weighting !== undefined);
    const bySchools = {
      ...input,
      result: {
        ...input.result,
        indicators: input.result.indicators.map((i) =>
          i.id === mentors.id ? { ...i, weighting: 'schools' as const } : i,
        ),
      },
    };
    expect(plainText(buildRegionalDocuments(bySchools).publicReport)).toContain(
      `По показателю «${mentors.title}» значение — среднее значений муниципалитетов, взвешенное по числу учтённых в них ОО`,
    );
  });

  it('gives the roll-up’s Σ/Σ figures', () => {
    const region = rollup(books.map((each) => each.entry));
    const share = region.indicators.find((indicator) => indicator.id === 'share_mentors');
    expect(share?.numerator).toBe(
      books.reduce(
        (sum, each) =>
          sum + (each.entry.result.indicators.find((i) => i.id === 'share_mentors')?.numerator ?? 0),
        0,
      ),
    );
    for (const text of [internal, published]) {
      expect(text).toContain(formatRoundPercent(share?.value as number));
      expect(text).toContain(
        `${formatCount(share?.numerator as number)} из ${formatCount(share?.denominator as number)}`,
      );
    }
  });

  it('counts deficits over the schools of every municipality', () => {
    const deficits = documents.report.blocks.find(
      (block): block is TableBlock => block.kind === 'table' && block.rows[0][0] === 'Дефицит',
    );
    const counted = deficits?.rows.slice(1).map((row) => Number(row[2])) ?? [];
    expect(Math.max(...counted)).toBeGreaterThan(3); // more schools than any one municipality has
  });

  it('names schools and municipalities only in the internal version', () => {
    for (const name of NAMES) {
      expect(internal).toContain(name);
      expect(published).not.toContain(name);
    }
    for (const school of schools) expect(published).not.toContain(school);
    // The version for publication carries no note about itself (RUSSIAN.md §6).
    expect(published).not.toContain('Для публикации');
    expect(published).toContain('Сведения представили: 3 муниципалитета.');
  });

  it('has the parts of a справка in order, with decisions for the region and its own wording of the purpose', () => {
    const headings = documents.report.blocks.flatMap((block) =>
      block.kind === 'heading' && block.level === 2 ? [block.text.replace(/^\d+\. /, '')] : [],
    );
    expect(headings).toEqual([
      'Цель и задачи мониторинга',
      'Участники и охват',
      'Методика',
      'Результаты мониторинга: показатели по региону',
      'Ключевые показатели по муниципалитетам (в алфавитном порядке)',
      'Анализ результатов',
      'Выводы',
      'Управленческие решения',
      'Адресные рекомендации (кратко)',
    ]);
    expect(internal).toContain('ОО муниципалитетов региона');
    expect(internal).toContain('В мониторинге приняли участие ОО 3 муниципалитетов.');
    expect(internal).toContain('Направить аналитическую справку муниципальным координаторам');
    expect(internal).not.toContain('Направить адресные рекомендации руководителям ОО');
    expect(documents.publicReport.pageNumbers).toBe(true);
    // A municipality is below a target of the three; a deficit is counted in schools.
    expect(internal).toMatch(/ниже целевого значения в \d из 3 муниципалитетов\)/);
    expect(internal).toMatch(/Наиболее распространённые дефициты: .+ \(\d+\u00a0ОО\)/);
    expect(internal).not.toMatch(/Наиболее распространённые дефициты: [^\n]*муниципалитет/);
  });
});
