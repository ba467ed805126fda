/** The one line over the list of issues: what the check found, or that it found nothing. */
import { NOTHING_FOUND, countsPhrase, type SeverityCounts } from '../core/issues/issue-report';
import { WORKER_TEXTS as T } from './messages';

export function countsText(counts: SeverityCounts): string {
  return counts.error + counts.warning + counts.info === 0 ? NOTHING_FOUND : T.found(countsPhrase(counts));
}
