/** «Сводная» and «Рекомендации» drawn into the open workbook, then the workbook saved as a copy. */
import type { XlsxWorkbook } from './xlsx-workbook';
import { generateRecommendations, generateSummary } from '../app/generate';
import type { SummaryResult } from '../core/summary';
import { formatGeneratedAt } from './generated-at';
import { PROGRESS_TEXTS as P } from './messages';
import { writeOrExplain } from './output-file';
import type { Progress } from './progress';

export async function writeSummaryCopy(
  workbook: XlsxWorkbook,
  result: SummaryResult,
  output: string,
  now: Date,
  progress: Progress,
): Promise<void> {
  progress.step(P.generating);
  const meta = { generatedAt: formatGeneratedAt(now) };
  generateSummary(workbook, result, meta);
  generateRecommendations(workbook, result, meta);
  progress.step(P.writing);
  await writeOrExplain(output, () => workbook.saveCopy(output));
}
