/**
 * Counts service calls the way Apps Script bills them: one per call made by the script.
 *
 * Every service object is wrapped in a Proxy (`counted`). A call is recorded as 'Class.method'
 * only when no other service call is running, so the emulator's own internal calls (a Sheet
 * method calling a Range method) are never counted, and test helpers run `silently`.
 *
 * callSummary() rule: a call is a read when the method name starts with get, is, has or find;
 * every other call (set*, insert*, clear*, add*, build, toast, alert, …) is a write.
 *
 * Observers (latency.ts, failure-injection.ts) see every counted call before it runs; an
 * observer that throws makes that call fail.
 */

export interface CallCounts {
  reads: number;
  writes: number;
  total: number;
}

/** Sees a counted call ('Class.method') before it runs. */
export type CallObserver = (name: string, write: boolean) => void;

const READ_PREFIX = /^(get|is|has|find)/;

/** True when callSummary() counts the call 'Class.method' as a write. */
export function isWriteCall(name: string): boolean {
  return !READ_PREFIX.test(name.slice(name.lastIndexOf('.') + 1));
}

/** Properties a Proxy must pass through untouched (runtime and test-runner introspection). */
const UNCOUNTED = new Set([
  'constructor',
  'toString',
  'valueOf',
  'toJSON',
  'then',
  'inspect',
  'asymmetricMatch',
]);

export class CallCounter {
  private readonly counts = new Map<string, number>();
  /** Calls on ranges, by sheet name and then by 'Range.method'. */
  private readonly bySheet = new Map<string, Map<string, number>>();
  private readonly observers: CallObserver[] = [];
  private depth = 0;

  /** Adds an observer of every counted call, called in the order added. */
  observe(observer: CallObserver): void {
    this.observers.push(observer);
  }

  /** Runs `fn` as one service call named `name` (counted only at the outermost level). */
  run<T>(name: string, fn: () => T, sheetOf?: () => string): T {
    if (this.depth === 0) {
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
      if (sheetOf) {
        const sheet = this.silently(sheetOf);
        const calls = this.bySheet.get(sheet) ?? new Map<string, number>();
        calls.set(name, (calls.get(name) ?? 0) + 1);
        this.bySheet.set(sheet, calls);
      }
      const write = isWriteCall(name);
      for (const observer of this.observers) this.silently(() => observer(name, write));
    }
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  /** Runs `fn` without counting anything it calls (test helpers). */
  silently<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const name of [...this.counts.keys()].sort()) out[name] = this.counts.get(name) ?? 0;
    return out;
  }

  /** Calls on ranges by the sheet they belong to: { sheet: { 'Range.getValues': n, … } }. */
  sheetSnapshot(): Record<string, Record<string, number>> {
    const out: Record<string, Record<string, number>> = {};
    for (const [sheet, calls] of this.bySheet)
      out[sheet] = Object.fromEntries([...calls].sort(([a], [b]) => a.localeCompare(b)));
    return out;
  }

  summary(): CallCounts {
    let reads = 0;
    let writes = 0;
    for (const [name, count] of this.counts) {
      if (isWriteCall(name)) writes += count;
      else reads += count;
    }
    return { reads, writes, total: reads + writes };
  }

  reset(): void {
    this.counts.clear();
    this.bySheet.clear();
  }
}

/**
 * Wraps a service object so that each method call is counted as `${className}.${method}`.
 * Methods run with `this` = the proxy, so methods returning `this` keep returning the proxy.
 */
export function counted<T extends object>(
  className: string,
  target: T,
  counter: CallCounter,
  sheetOf?: () => string,
): T {
  const wrappers = new Map<string, (...args: unknown[]) => unknown>();
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver);
      if (
        typeof key !== 'string' ||
        typeof value !== 'function' ||
        UNCOUNTED.has(key) ||
        key.startsWith('_')
      ) {
        return value;
      }
      let wrapper = wrappers.get(key);
      if (!wrapper) {
        const fn = value as (...args: unknown[]) => unknown;
        const name = `${className}.${key}`;
        wrapper = function (this: unknown, ...args: unknown[]) {
          return counter.run(name, () => fn.apply(this, args), sheetOf);
        };
        wrappers.set(key, wrapper);
      }
      return wrapper;
    },
  });
}
