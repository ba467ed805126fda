/**
 * The time a menu command may spend before it must stop at a safe boundary (between two tabs):
 * Apps Script ends an execution after six minutes («Script runtime: 6 min / execution»,
 * https://developers.google.com/apps-script/guides/services/quotas), and a run killed there has
 * no chance to fill the roster's «Лист» or to say how far it got.
 */

/** Apps Script's limit for one execution. */
export const RUN_LIMIT_MS = 6 * 60 * 1000;
/** Kept for what follows the last step: the roster's «Лист» cells and the closing alert. */
const RESERVE_MS = 30 * 1000;

/**
 * A check to call before each step: true while the next step, as slow as the slowest so far,
 * still ends before the limit less the reserve. `started` is when the execution began.
 */
export function stepBudget(started: number, now: () => number = () => Date.now()): () => boolean {
  let last: number | null = null;
  let slowest = 0;
  return () => {
    const time = now();
    if (last !== null) slowest = Math.max(slowest, time - last);
    last = time;
    return time - started + slowest <= RUN_LIMIT_MS - RESERVE_MS;
  };
}
