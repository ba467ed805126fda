/**
 * What an interrupted run must not leave behind: temporaries (a file being written, a folder of
 * documents being made) are registered here before they are created, and Ctrl-C (SIGINT) or a kill
 * (SIGTERM) removes them before the process ends, with one line saying what was not written and
 * what was kept (docs/domain.md#regeneration). A SIGKILL cannot be caught: the next run removes what
 * it left (stale-temporaries.ts).
 */
import { rmSync } from 'node:fs';

/** Temporaries of this run (→ the line that says what their interruption means). */
const pending = new Map<string, string>();
const SIGNAL_EXIT: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: 130, SIGTERM: 143 };
let watching = false;

/** How an interrupted write is reported (the command line sets it to a line on stderr). */
let onInterrupt: ((notice: string) => void) | null = null;

export function whenInterrupted(report: (notice: string) => void): void {
  onInterrupt = report;
}

function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      const notices = new Set<string>();
      for (const [temporary, notice] of pending) {
        rmSync(temporary, { recursive: true, force: true });
        notices.add(notice);
      }
      for (const notice of notices) onInterrupt?.(notice);
      process.exit(SIGNAL_EXIT[signal]);
    });
  }
}

/**
 * Registers `temporary` (a file or a folder), to be called before it is created, so that a signal
 * arriving while its creation is still under way removes it too; gives the function that releases it.
 */
export function guardTemporary(temporary: string, notice: string): () => void {
  watchSignals();
  pending.set(temporary, notice);
  return () => {
    pending.delete(temporary);
  };
}
