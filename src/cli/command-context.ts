/** What every command runs with: where it writes, where it shows its steps, and what time it is. */
import type { CliIo } from './terminal/out-stream';
import type { Progress } from './terminal/progress';

export interface Clock {
  /** The moment of the run: generated-at stamps, the local day terms count from, the school year. */
  now(): Date;
}

export interface CommandContext {
  readonly io: CliIo;
  readonly progress: Progress;
  readonly clock: Clock;
}
