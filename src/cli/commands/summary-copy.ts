/**
 * «Сводная» and «Рекомендации» drawn into the open workbook, then the workbook saved as a copy;
 * returns the `cell/too-long` issues of texts cut to Excel's cell limit.
 */
import type { XlsxWorkbook } from '../../xlsx/xlsx-workbook';
import { generateRecommendations, generateSummary } from '../../app/generate';
import type { Issue } from '../../core/issues/issue';
import type { SummaryResult } from '../../core/findings/analysis-result';
import { formatGeneratedAt } from '../../app/generated-at';
import { PROGRESS_TEXTS as P } from '../messages';
import { writeOrExplain } from '../files/output-file';
import { saveWorkbookFile } from '../files/workbook-file';
import type { Progress } from '../terminal/progress';

/** The run the copy is made in: its time (written on the sheets) and where its steps are shown. */
export interface CopyRun {
  readonly now: Date;
  readonly progress: Progress;
}

export async function writeSummaryCopy(
  workbook: XlsxWorkbook,
  result: SummaryResult,
  output: string,
  { now, progress }: CopyRun,
): Promise<readonly Issue[]> {
  progress.step(P.generating);
  const meta = { generatedAt: formatGeneratedAt(now) };
  const summary = generateSummary(workbook, result, meta);
  const recommendations = generateRecommendations(workbook, result, meta);
  progress.step(P.writing);
  await writeOrExplain(output, () => saveWorkbookFile(output, workbook));
  return [...summary.issues, ...recommendations.issues];
}
