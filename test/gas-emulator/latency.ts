/**
 * Virtual time spent in service calls. Every call the counter counts charges a fixed number of
 * virtual milliseconds — nothing sleeps — so a test or the benchmark can print how long a run
 * would take on Google from the calls it makes.
 *
 * Google publishes no per-call latency. Its best-practices guide says calls to other services are
 * what makes scripts slow ("Using JavaScript operations within your script is considerably faster
 * than calling other services", https://developers.google.com/apps-script/guides/support/best-practices)
 * and that alternating reads and writes is slow. The defaults below (30 ms a read, 50 ms a write)
 * are assumptions, not measurements: round figures with writes dearer than reads. Set
 * EmulatorOptions.latency to model something else.
 */

export interface LatencyOptions {
  /** Milliseconds charged for a read (get*, is*, has*, find*); default 30. */
  readMs?: number;
  /** Milliseconds charged for any other call; default 50. */
  writeMs?: number;
  /** Milliseconds for particular calls by 'Class.method', e.g. { 'SpreadsheetApp.flush': 200 }. */
  methodMs?: Record<string, number>;
}

export const DEFAULT_READ_MS = 30;
export const DEFAULT_WRITE_MS = 50;

export class VirtualClock {
  private elapsed = 0;
  private readonly readMs: number;
  private readonly writeMs: number;
  private readonly methodMs: Record<string, number>;

  constructor(options: LatencyOptions = {}) {
    this.readMs = options.readMs ?? DEFAULT_READ_MS;
    this.writeMs = options.writeMs ?? DEFAULT_WRITE_MS;
    this.methodMs = options.methodMs ?? {};
  }

  /** The call observer: charges one call. */
  readonly observe = (name: string, write: boolean): void => {
    this.elapsed += this.methodMs[name] ?? (write ? this.writeMs : this.readMs);
  };

  elapsedMs(): number {
    return this.elapsed;
  }

  reset(): void {
    this.elapsed = 0;
  }
}
