/**
 * The analytical report as a справка a head signs (RUSSIAN.md §6; docs/domain.md#documents): its parts in order,
 * «по состоянию на», the analysis that groups rather than repeats, management decisions with terms and the one
 * responsible, the signature with исполнитель, numbered pages; the version for publication without any school and
 * without a note about itself; no deficit that is a sentence about the monitoring itself.
 */
import { describe, expect, it } from 'vitest';
import { makeDocuments } from '../../../src/app/documents';
import { summarise } from '../../../src/app/summarise';
import { plainText, type Block, type DocModel, type TableBlock } from '../../../src/core/documents/doc-model';
import { buildAnalyticalReport } from '../../../src/core/documents/analytical-report';
import { mainDeficits } from '../../../src/core/documents/main-deficits';
import { signatureName } from '../../../src/core/documents/signature';
import type { Recommendation } from '../../../src/core/findings/analysis-result';
import { generateMunicipality } from '../../../src/demo/municipality';
import { documentText } from '../../../src/core/text/document-text';
import { memoryWorkbook } from '../../tools/memory-workbook';
import { demoSchools, withLetterDetails } from './letter-fixture';

/** The demo municipality with «Параметры» given the optional rows a coordinator may add. */
function documentsOf(extra: readonly [string, string][] = []) {
  const sheets = Object.fromEntries(
    generateMunicipality({ seed: 7, orgs: 5 }).sheets.map((sheet) => [sheet.name, sheet.values]),
  );
  const given = new Map(extra);
  sheets['Параметры'] = sheets['Параметры'].map((row) =>
    given.has(String(row[0])) ? [row[0], given.get(String(row[0])), ...row.slice(2)] : row,
  );
  const workbook = memoryWorkbook(sheets);
  const summarised = summarise(workbook);
  const made = makeDocuments(workbook, summarised, { generatedAt: '02.12.2025 10:15' });
  return { summarised, input: made.input, ...made.documents };
}

const sections = (model: DocModel) =>
  model.blocks.flatMap((block) =>
    block.kind === 'heading' && block.level === 2 ? [block.text.replace(/^\d+\. /, '')] : [],
  );

function tableAfter(model: DocModel, title: string): TableBlock {
  const at = model.blocks.findIndex((block) => block.kind === 'heading' && block.text.endsWith(title));
  const table = model.blocks.slice(at + 1).find((block): block is TableBlock => block.kind === 'table');
  if (table === undefined) throw new Error(`no table after «${title}»`);
  return table;
}

const lines = (blocks: readonly Block[]) => plainText({ name: '', blocks }).split('\n');

/** The no-break space the documents put where a line must not break (RUSSIAN.md § 4). */
const NB = '\u00a0';

