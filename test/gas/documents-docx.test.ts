/**
 * The Google Docs «Создать справку и письма» makes are the documents the command line writes: the
 * add-on hands Drive the same .docx (src/docx), only zipped without compression and at once
 * (docx-package.ts). Checked on a demo municipality: every part of the .docx but its timestamps is
 * byte for byte the command line's, and the text of each Google Doc is the text of the command
 * line's .docx (no-break spaces read as spaces, so that typography may change on either side).
 */
import { describe, expect, it } from 'vitest';
import { makeDocuments } from '../../src/app/documents';
import { summarise } from '../../src/app/summarise';
import type { DocModel } from '../../src/core/documents/doc-model';
import { a1 } from '../../src/core/sheet/a1';
import { generateMunicipality } from '../../src/demo/municipality';
import { docxBytes } from '../../src/docx/docx-document';
import { docxPackage, docxParts } from '../../src/docx/docx-package';
import { importDocx, unzip } from '../tools/gas-emulator/docx-import';
import { createEnv } from '../tools/gas-emulator/env';
import { memoryWorkbook } from '../tools/memory-workbook';
import type { Document } from '../tools/gas-emulator';
import { docText, sections } from './document-state';
import { start } from './municipality';

const demo = generateMunicipality({ seed: 2025, orgs: 8 });

/** The Google Doc made from these .docx bytes (the emulator's import of them). */
function docOf(docx: Uint8Array): Document {
  const env = createEnv({
    scriptTimeZone: 'Europe/Moscow',
    spreadsheetTimeZone: 'Europe/Moscow',
    locale: 'ru_RU',
    userEmail: 'koordinator@edu.example.ru',
    now: () => new Date(),
  });
  return importDocx(env, 'drive.files.create', { id: 'cli', name: 'cli', docx });
}

/** The models the command line draws for the demo, dated as the add-on dates its documents. */
function commandLineModels(generatedAt: string): {
  report: DocModel;
  publicReport: DocModel;
  letters: DocModel[];
} {
  const sheets = Object.fromEntries(
    demo.sheets.map((sheet) => [sheet.name, sheet.values.map((row) => [...row])]),
  );
  const merges = Object.fromEntries(
    demo.sheets.flatMap((sheet) => (sheet.merges ? [[sheet.name, sheet.merges]] : [])),
  );
  const numberFormats = Object.fromEntries(
    demo.sheets.flatMap((sheet) => (sheet.numberFormats ? [[sheet.name, sheet.numberFormats]] : [])),
  );
  const workbook = memoryWorkbook(sheets, { merges, numberFormats });
  const { documents } = makeDocuments(workbook, summarise(workbook), { generatedAt });
  return {
    report: documents.report,
    publicReport: documents.publicReport,
    letters: documents.letters.map((letter) => letter.model),
  };
}

describe('the .docx the add-on converts', () => {
  it('is the command line’s, part for part, save the moment it was made', async () => {
    const { report } = commandLineModels('20.12.2025');
    const cli = unzip(await docxBytes(report));
    const add = docxParts(report);
    expect([...add.keys()].sort()).toEqual([...cli.keys()].sort());
    const decoder = new TextDecoder();
    for (const [path, data] of add) {
      if (path === 'docProps/core.xml') continue;
      const mine = typeof data === 'string' ? data : decoder.decode(data);
      expect(mine, path).toBe(decoder.decode(cli.get(path)));
    }
    expect(unzip(docxPackage(report)).get('word/document.xml')).toEqual(cli.get('word/document.xml'));
  });

  it('gives Google Docs holding the text of the command line’s .docx: both reports and every letter', async () => {
    const { emulator, bundle } = start();
    for (const sheet of demo.sheets)
      emulator.seedSheet(sheet.name, sheet.values, {
        ...(sheet.numberFormats ? { numberFormats: sheet.numberFormats } : {}),
        ...(sheet.merges
          ? {
              merges: sheet.merges.map(
                (m) => `${a1(m.row, m.column)}:${a1(m.row + m.rows - 1, m.column + m.columns - 1)}`,
              ),
            }
          : {}),
      });
    emulator.uncounted(() => emulator.spreadsheet.deleteSheet(emulator.spreadsheet.getSheetByName('Лист1')!));
    bundle.call('menuCreateDocuments');
    expect(emulator.ui.alerts).toEqual([]);
    const generatedAt = new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow' }).format(new Date());
    const cli = commandLineModels(generatedAt);
    const [report, publicReport, letters] = emulator.documents;
    expect(emulator.documents).toHaveLength(3);
    expect(docText(report)).toBe(docText(docOf(await docxBytes(cli.report))));
    expect(docText(publicReport)).toBe(docText(docOf(await docxBytes(cli.publicReport))));
    // One letter after another, each as its own .docx reads, page for page (a curator's appendix
    // starts a page of its own within a letter).
    const expected: string[] = [];
    for (const model of cli.letters) expected.push(...sections(docOf(await docxBytes(model))));
    expect(expected.length).toBeGreaterThanOrEqual(cli.letters.length);
    expect(sections(letters)).toEqual(expected);
  }, 60_000);
});
