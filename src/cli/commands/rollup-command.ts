/**
 * `cmn-sheets rollup <книга.xlsx…> [-o регион.xlsx] [--force] [--json]`: the regional summary of
 * docs/domain.md#long-format — per municipality its figures, regional figures weighted over schools (Σ/Σ),
 * the municipalities in alphabetical order. `--json` prints the `summary` document with the municipalities as
 * its organisations; `-o` writes a new workbook with the regional «Сводная».
 */
import { generateRegionalSummary, rollUpRegion } from '../../app/region/roll-up-region';
import { listedIndicators } from '../../core/findings/key-indicators';
import { formatGeneratedAt } from '../../app/generated-at';
import { summaryJson, toJsonText } from '../json-output';
import { PROGRESS_TEXTS as P, REPORT_TEXTS, ROLLUP_TEXTS as T } from '../messages';
import { readMunicipalBooks } from './municipal-books';
import type { RollupArgs } from '../args/command-args';
import type { CommandContext } from '../command-context';
import { checkOutputPath, writeOrExplain } from '../files/output-file';
import { figureLine } from '../terminal/summary-report';
import { terminalLines } from '../terminal/terminal-line';
import { newXlsxWorkbook } from '../../xlsx/xlsx-workbook';
import { saveWorkbookFile } from '../files/workbook-file';

export async function runRollup(
  { files, output, force, json }: RollupArgs,
  { io, progress, clock }: CommandContext,
): Promise<number> {
  const now = clock.now();
  if (output !== null) await checkOutputPath(output, files, force);
  const books = await readMunicipalBooks(files, progress);
  const { region, schools: schoolsOf, errors } = rollUpRegion(books);
  if (output !== null) {
    progress.step(P.generating);
    const workbook = newXlsxWorkbook();
    generateRegionalSummary(workbook, region, formatGeneratedAt(now));
    progress.step(P.writing);
    await writeOrExplain(output, () => saveWorkbookFile(output, workbook));
  }
  progress.done();
  if (json) {
    io.stdout.write(toJsonText({ ...summaryJson(region), notSubmitted: [...region.notSubmitted] }));
  } else {
    const schools = [...schoolsOf.values()].reduce((sum, n) => sum + n, 0);
    const lines = [
      region.period === null ? REPORT_TEXTS.noPeriod : REPORT_TEXTS.period(region.period),
      T.municipalities(books.length, schools),
      ...region.organizations.map((org) =>
        T.municipality(org.name, org.sheet, schoolsOf.get(org.sheet) ?? 0, org.errors),
      ),
      ...(region.notSubmitted.length > 0 ? [T.notSubmitted(region.notSubmitted.length)] : []),
      '',
      T.figures,
      ...listedIndicators(region.indicators).map(figureLine),
    ];
    if (output !== null) lines.push('', T.written(output));
    io.stdout.write(`${terminalLines(lines).join('\n')}\n`);
  }
  return errors > 0 ? 1 : 0;
}