describe('the analytical report', () => {
  const filled = documentsOf([
    ['По состоянию на', '28.11.2025'],
    ['Исполнитель', 'Иванова Ольга Петровна'],
    ['Телефон исполнителя', '8 (38150) 2-15-06'],
  ]);

  it('has the parts of a справка in order, the schools table only in the internal version', () => {
    const parts = [
      'Цель и задачи мониторинга',
      'Участники и охват',
      'Методика',
      'Результаты мониторинга: показатели по муниципалитету',
      'Ключевые показатели по ОО',
      'Анализ результатов',
      'Выводы',
      'Управленческие решения',
      'Адресные рекомендации (кратко)',
    ];
    expect(sections(filled.report)).toEqual(parts);
    expect(sections(filled.publicReport)).toEqual(
      parts.filter((part) => part !== 'Ключевые показатели по ОО'),
    );
    expect(filled.report.pageNumbers).toBe(true);
    expect(filled.publicReport.pageNumbers).toBe(true);
  });

  it('heads the report with the period and the date of the data, then the order it rests on', () => {
    const text = lines(filled.report.blocks);
    expect(text.slice(0, 4)).toEqual([
      'Аналитическая справка',
      'по итогам мониторинга реализации целевой модели наставничества',
      'Демонстрационный муниципальный район',
      expect.stringMatching(/^за .+ \(по состоянию на 28\.11\.2025\)$/),
    ]);
    expect(text).toContain(
      `Основание: приказ Управления образования от 01.10.2025 №${NB}245 «О проведении мониторинга реализации целевой модели наставничества»`,
    );
    // Without the parameter, the day the documents are made, without the time an adapter adds.
    expect(plainText(documentsOf().report)).toContain('(по состоянию на 02.12.2025)');
  });

  it('says who took part and counts the data, and groups results by section of the indicators', () => {
    const text = plainText(filled.report);
    expect(text).toContain(`Данные представили: 5${NB}ОО.`);
    expect(text).toContain('Σ числителей / Σ знаменателей');
    const at = (title: string) =>
      filled.report.blocks.findIndex((block) => block.kind === 'heading' && block.text === title);
    const order = [
      'Нормативное обеспечение и организация наставничества',
      'Информационное сопровождение',
      'Педагогические работники в программах наставничества',
    ].map(at);
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('analyses instead of repeating the table: no «Справочно» items, the furthest figures with units below', () => {
    const text = plainText(filled.report);
    expect(text).not.toContain('Справочно');
    expect(text).toMatch(/Целевые значения достигнуты по \d+ из \d+ показателей/);
    expect(text).toMatch(
      /Дальше всего от целевых значений: .+ при целевом значении .+ \(ниже целевого значения в \d+ из \d+\u00a0ОО\)/,
    );
    const conclusions = filled.report.blocks.findIndex(
      (block) => block.kind === 'heading' && block.text.endsWith('Выводы'),
    );
    // A few sentences in one paragraph, not a list.
    expect(filled.report.blocks[conclusions + 1].kind).toBe('paragraph');
    expect(filled.report.blocks[conclusions + 2].kind).toBe('heading');
  });

  it('lists no deficit about the monitoring itself, in either version', () => {
    for (const model of [filled.report, filled.publicReport]) {
      const deficits = tableAfter(model, 'Адресные рекомендации (кратко)').rows.map((row) => row[0]);
      expect(deficits[0]).toBe('Дефицит');
      expect(deficits.length).toBeGreaterThan(2);
      for (const deficit of deficits) {
        expect(deficit).not.toContain('Выявлены дефициты по итогам мониторинга');
        expect(deficit).not.toContain('Ошибки в данных');
        expect(deficit).not.toContain('Не представлены данные');
      }
    }
  });

  it('gives management decisions as «мероприятие — срок — ответственный», the one responsible from «Параметры»', () => {
    const table = tableAfter(filled.report, 'Управленческие решения');
    expect(table.rows[0]).toEqual(['№', 'Мероприятие', 'Срок', 'Ответственный']);
    const rows = table.rows.slice(1);
    expect(rows.map((row) => row[0])).toEqual(rows.map((_, i) => String(i + 1)));
    for (const row of rows) for (const cell of row) expect(cell.trim()).not.toBe('');
    expect(rows.map((row) => row[3])).toContain('МКУ «Информационно-методический центр в сфере образования»');
    expect(rows.map((row) => row[1])).toContain('Направить адресные рекомендации руководителям ОО');
    expect(rows.map((row) => row[1])).toContain(
      'Исправить ошибки в данных мониторинга и представить данные повторно',
    );
  });

  it('closes with the signature block and the исполнитель from «Параметры»', () => {
    expect(lines(filled.report.blocks).slice(-5)).toEqual([
      'Директор МКУ «Информационно-методический центр в сфере образования»',
      `________________ М.${NB}А.${NB}Черкасова`,
      `«____» ______________ 20____${NB}г.`,
      '',
      'Исполнитель: Иванова Ольга Петровна, тел. 8 (38150) 2-15-06',
    ]);
    expect(plainText(documentsOf().report)).toContain(
      'Исполнитель: [указать: Исполнитель], тел. [указать: Телефон исполнителя]',
    );
    // The table before it takes its last row to the signature's page: the signature never stands alone there.
    const tables = filled.report.blocks.filter((block): block is TableBlock => block.kind === 'table');
    expect(tables.at(-1)?.keepWithNext).toBe(true);
    expect(tables.slice(0, -1).some((table) => table.keepWithNext === true)).toBe(false);
  });

  it('signs with the initials before the surname, however «Параметры» gives the name', () => {
    const full = documentsOf([['ФИО подписывающего', 'Черкасова Мария Александровна']]);
    for (const model of [full.report, full.publicReport])
      expect(lines(model.blocks)).toContain(`________________ М.${NB}А.${NB}Черкасова`);
    expect(signatureName('Черкасова Мария Александровна')).toBe('М. А. Черкасова');
    expect(signatureName('Мамедов Ильхам Гасан оглы')).toBe('И. Г. Мамедов');
    // Already initials, or not a full ФИО: as typed, never a guess.
    expect(signatureName('М. А. Черкасова')).toBe('М. А. Черкасова');
    expect(signatureName('Черкасова М. А.')).toBe('Черкасова М. А.');
    expect(signatureName('[указать: ФИО подписывающего]')).toBe('[указать: ФИО подписывающего]');
  });

  it('says in its method how satisfaction is averaged over the schools', () => {
    const method = (model: DocModel) => {
      const at = model.blocks.findIndex(
        (block) => block.kind === 'heading' && block.text.endsWith('Методика'),
      );
      const end = model.blocks.findIndex((block, i) => i > at && block.kind === 'heading');
      return lines(model.blocks.slice(at + 1, end)).join('\n');
    };
    const satisfaction = filled.summarised.result.indicators.filter((i) => i.weighting !== undefined);
    expect(satisfaction.map((i) => i.weighting)).toEqual(['respondents', 'respondents']);
    // Both figures alike: said once, of satisfaction as a whole.
    const byRespondents = method(filled.report);
    expect(byRespondents).toContain(
      'Удовлетворённость участием в программах наставничества рассчитана с учётом числа респондентов',
    );
    expect(byRespondents).toContain('Σ удовлетворённых / Σ участвовавших в опросе');
    expect(byRespondents).not.toContain('без учёта числа респондентов');

    // A school that gave only its percent, without the number surveyed: the plain mean of the schools.
    const [mentors, mentees] = satisfaction;
    const mean = { ...mentors, numerator: null, denominator: null, weighting: 'schools' as const };
    const result = {
      ...filled.input.result,
      indicators: filled.input.result.indicators.map((i) => (i.id === mentors.id ? mean : i)),
    };
    const text = method(buildAnalyticalReport({ ...filled.input, result }, 'public'));
    expect(text).toContain(
      `По показателю «${mentors.title}» значение — среднее значений учтённых ОО без учёта числа респондентов`,
    );
    expect(text).toContain(
      `По показателю «${mentees.title}» значение рассчитано с учётом числа респондентов`,
    );
  });

  it('counts the schools of «Список ОО» that submitted data, and says so of a school the list lacks', () => {
    const generated = generateMunicipality({ seed: 7, orgs: 5 });
    const schools = demoSchools(generated.sheets);
    const sheets = withLetterDetails(
      Object.fromEntries(generated.sheets.map((sheet) => [sheet.name, sheet.values])),
      [...schools.slice(1), 'МБОУ «СОШ № 77»'],
    );
    const workbook = memoryWorkbook(sheets);
    const { report, publicReport } = makeDocuments(workbook, summarise(workbook), {
      generatedAt: '02.12.2025',
    }).documents;
    for (const model of [report, publicReport]) {
      const text = plainText(model);
      expect(text).toContain(
        `Данные представили 4 из 5${NB}ОО по списку; кроме того, представлены и учтены данные 1${NB}ОО, которой нет в списке.`,
      );
      expect(text).toContain(
        `В мониторинге приняли участие 4 из 5${NB}ОО по списку и 1${NB}ОО, которой нет в списке.`,
      );
      expect(text).not.toMatch(/представили 5 из 5/);
    }
  });

  it('keeps every school and every note about itself out of the version for publication', () => {
    const text = plainText(filled.publicReport);
    for (const org of filled.summarised.result.organizations) {
      // As the documents print a name: «МАОУ «Гимназия№ 1»», kept on one line.
      const name = documentText(org.name);
      expect(plainText(filled.report)).toContain(name);
      expect(text).not.toContain(name);
      expect(text).not.toContain(org.name);
    }
    expect(text).not.toContain('Для публикации');
    expect(text).not.toContain('без сведений об отдельных ОО');
    expect(text).toContain('Качество данных');
  });
});

describe('the main deficits', () => {
  const draft = (
    organization: string,
    code: string,
    deficit: string,
    term = 'в течение месяца',
  ): Recommendation => ({
    organization,
    code,
    stage: code === 'plan_correction' ? 8 : 4,
    deficit,
    figure: '',
    text: '',
    term,
  });

  it('leave out the monitoring’s own state and give the deficits a plan’s correction gathered', () => {
    const found = mainDeficits([
      draft('А', 'doc_order', 'Нет приказа', 'до 20 декабря'),
      draft('Б', 'doc_order', 'Нет приказа', 'до 20 декабря'),
      draft('В', 'doc_order', 'Нет приказа', 'в течение месяца'),
      draft('А', 'data_errors', 'Ошибки в данных мониторинга ОО'),
      draft('Б', 'data_not_submitted', 'Не представлены данные мониторинга ОО'),
      draft('А', 'plan_correction', 'Выявлены дефициты по итогам мониторинга'),
      draft(
        'Б',
        'plan_correction',
        'Выявлены дефициты по итогам мониторинга; удовлетворённость наставников ниже целевого значения',
      ),
    ]);
    expect(found).toEqual([
      { deficit: 'Нет приказа', stage: 4, schools: 3, term: 'до 20 декабря' },
      {
        deficit: 'Удовлетворённость наставников ниже целевого значения',
        stage: 8,
        schools: 1,
        term: 'в течение месяца',
      },
    ]);
  });

  it('prints percents in one style, tables and text alike: «100 %», never «100,0 %»', () => {
    const { report, publicReport } = documentsOf();
    for (const model of [report, publicReport]) {
      const text = plainText(model).replace(/\u00a0/g, ' ');
      expect(text).not.toMatch(/\d,0 %/);
      expect(text).toMatch(/\d,[1-9] %/);
      expect(text).toContain('100 %');
    }
  });
});
