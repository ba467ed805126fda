/**
 * `cmn-sheets demo [--dir ПАПКА] [--orgs N] [--seed S]`: writes a demo municipality as .xlsx, reads
 * it back like any user file, checks it and writes the copy with «Сводная» and «Рекомендации», then
 * the analytical report and the letters to schools (.docx) from that copy.
 * The planted mistakes are the point of the demo, so it ends with exit code 0.
 */
import { localDay } from '../../app/local-day';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { makeDocuments } from '../../app/documents';
import { summarise } from '../../app/summarise';
import { BASE_SHEET_NAME } from '../../core/templates/messages';
import { generateMunicipality } from '../../demo/municipality';
import { buildReport } from '../../core/issues/issue-report';
import { RULE_DOCS } from '../../core/issues/rule-docs';
import { byCodeLines, countsLine } from '../terminal/issue-report';
import { CLI_MESSAGES as M, DEMO_TEXTS as T, REPORT_TEXTS, PROGRESS_TEXTS as P } from '../messages';
import type { DemoArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { writeOrExplain } from '../files/output-file';
import { writeDocuments } from '../files/documents-write';
import { formatGeneratedAt } from '../../app/generated-at';
import { DEFAULT_REPORT_DIR } from '../files/report-files';
import { writeSummaryCopy } from './summary-copy';
import { newXlsxWorkbook } from '../../xlsx/xlsx-workbook';
import { openWorkbookFile, readWorkbookFile, saveWorkbookFile } from '../files/workbook-file';

export const DEMO_FILES = {
  workbook: 'demo-municipality.xlsx',
  summary: 'demo-summary.xlsx',
  documents: DEFAULT_REPORT_DIR,
} as const;

export async function runDemo(
  { dir, orgs, seed }: DemoArgs,
  { io, progress, clock }: CommandContext,
): Promise<number> {
  const now = clock.now();
  await writeOrExplain(
    dir,
    async () => {
      await mkdir(dir, { recursive: true });
    },
    M.folderFailed,
  );
  const workbookPath = join(dir, DEMO_FILES.workbook);
  const summaryPath = join(dir, DEMO_FILES.summary);
  const documentsPath = join(dir, DEMO_FILES.documents);

  progress.step(P.demo);
  const demo = generateMunicipality({ seed, orgs });
  const source = newXlsxWorkbook();
  for (const sheet of demo.sheets) source.addGridSheet(sheet);
  await writeOrExplain(workbookPath, () => saveWorkbookFile(workbookPath, source));

  progress.step(P.reading);
  const workbook = await openWorkbookFile(workbookPath);
  progress.step(P.summarising);
  const { result } = summarise(workbook, { today: localDay(now) });
  await writeSummaryCopy(workbook, result, summaryPath, { now, progress });
  // The documents come from the copy, as the coordinator would make them after editing it.
  progress.step(P.documents);
  const copy = await readWorkbookFile(summaryPath);
  const { documents } = makeDocuments(copy, summarise(copy), {
    generatedAt: formatGeneratedAt(now).slice(0, 10),
  });
  await writeDocuments(documentsPath, documents, true);
  progress.done();

  const base = demo.sheets.find((sheet) => sheet.name === BASE_SHEET_NAME);
  const baseRows = (base?.values ?? [])
    .slice(1)
    .filter((row) => typeof row[1] === 'string' && row[1] !== '').length;
  const report = buildReport(result.issues);
  const lines = [
    T.workbook(workbookPath, result.organizations.length, baseRows),
    T.summary(summaryPath),
    T.documents(documentsPath),
    '',
    `${REPORT_TEXTS.checkSummary} ${countsLine(report.counts)}`,
    ...byCodeLines(report),
    '',
    T.planted(demo.planted.length),
    // The kind of mistake in words: internal codes are for --json only (RUSSIAN.md §3).
    ...demo.planted.map((p) => T.plantedItem(p.sheet, p.cell, RULE_DOCS[p.code].title)),
    '',
    T.next(workbookPath),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
