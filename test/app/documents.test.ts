import { describe, expect, it } from 'vitest';
import { makeDocuments } from '../../src/app/documents';
import { generateRecommendations } from '../../src/app/generate';
import { summarise } from '../../src/app/summarise';
import { plainText, type DocModel, type TableBlock } from '../../src/core/documents/doc-model';
import { isDataErrorsRow, measureText } from '../../src/core/documents/letter-measures';
import { documentText } from '../../src/core/text/document-text';
import { RECOMMENDATION_HEADERS } from '../../src/core/documents/messages';
import { VISIBLE_HEADERS } from '../../src/core/recommendations/recommendation-row';
import { generateMunicipality } from '../../src/demo/municipality';
import { memoryWorkbook } from '../tools/memory-workbook';

const META = { generatedAt: '02.12.2025 10:00' };

function demoSheets(orgs: number): Record<string, unknown[][]> {
  return Object.fromEntries(
    generateMunicipality({ seed: 7, orgs }).sheets.map((sheet) => [sheet.name, sheet.values]),
  );
}

function recommendationsTable(model: DocModel): TableBlock {
  const table = model.blocks.find(
    (block): block is TableBlock => block.kind === 'table' && block.rows[0][0] === RECOMMENDATION_HEADERS[0],
  );
  if (!table) throw new Error(`no recommendations table in ${model.name}`);
  return table;
}

/** «Рекомендации» as the add-on wrote it, with the coordinator's edits made in `edit`. */
function editedBook(orgs: number, edit: (rows: unknown[][], column: (header: string) => number) => void) {
  const sheets = demoSheets(orgs);
  const first = memoryWorkbook(sheets);
  generateRecommendations(first, summarise(first).result, META);
  const rows = first.readSheet('Рекомендации').values.map((row) => row.slice());
  const headerRow = rows.findIndex((row) => row.includes(VISIBLE_HEADERS.text));
  edit(rows.slice(headerRow + 1), (header) => rows[headerRow].indexOf(header));
  return memoryWorkbook(
    { ...sheets, Рекомендации: rows },
    { generated: { Рекомендации: 'recommendations' } },
  );
}

