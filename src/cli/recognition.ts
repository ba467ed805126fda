/** A workbook the engine recognised nothing in cannot be checked: that is a usage problem (exit 2), not «no errors». */
import type { Analysis } from '../app/analyse';
import { CliError } from './cli-error';
import { CLI_MESSAGES as M } from './messages';

export function requireRecognisedSheets(analysis: Analysis, file: string): void {
  const nothing =
    analysis.baseSheet === null &&
    analysis.catalogueSheet === null &&
    analysis.templatesSheet === null &&
    analysis.schoolSheets.length === 0;
  if (nothing) throw new CliError(M.nothingRecognised(file));
}
