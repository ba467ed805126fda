/**
 * What the command is doing, on stderr only (stdout stays clean for --json and pipes). On a
 * terminal each step replaces the previous one on one line; elsewhere (a log, CI) steps are
 * written only once the run has taken long enough for someone to wonder whether it hangs.
 */
import type { OutStream } from './out-stream';

export interface Progress {
  step(text: string): void;
  /** Clears the line on a terminal. */
  done(): void;
}

export const QUIET_FOR_MS = 2000;

export function createProgress(stream: OutStream, now: () => number = Date.now): Progress {
  const started = now();
  const tty = stream.isTTY === true;
  let shown = false;
  return {
    step(text) {
      if (tty) {
        stream.write(`\r${text}…\x1b[K`);
        shown = true;
      } else if (now() - started >= QUIET_FOR_MS) {
        stream.write(`${text}…\n`);
      }
    },
    done() {
      if (tty && shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