describe('the documents of one run', () => {
  it('give every school exactly one letter with its own rows of «Рекомендации», edits kept and «устранено» left out', () => {
    let edited = '';
    let resolvedText = '';
    let resolvedSchool = '';
    const workbook = editedBook(6, (rows, column) => {
      const text = column(VISIBLE_HEADERS.text);
      const status = column(VISIBLE_HEADERS.status);
      const school = column(VISIBLE_HEADERS.organization);
      edited = `Провести педагогический совет по итогам мониторинга (правка координатора) для ${String(rows[0][school])}`;
      rows[0][text] = edited;
      const other = rows.find((row) => row[school] !== rows[0][school]) as unknown[];
      resolvedText = String(other[text]);
      resolvedSchool = String(other[school]);
      other[status] = 'устранено';
    });
    const summarised = summarise(workbook);
    const { input, documents } = makeDocuments(workbook, summarised, META);
    const schools = summarised.result.organizations.map((org) => org.name);
    expect(documents.letters.map((letter) => letter.school)).toEqual(schools);

    for (const letter of documents.letters) {
      // The errors, with their list and term, are the appendix's: their row is not in the table.
      const own = input.rows.filter((row) => row.organization === letter.school && !isDataErrorsRow(row));
      const table = recommendationsTable(letter.model);
      // The list of errors a row carries on the sheet is given once, in the letter's appendix.
      // As the letter prints it (RUSSIAN.md § 4): the coordinator's «Гимназия № 1» with its no-break space.
      expect(table.rows.slice(1).map((row) => row[1])).toEqual(
        own.map((row) => documentText(measureText(row))),
      );
    }
    const all = documents.letters.map((letter) => plainText(letter.model));
    expect(all.filter((text) => text.includes(documentText(edited)))).toHaveLength(1);
    const resolvedLetter = documents.letters.find((letter) => letter.school === resolvedSchool) as {
      model: DocModel;
    };
    expect(recommendationsTable(resolvedLetter.model).rows.map((row) => row[1])).not.toContain(resolvedText);
  });

  it('keep every school name out of the report for publication, and name them in the internal one', () => {
    const workbook = memoryWorkbook(demoSheets(5));
    const summarised = summarise(workbook);
    const { documents } = makeDocuments(workbook, summarised, META);
    const internal = plainText(documents.report);
    const published = plainText(documents.publicReport);
    for (const org of summarised.result.organizations) {
      expect(internal).toContain(documentText(org.name));
      expect(published).not.toContain(documentText(org.name));
      expect(published).not.toContain(org.name);
      expect(published).not.toContain(org.sheet);
    }
    expect(published).toContain('Демонстрационный муниципальный район');
    expect(published).toContain('приказ Управления образования от 01.10.2025 №\u00a0245');
  });

  it('write a letter that says so to a school with nothing to improve and, from «Список ОО», to one that did not submit data', () => {
    const sheets = demoSheets(3);
    const schools = generateMunicipality({ seed: 7, orgs: 3 }).sheets.flatMap((sheet) =>
      sheet.values[1]?.[0] === 'Образовательная организация:' ? [String(sheet.values[1][1])] : [],
    );
    const workbook = memoryWorkbook({
      ...sheets,
      'Список ОО': [
        ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
        ...schools.map((school) => [school, '', '', '', '']),
        ['МБОУ «СОШ № 99»', '', 'Петрова Анна Ивановна', '', ''],
      ],
    });
    const summarised = summarise(workbook);
    expect(summarised.result.notSubmitted).toEqual(['МБОУ «СОШ № 99»']);
    const clean = {
      ...summarised,
      result: {
        ...summarised.result,
        recommendations: summarised.result.recommendations.filter(
          (row) => row.organization === 'МБОУ «СОШ № 99»',
        ),
      },
    };
    const { documents } = makeDocuments(workbook, clean, META);
    expect(documents.letters).toHaveLength(4);
    const missing = documents.letters.find((letter) => letter.school === 'МБОУ «СОШ № 99»') as {
      model: DocModel;
    };
    expect(plainText(missing.model)).toContain('Данные мониторинга от ОО не представлены');
    expect(plainText(missing.model)).toContain('Петровой\u00a0А.\u00a0И.');
    expect(plainText(missing.model)).toContain('Уважаемая Анна Ивановна!');
    const submitted = documents.letters.filter((letter) => letter !== missing);
    for (const letter of submitted) expect(plainText(letter.model)).toContain('дефицитов не выявлено');
    expect(plainText(documents.report)).toContain('Данные представили 3 из 4\u00a0ОО по списку.');
    expect(plainText(documents.report)).toContain('Не представлены данные: 1\u00a0ОО.');
    expect(plainText(documents.report)).toContain('МБОУ «СОШ №\u00a099»');
    expect(plainText(documents.publicReport)).not.toContain('СОШ №\u00a099');
  });

  it('show a missing parameter as a visible placeholder', () => {
    const sheets = demoSheets(2);
    delete sheets['Параметры'];
    const workbook = memoryWorkbook(sheets);
    const { documents } = makeDocuments(workbook, summarise(workbook), META);
    const text = plainText(documents.report);
    expect(text).toContain('[указать: Основание]');
    expect(text).toContain('[указать: Муниципалитет]');
    expect(text).toContain('[указать: ФИО подписывающего]');
  });

  it("name the parameters left empty once, in the sheet's order, and none when «Параметры» is filled", () => {
    const sheets = demoSheets(2);
    const filled = memoryWorkbook(sheets);
    expect(makeDocuments(filled, summarise(filled), META).missingParameters).toEqual([]);
    delete sheets['Параметры'];
    const empty = memoryWorkbook(sheets);
    expect(makeDocuments(empty, summarise(empty), META).missingParameters).toEqual([
      '«Муниципалитет»',
      '«Период»',
      '«Основание»',
      '«Сроки проведения»',
      '«Ответственный за мониторинг»',
      '«Должность подписывающего»',
      '«ФИО подписывающего»',
    ]);
  });
});
