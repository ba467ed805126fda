/**
 * Regeneration of «Рекомендации» that loses nothing (docs/domain.md#summary-and-recommendations): rows are
 * matched by deficit code + school; a cell the coordinator edited keeps the edit, an untouched cell gets the
 * fresh draft; new deficits add rows; rows whose deficit is gone stay with status «устранено»; rows added by
 * hand stay where they were, after the row they followed.
 */
import type { Grid } from '../sheet/grid';
import { byName } from '../indicators/aggregate';
import type { ModelValue } from '../sheet/sheet-model';
import type { Recommendation } from '../findings/analysis-result';
import { cellText, squeeze } from '../text/normalise';
import { schoolKey } from '../text/school-name';
import { readExistingRows, type ExistingRow } from './existing-rows';
import { STATUS_RESOLVED } from './messages';
import {
  draftFields,
  matchKey,
  ROW_FIELDS,
  rowKey,
  type RecommendationRow,
  type RowField,
} from './recommendation-row';
import { stageNumber } from './stages';

interface Entry {
  readonly row: RecommendationRow;
  readonly school: string;
  readonly stage: number;
  /** Rows added by hand right after this one. */
  readonly followers: RecommendationRow[];
}

/** Resolved rows whose stage cannot be read go after the others of their school. */
const UNKNOWN_STAGE = 99;

export function mergeRecommendations(
  existing: Grid | null,
  drafts: readonly Recommendation[],
): RecommendationRow[] {
  const fresh = new Map<string, Recommendation>();
  for (const draft of drafts) {
    const key = matchKey(rowKey(draft.code, draft.organization));
    if (key !== null && !fresh.has(key)) fresh.set(key, draft);
  }
  const leading: RecommendationRow[] = [];
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const old of existing ? readExistingRows(existing) : []) {
    const key = old.key === null ? null : matchKey(old.key);
    if (key === null || seen.has(key)) {
      (entries.length > 0 ? entries[entries.length - 1].followers : leading).push(manual(old));
      continue;
    }
    seen.add(key);
    const draft = fresh.get(key);
    entries.push(draft ? carried(old, draft) : resolved(old, key.slice(key.indexOf('|') + 1)));
  }
  fresh.forEach((draft, key) => {
    if (!seen.has(key)) entries.push(added(draft));
  });
  // Alphabetical by school, then by stage; the sort is stable, so equal rows keep the sheet's order.
  entries.sort((a, b) => byName(a.school, b.school) || a.stage - b.stage);
  return [...leading, ...entries.flatMap((entry) => [entry.row, ...entry.followers])];
}

function added(draft: Recommendation): Entry {
  const fields = draftFields(draft);
  const row: RecommendationRow = {
    key: rowKey(draft.code, draft.organization),
    origin: 'new',
    shown: fields,
    generated: fields,
    extra: {},
  };
  return { row, school: schoolKey(draft.organization), stage: draft.stage, followers: [] };
}

function carried(old: ExistingRow, draft: Recommendation): Entry {
  const fields = draftFields(draft);
  const shown = {} as Record<RowField, ModelValue>;
  for (const field of ROW_FIELDS)
    shown[field] = edited(old, field, fields[field]) ? old.shown[field] : fields[field];
  const row: RecommendationRow = {
    key: rowKey(draft.code, draft.organization),
    origin: 'current',
    shown,
    generated: fields,
    extra: old.extra,
  };
  return { row, school: schoolKey(draft.organization), stage: draft.stage, followers: [] };
}

/** `school` is the matching key's school part: the row is sorted by the school it was drafted for. */
function resolved(old: ExistingRow, school: string): Entry {
  const generated = {} as Record<RowField, string>;
  for (const field of ROW_FIELDS) generated[field] = old.generated[field] ?? cellText(old.shown[field]);
  generated.status = STATUS_RESOLVED;
  const row: RecommendationRow = {
    key: old.key,
    origin: 'resolved',
    shown: { ...old.shown, status: STATUS_RESOLVED },
    generated,
    extra: old.extra,
  };
  return {
    row,
    school,
    stage: stageNumber(generated.stage) ?? stageNumber(old.shown.stage) ?? UNKNOWN_STAGE,
    followers: [],
  };
}

function manual(old: ExistingRow): RecommendationRow {
  return { key: null, origin: 'manual', shown: old.shown, generated: null, extra: old.extra };
}

/**
 * Edited = differs from what the add-on wrote (spaces and line breaks aside: Excel may turn `\n`
 * into `\r\n`). When that column is gone, any non-empty cell that differs from the draft counts
 * as edited: keeping it can lose nothing.
 */
function edited(old: ExistingRow, field: RowField, draft: string): boolean {
  const shown = squeeze(cellText(old.shown[field]));
  const original = old.generated[field];
  if (original === undefined) return shown !== '' && shown !== squeeze(draft);
  return shown !== squeeze(original);
}
