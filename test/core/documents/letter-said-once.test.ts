/**
 * A letter says each thing once and gives terms a school can keep (RUSSIAN.md § 6; docs/decisions.md, «Documents,
 * third round»): the errors in its data, their cells and the term of their correction are the appendix's, not
 * also a row of the deficits' table with a term of the algorithm's stage 7; the rows keep the algorithm's order,
 * each term on a working day and not in the past; a letter to a school that sent nothing does not say the
 * recommendations rest on its data.
 */
import { describe, expect, it } from 'vitest';
import { makeDocuments } from '../../../src/app/documents';
import { summarise } from '../../../src/app/summarise';
import { plainText, type DocModel, type TableBlock } from '../../../src/core/documents/doc-model';
import * as T from '../../../src/core/documents/messages';
import { stageNumber } from '../../../src/core/recommendations/stages';
import { compareDays, type CalendarDay } from '../../../src/core/recommendations/deadline';
import { DEFAULT_CALENDAR } from '../../../src/core/recommendations/work-calendar';
import { documentText } from '../../../src/core/text/document-text';
import { generateMunicipality } from '../../../src/demo/municipality';
import { memoryWorkbook } from '../../tools/memory-workbook';
import { termEnd } from '../recommendations/term-end';
import { demoSchools, withLetterDetails } from './letter-fixture';

/**
 * A Monday in December: «до 20 декабря» falls on a Sunday, «в течение месяца» on 7 January, a holiday, and the
 * monitoring of «20–25 ноября» is next year's.
 */
const TODAY: CalendarDay = { year: 2026, month: 12, day: 7 };
const ABSENT = 'МБОУ «СОШ № 77»';

function letters() {
  const demo = generateMunicipality({ seed: 11, orgs: 6 });
  const schools = demoSchools(demo.sheets);
  const sheets = withLetterDetails(
    Object.fromEntries(demo.sheets.map((sheet) => [sheet.name, sheet.values])),
    [...schools, ABSENT],
  );
  const workbook = memoryWorkbook(sheets);
  const summarised = summarise(workbook, { today: TODAY });
  const { documents } = makeDocuments(workbook, summarised, { generatedAt: '07.12.2026' });
  return { documents, organizations: summarised.result.organizations };
}

const { documents, organizations } = letters();

function letterTo(school: string): DocModel {
  const letter = documents.letters.find((entry) => entry.school === school);
  if (letter === undefined) throw new Error(`no letter to ${school}`);
  return letter.model;
}

function deficitsTable(model: DocModel): TableBlock {
  const table = model.blocks.find(
    (block): block is TableBlock =>
      block.kind === 'table' && block.rows[0][0] === T.RECOMMENDATION_HEADERS[0],
  );
  if (table === undefined) throw new Error(`no table of deficits in ${model.name}`);
  return table;
}

/** The day a dated term ends on, by the code's own calendar; null for «ежемесячно». */
function endOf(term: string): CalendarDay | null {
  const end = termEnd(term, (day) => DEFAULT_CALENDAR.isWorkingDay(day));
  if (end === null) expect(term).toBe('ежемесячно');
  return end;
}

describe('a letter to a school', () => {
  it('gives the errors and the term of their correction in the appendix alone, not as a row of the table', () => {
    const withErrors = organizations.filter((org) => (org.dataErrors ?? []).length > 0);
    expect(withErrors.length).toBeGreaterThan(1);
    for (const org of withErrors) {
      const model = letterTo(org.name);
      const rows = deficitsTable(model).rows.slice(1);
      expect(
        rows.filter((row) => /ошиб/i.test(row[0]) || /ошиб/i.test(row[1])),
        org.name,
      ).toEqual([]);
      const text = plainText(model);
      expect(text.split(documentText(T.FIX_DATA_TERM))).toHaveLength(2);
      expect(text.indexOf(T.APPENDIX_HEADING)).toBeLessThan(text.indexOf(documentText(T.FIX_DATA_TERM)));
      expect(text).toContain(T.LETTER_BODY_ERRORS);
    }
  });

  it('keeps the algorithm’s order of stages, each term a working day no earlier than today or an earlier stage’s', () => {
    let dated = 0;
    for (const letter of documents.letters) {
      const rows = deficitsTable(letter.model).rows.slice(1);
      const stages = rows.map((row) => stageNumber(row[2]) ?? 0);
      expect(stages, letter.school).toEqual([...stages].sort((a, b) => a - b));
      let latest: CalendarDay = TODAY;
      let stage = 0;
      let before: CalendarDay = TODAY;
      rows.forEach((row, i) => {
        const end = endOf(row[3]);
        if (end === null) return;
        dated++;
        if (stages[i] !== stage) {
          before = latest;
          stage = stages[i];
        }
        expect(DEFAULT_CALENDAR.isWorkingDay(end), `${row[3]} (${letter.school})`).toBe(true);
        expect(
          compareDays(end, before),
          `${row[3]} after stage ${stage - 1} (${letter.school})`,
        ).toBeGreaterThanOrEqual(0);
        if (compareDays(end, latest) > 0) latest = end;
      });
    }
    expect(dated).toBeGreaterThan(10);
  });

  it('to a school that sent nothing, does not say the recommendations rest on its data', () => {
    const basis =
      'приказ Управления образования от 01.10.2025 № 245 «О проведении мониторинга реализации целевой модели наставничества»';
    const absent = plainText(letterTo(ABSENT));
    expect(absent).toContain(documentText(T.letterBody(basis, '2025', false)));
    expect(absent).not.toContain('подготовлены по данным, представленным ОО');
    expect(absent).toContain(T.LETTER_NOT_SUBMITTED);
    for (const org of organizations)
      expect(plainText(letterTo(org.name))).toContain('подготовлены по данным, представленным ОО');
  });
});
