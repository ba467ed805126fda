/**
 * The recommendations a letter sends: «Рекомендации» read back as regeneration reads it (the
 * coordinator's edits of texts, stages and terms kept, rows added by hand included), merged with
 * the fresh drafts so a deficit found since the sheet was made is not missed; rows «устранено»
 * are left out.
 */
import { isDate } from '../sheet/cell-value';
import type { Grid } from '../sheet/grid';
import { mergeRecommendations } from '../recommendations/merge';
import { STATUS_RESOLVED } from '../recommendations/messages';
import type { ModelValue } from '../sheet/sheet-model';
import type { Recommendation } from '../findings/analysis-result';
import { cellText, normaliseKey } from '../text/normalise';
import type { LetterRow } from './document-input';

/**
 * A cell as the letter prints it: text exactly as written (no-break spaces in «33,3 %» stay), a
 * «Срок» typed as a date as the day it shows.
 */
function text(value: ModelValue): string {
  if (typeof value === 'string') return value.trim();
  if (isDate(value)) {
    const two = (n: number) => String(n).padStart(2, '0');
    return `${two(value.getUTCDate())}.${two(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
  }
  return cellText(value);
}

export function letterRows(existing: Grid | null, drafts: readonly Recommendation[]): LetterRow[] {
  const resolved = normaliseKey(STATUS_RESOLVED);
  return mergeRecommendations(existing, drafts)
    .filter((row) => normaliseKey(row.shown.status) !== resolved)
    .map(({ shown }) => ({
      organization: text(shown.organization),
      deficit: text(shown.deficit),
      figure: text(shown.figure),
      text: text(shown.text),
      stage: text(shown.stage),
      term: text(shown.term),
    }))
    .filter((row) => row.organization !== '' && (row.text !== '' || row.deficit !== ''));
}
