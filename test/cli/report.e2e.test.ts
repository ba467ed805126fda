/**
 * `cmn-sheets report` end to end on the built command line: the .docx files are read back (a zip
 * of XML) and checked for the figures, for no school in the report for publication, for one letter
 * per school with only its own deficits, and for the coordinator's edits of «Рекомендации».
 */
import ExcelJS from 'exceljs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount } from '../../src/core/format/count';
import { percent } from '../../src/core/text/typography';
import { documentText } from '../../src/core/text/document-text';
import { countOf, plural } from '../../src/core/text/plural';
import { isDataErrorsRow, measureText } from '../../src/core/documents/letter-measures';
import { VISIBLE_HEADERS } from '../../src/core/recommendations/recommendation-row';
import { generateMunicipality } from '../../src/demo/municipality';
import { run, writeBook } from './cli-run';
import { docxPart, docxText } from '../docx/docx-text';
import { reportDocument } from './report-json';

let dir: string;
const file = (name: string) => join(dir, name);

interface SheetRow {
  school: string;
  text: string;
  resolved: boolean;
}

const rows: SheetRow[] = [];
let edited = '';
let resolvedText = '';
let resolvedSchool = '';
let summary: {
  organizations: { name: string; sheet: string; errors: number }[];
  indicators: { id: string; value: number | null; numerator: number | null; denominator: number | null }[];
};

