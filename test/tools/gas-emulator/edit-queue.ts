/**
 * Edits made faster than onEdit runs. Apps Script runs one onEdit per edit, but not without
 * limit: while a trigger runs, at most two more wait; an edit made while two are already waiting
 * fires no trigger at all, and its change is only seen by a later run that reads the cells.
 *
 * Where this comes from: Google's pages on triggers ("Simple triggers",
 * https://developers.google.com/apps-script/guides/triggers; "Event objects",
 * https://developers.google.com/apps-script/guides/triggers/events; "Quotas",
 * https://developers.google.com/apps-script/guides/services/quotas) say nothing about queueing
 * edit triggers. That some rapid edits get no run is observed — K. Tanaike, "Detecting quickly
 * checked checkboxes on Google Spreadsheet using Google Apps Script"
 * (https://gist.github.com/tanaikech/7b1a18a5b768e4d69d519069f4aff440): "when the multiple
 * checkboxes on Google Spreadsheet are checked quickly, the script cannot be run for all checked
 * checkboxes". The exact figure — one running plus at most two queued — is the rule this emulator
 * takes; no Google page states it.
 *
 * The rule as simulated: edit i happens at i × everyMs; a run takes triggerMs. An edit made while
 * no run is going starts one; made during a run, it waits if fewer than two are waiting, and is
 * dropped otherwise; when a run ends the oldest waiting one starts. With the defaults (all edits
 * at once, runs longer than that) the first edit and the next two are delivered, the rest dropped.
 *
 * Every edit changes the cells, delivered or not. Each event is made at the moment of its edit
 * (its oldValue is the value just before it), but nothing runs the handler during the burst: the
 * test calls onEdit with the delivered events afterwards, so each run meets the cells as the whole
 * burst left them — as a queued run that starts late does.
 */
import type { EditEvent } from './user-edit';

/** One user action: typing `value` into a cell, or pasting the block `paste` there. */
export type UserAction =
  { sheet: string; a1: string; value: unknown } | { sheet: string; a1: string; paste: unknown[][] };

export interface BurstTiming {
  /** Milliseconds between two edits; default 0 (all at once). */
  everyMs?: number;
  /** Milliseconds one onEdit run takes; default 1000. */
  triggerMs?: number;
}

export interface EditBurst {
  /** The events Google would deliver to onEdit, in the order it would run them. */
  delivered: EditEvent[];
  /** The events of edits that fire no trigger. */
  dropped: EditEvent[];
}

/** At most this many onEdit runs wait while one runs. */
export const MAX_QUEUED_EDIT_TRIGGERS = 2;

/** Which of `count` edits fire a trigger, by the rule above. */
export function deliveredEdits(count: number, timing: BurstTiming = {}): boolean[] {
  const everyMs = timing.everyMs ?? 0;
  const triggerMs = timing.triggerMs ?? 1000;
  if (everyMs < 0 || triggerMs <= 0) throw new Error('editBurst: everyMs must be ≥ 0 and triggerMs > 0');
  const delivered: boolean[] = [];
  let busyUntil = -Infinity;
  let waiting = 0;
  for (let i = 0; i < count; i++) {
    const at = i * everyMs;
    while (waiting > 0 && busyUntil <= at) {
      busyUntil += triggerMs;
      waiting--;
    }
    if (busyUntil <= at) {
      busyUntil = at + triggerMs;
      delivered.push(true);
    } else if (waiting < MAX_QUEUED_EDIT_TRIGGERS) {
      waiting++;
      delivered.push(true);
    } else {
      delivered.push(false);
    }
  }
  return delivered;
}

/** Performs the actions in order (with `perform`, which makes each action's event) and sorts the events. */
export function editBurst(
  actions: readonly UserAction[],
  perform: (action: UserAction) => EditEvent,
  timing?: BurstTiming,
): EditBurst {
  const fired = deliveredEdits(actions.length, timing);
  const burst: EditBurst = { delivered: [], dropped: [] };
  actions.forEach((action, i) => (fired[i] ? burst.delivered : burst.dropped).push(perform(action)));
  return burst;
}
