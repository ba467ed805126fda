/** Parts of an emulator that the loader needs but tests should not touch. */
import type { Env } from './env';
import type { LockState } from './lock';

export interface EmulatorInternals {
  env: Env;
  locks: LockState;
  /** The virtual milliseconds of every service call so far (latency.ts), never reset. */
  virtualMs: () => number;
}

const registry = new WeakMap<object, EmulatorInternals>();

export function registerInternals(emulator: object, internals: EmulatorInternals): void {
  registry.set(emulator, internals);
}

export function internalsOf(emulator: object): EmulatorInternals {
  const internals = registry.get(emulator);
  if (!internals) throw new Error('Not an emulator made by createEmulator()');
  return internals;
}