/** «Рекомендации» of the copy with one text rewritten and one row marked «устранено», as a coordinator would. */
async function editRecommendations(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet('Рекомендации') as ExcelJS.Worksheet;
  let header = 0;
  sheet.eachRow((row, n) => {
    if (header === 0 && row.values && (row.values as unknown[]).includes(VISIBLE_HEADERS.text)) header = n;
  });
  const columns = (sheet.getRow(header).values as unknown[]).map(String);
  const col = (name: string) => columns.indexOf(name);
  for (let n = header + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const school = String(row.getCell(col(VISIBLE_HEADERS.organization)).value ?? '');
    if (school === '') continue;
    rows.push({ school, text: String(row.getCell(col(VISIBLE_HEADERS.text)).value ?? ''), resolved: false });
  }
  const first = rows[0];
  edited = 'Провести заседание педагогического совета по итогам мониторинга (текст изменён координатором).';
  sheet.getRow(header + 1).getCell(col(VISIBLE_HEADERS.text)).value = edited;
  first.text = edited;
  const other = rows.findIndex((row) => row.school !== first.school);
  resolvedText = rows[other].text;
  resolvedSchool = rows[other].school;
  rows[other].resolved = true;
  sheet.getRow(header + 1 + other).getCell(col(VISIBLE_HEADERS.status)).value = 'устранено';
  await book.xlsx.writeFile(path);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmn-report-'));
  await writeBook(file('книга.xlsx'), generateMunicipality({ seed: 31, orgs: 5 }).sheets);
  expect((await run(['summary', 'книга.xlsx', '-o', 'копия.xlsx'], dir)).stderr).toBe('');
  await editRecommendations(file('копия.xlsx'));
  summary = JSON.parse((await run(['summary', 'копия.xlsx', '--json'], dir)).stdout);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cmn-sheets report', () => {
  it('writes the two reports and one letter per school, and lists them in JSON the schema takes', async () => {
    const result = await run(['report', 'копия.xlsx', '--dir', 'документы', '--json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1); // the demo's planted errors are in the data
    const document = reportDocument(result.stdout);
    expect(document.files.filter((entry) => entry.kind === 'report').map((entry) => entry.path)).toEqual([
      join('документы', 'Аналитическая справка.docx'),
    ]);
    expect(
      document.files.filter((entry) => entry.kind === 'public-report').map((entry) => entry.path),
    ).toEqual([join('документы', 'Аналитическая справка для публикации.docx')]);
    const letters = document.files.filter((entry) => entry.kind === 'letter');
    expect(letters.map((entry) => entry.school).sort()).toEqual(
      summary.organizations.map((org) => org.name).sort(),
    );
    expect((await readdir(file('документы/Адресные рекомендации'))).sort()).toEqual(
      summary.organizations.map((org) => `${org.name}.docx`).sort(),
    );
    for (const entry of document.files)
      expect((await stat(join(dir, entry.path))).size).toBeGreaterThan(5000);
  });

  it('puts the municipal figures into the report as «N из M» and percents', async () => {
    const text = await docxText(file('документы/Аналитическая справка.docx'));
    for (const id of ['share_mentors', 'share_mentees', 'share_young_mentees']) {
      const figure = summary.indicators.find(
        (indicator) => indicator.id === id,
      ) as (typeof summary.indicators)[number];
      expect(text).toContain(percent(figure.value as number));
      expect(text).toContain(
        `${formatCount(figure.numerator as number)} из ${formatCount(figure.denominator as number)}`,
      );
    }
    const total = summary.indicators.find(
      (indicator) => indicator.id === 'ped_total',
    ) as (typeof summary.indicators)[number];
    expect(text).toContain(formatCount(total.value as number));
    expect(text).toContain('Основание: приказ Управления образования от 01.10.2025 №\u00a0245');
  });

  it('names no school in the report for publication, while the internal one names them', async () => {
    const published = await docxText(file('документы/Аналитическая справка для публикации.docx'));
    const internal = await docxText(file('документы/Аналитическая справка.docx'));
    for (const org of summary.organizations) {
      // As the documents print a name: «МБОУ «СОШ № 1»» with a no-break space.
      expect(internal).toContain(documentText(org.name));
      expect(published).not.toContain(documentText(org.name));
      expect(published).not.toContain(org.name);
      expect(published).not.toContain(`«${org.sheet}»`);
    }
    // The version for publication carries no note for the one who made it (RUSSIAN.md §6).
    expect(published).not.toContain('Для публикации');
    expect(published).not.toContain('без сведений об отдельных ОО');
  });

  it('has the parts of a справка in order in the .docx, numbered pages and no deficit about the monitoring itself', async () => {
    const parts = [
      'Аналитическая справка',
      'по состоянию на',
      'Основание: ',
      'Цель и задачи мониторинга',
      'Участники и охват',
      'Методика',
      'Результаты мониторинга',
      'Анализ результатов',
      'Выводы',
      'Управленческие решения',
      'Мероприятие',
      'Адресные рекомендации (кратко)',
      '________________ ',
      'Исполнитель: ',
    ];
    for (const name of ['Аналитическая справка', 'Аналитическая справка для публикации']) {
      const path = file(`документы/${name}.docx`);
      const text = await docxText(path);
      const at = parts.map((part) => text.indexOf(part));
      expect(
        at.every((index) => index >= 0),
        `${name}: ${parts.filter((_, i) => at[i] < 0).join(', ')}`,
      ).toBe(true);
      expect(
        [...at].sort((a, b) => a - b),
        name,
      ).toEqual(at);
      expect(text, name).not.toContain('Выявлены дефициты по итогам мониторинга');
      expect(text, name).not.toMatch(/^Ошибки в данных мониторинга ОО$/m);
      expect(text, name).not.toContain('Справочно');
      const rels = await docxPart(path, 'word/_rels/document.xml.rels');
      const footer = /Target="(footer\d+\.xml)"/.exec(rels)?.[1];
      expect(footer, name).toBeDefined();
      expect(await docxPart(path, `word/${footer}`)).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    }
  });

  it('sends each school its own rows of «Рекомендации» with the coordinator’s edits, leaving out «устранено»', async () => {
    // Texts that only one row has tell whose letter they belong in.
    // The list of errors a row carries on the sheet is given once, in the letter's appendix.
    const letterRow = (row: SheetRow) => ({
      organization: row.school,
      deficit: '',
      figure: '',
      text: row.text,
      stage: '',
      term: '',
    });
    const shownText = (row: SheetRow) => measureText(letterRow(row));
    // The row asking to correct the errors is the appendix's, with their term: not a row of the letter's table.
    const unique = rows.filter(
      (row) =>
        !isDataErrorsRow(letterRow(row)) &&
        rows.filter((other) => shownText(other) === shownText(row)).length === 1,
    );
    expect(unique.length).toBeGreaterThan(3);
    const letters = new Map<string, string>();
    for (const org of summary.organizations)
      letters.set(org.name, await docxText(file(`документы/Адресные рекомендации/${org.name}.docx`)));
    for (const row of unique) {
      const shown = shownText(row);
      for (const [school, text] of letters) {
        const expected = school === row.school && !row.resolved;
        expect(text.includes(shown), `«${row.text.slice(0, 60)}…» in the letter to ${school}`).toBe(expected);
      }
    }
    expect([...letters.values()].filter((text) => text.includes(edited))).toHaveLength(1);
    expect(letters.get(resolvedSchool)).not.toContain(resolvedText);
    // Each letter is addressed to its school and carries its errors, with the cell to fix, in the appendix.
    for (const org of summary.organizations) {
      const text = letters.get(org.name) as string;
      expect(text).toContain(`Директору ${documentText(org.name)}`);
      // Its rows of «База наставников» count among its errors, the count agreeing: «Найдена 1 ошибка».
      const found = `${plural(org.errors, ['Найдена', 'Найдены', 'Найдено'])} ${countOf(org.errors, ['ошибка', 'ошибки', 'ошибок'])}`;
      if (org.errors > 0) expect(text).toContain(`Куратору ОО. ${found}.`);
      else expect(text).not.toContain('Приложение. Ошибки в данных мониторинга ОО');
    }
  });

  it('lays the documents out for print: A4, Times New Roman, fixed table widths, headings kept with the next paragraph', async () => {
    const xml = await docxPart(file('документы/Аналитическая справка.docx'), 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/><w:keepNext\/>/);
    const styles = await docxPart(file('документы/Аналитическая справка.docx'), 'word/styles.xml');
    expect(styles).toContain('w:ascii="Times New Roman"');
    // Each table's columns add up to the text width (A4 less 30 mm and 15 mm margins).
    for (const grid of xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)) {
      const widths = [...grid[1].matchAll(/w:w="(\d+)"/g)].map((match) => Number(match[1]));
      expect(widths.reduce((sum, width) => sum + width, 0)).toBe(11906 - 1701 - 850);
    }
  });

  it('never replaces documents without --force, and replaces them with it', async () => {
    const path = file('документы/Аналитическая справка.docx');
    const before = (await stat(path)).mtimeMs;
    const refused = await run(['report', 'копия.xlsx', '--dir', 'документы'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Документы уже есть');
    expect(refused.stderr).toContain('--force');
    expect((await stat(path)).mtimeMs).toBe(before);
    const forced = await run(['report', 'копия.xlsx', '--dir', 'документы', '--force'], dir);
    expect(forced.stderr).toBe('');
    expect(forced.stdout).toContain('Документы записаны в папку документы');
    expect((await stat(path)).mtimeMs).toBeGreaterThan(before);
  });

  it('refuses a --dir that is a file, with a Russian message', async () => {
    const result = await run(['report', 'копия.xlsx', '--dir', 'книга.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Это файл, а не папка для документов');
  });
});

describe('cmn-sheets report with «Список ОО»', () => {
  it('writes a letter to the head of a school that did not submit data, asking for it, and names the school only in the internal report', async () => {
    const demo = generateMunicipality({ seed: 32, orgs: 2 });
    const schools = demo.sheets.flatMap((sheet) =>
      sheet.values[1]?.[0] === 'Образовательная организация:' ? [String(sheet.values[1][1])] : [],
    );
    const roster = {
      name: 'Список ОО',
      values: [
        ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
        ...schools.map((school) => [school, '', 'Иванова Мария Петровна', '', '']),
        ['МКОУ «Заречная ООШ»', '', 'Сидоров Пётр Ильич', '', ''],
      ],
    };
    await writeBook(file('со списком.xlsx'), [...demo.sheets, roster]);
    const result = await run(['report', 'со списком.xlsx', '--dir', 'со списком'], dir);
    expect(result.stderr).toBe('');
    const letter = await docxText(file('со списком/Адресные рекомендации/МКОУ «Заречная ООШ».docx'));
    // Addressed in the dative, greeted by name and patronymic.
    expect(letter).toContain('Сидорову\u00a0П.\u00a0И.');
    expect(letter).toContain('Уважаемый Пётр Ильич!');
    expect(letter).toContain('Данные мониторинга от ОО не представлены');
    const first = await docxText(file(`со списком/Адресные рекомендации/${schools[0]}.docx`));
    expect(first).toContain('Ивановой\u00a0М.\u00a0П.');
    expect(first).toContain('Уважаемая Мария Петровна!');
    expect(await docxText(file('со списком/Аналитическая справка.docx'))).toContain('МКОУ «Заречная ООШ»');
    const published = await docxText(file('со списком/Аналитическая справка для публикации.docx'));
    expect(published).not.toContain('Заречная');
    expect(published).toContain('Не представлены данные: 1\u00a0ОО.');
    expect(published).toContain('Данные представили 2 из 3\u00a0ОО по списку.');
  });
});
