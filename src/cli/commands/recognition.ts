/** A workbook the engine recognised nothing in cannot be checked: that is a usage problem (exit 2), not «no errors». */
import type { Analysis } from '../../app/analyse';
import { SHEET_KINDS } from '../../app/sheet-kinds/registry';
import { CliError } from '../cli-error';
import { CLI_MESSAGES as M } from '../messages';

export function requireRecognisedSheets(analysis: Analysis, file: string): void {
  const recognised = SHEET_KINDS.some(
    (kind) => kind.generated === undefined && (analysis.sheets[kind.id] ?? []).length > 0,
  );
  if (!recognised) throw new CliError(M.nothingRecognised(file));
}
