/**
 * RUSSIAN.md §1: every template is tried with a full official name of about 150 characters — the
 * name stands only where the nominative fits («ОО: …», «Адресные рекомендации — …»); after «Директору»
 * only its legal form is declined, the quoted name stays as it is (docs/decisions.md#addressee-in-the-genitive).
 */
import { describe, expect, it } from 'vitest';
import { makeDocuments } from '../../../src/app/documents';
import { summarise } from '../../../src/app/summarise';
import { windowsFileName } from '../../../src/core/text/windows-file-name';
import { plainText } from '../../../src/core/documents/doc-model';
import { documentText } from '../../../src/core/text/document-text';
import { generateMunicipality } from '../../../src/demo/municipality';
import { memoryWorkbook } from '../../tools/memory-workbook';

const LONG =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 ' +
  'с углублённым изучением отдельных предметов имени Героя Советского Союза И. И. Иванова»';

describe('documents of a school with a full official name', () => {
  it('name it in the nominative or decline only its legal form, and give it a Windows-safe file name', () => {
    expect(LONG.length).toBeGreaterThan(150);
    const sheets = Object.fromEntries(
      generateMunicipality({ seed: 3, orgs: 2 }).sheets.map((sheet) => [sheet.name, sheet.values]),
    );
    const tab = Object.keys(sheets).find(
      (name) => sheets[name][1]?.[0] === 'Образовательная организация:',
    ) as string;
    sheets[tab] = sheets[tab].map((row, i) => (i === 1 ? [row[0], LONG, ...row.slice(2)] : row));
    const workbook = memoryWorkbook(sheets);
    const { documents } = makeDocuments(workbook, summarise(workbook), { generatedAt: '01.12.2025' });
    const letter = documents.letters.find((entry) => entry.school === LONG);
    expect(letter).toBeDefined();
    const text = plainText(letter!.model);
    // As the letter prints it: «№ 5» and «И. И. Иванова» kept on one line.
    const printed = documentText(LONG);
    expect(printed).toContain('«Средняя общеобразовательная школа №\u00a05');
    expect(printed).toContain('И.\u00a0И.\u00a0Иванова»');
    expect(text).toContain(
      `Директору муниципального бюджетного общеобразовательного учреждения ${printed.slice(printed.indexOf('«'))}`,
    );
    expect(letter!.model.name).toBe(`Адресные рекомендации — ${LONG}`);
    for (const preposition of ['в ', 'для ', 'у ОО ', 'от '])
      expect(text).not.toContain(`${preposition}${printed}`);
    const file = windowsFileName(LONG);
    expect(file.length).toBeLessThanOrEqual(120);
    expect(file.startsWith('Муниципальное бюджетное общеобразовательное учреждение «Средняя')).toBe(true);
  });
});
