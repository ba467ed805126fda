/** A workbook the engine recognised nothing in cannot be checked: that is a usage problem (exit 2), not «no errors». */
import type { Analysis } from '../../app/analyse';
import { recognisedAny } from '../../app/recognised';
import { CliError } from '../cli-error';
import { CLI_MESSAGES as M } from '../messages';

export function requireRecognisedSheets(analysis: Analysis, file: string): void {
  if (!recognisedAny(analysis)) throw new CliError(M.nothingRecognised(file));
}
