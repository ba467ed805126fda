/**
 * Runs a built Apps Script bundle (dist/Code.js) the way Apps Script does: as a classic script
 * in one global scope holding the emulator's services and nothing else (no setTimeout, URL,
 * TextEncoder, require, process, Buffer). Top-level `function X` declarations become globals.
 * Errors thrown by services are created in the script's realm, so `instanceof Error` holds.
 * Like the end of a real execution, each `call` releases the locks the script still holds.
 * While bundle code runs, Date's local-time methods work in the script's time zone, as in Apps
 * Script (see script-time-zone.ts). Time passes in a script as its service calls take it: Date.now()
 * in the bundle adds the virtual milliseconds the calls were charged (latency.ts), so code that
 * watches Apps Script's six-minute limit sees on the emulator what it would see on Google.
 */
import vm from 'node:vm';
import type { Emulator } from './index';
import { internalsOf } from './internals';
import { inTimeZone } from './script-time-zone';

export interface LoadedBundle {
  context: vm.Context;
  call(name: string, ...args: unknown[]): unknown;
}

/** Date.now() = the real clock + the virtual time charged so far (which resetCalls() zeroes). */
function withVirtualNow(ScriptDate: DateConstructor, elapsedMs: () => number): void {
  const realNow = ScriptDate.now.bind(ScriptDate);
  let carried = 0;
  let seen = 0;
  ScriptDate.now = () => {
    const elapsed = elapsedMs();
    if (elapsed < seen) carried += seen;
    seen = elapsed;
    return realNow() + carried + elapsed;
  };
}

export function loadBundle(code: string, emulator: Emulator): LoadedBundle {
  const { env, locks } = internalsOf(emulator);
  const context = vm.createContext({ ...emulator.globals });
  env.errorConstructor = vm.runInContext('Error', context) as ErrorConstructor;
  withVirtualNow(vm.runInContext('Date', context) as DateConstructor, () => emulator.elapsedMs());
  inTimeZone(env.scriptTimeZone, () => vm.runInContext(code, context, { filename: 'Code.js' }));
  return {
    context,
    call(name: string, ...args: unknown[]): unknown {
      const fn: unknown = context[name];
      if (typeof fn !== 'function') {
        const available = Object.keys(context).filter(
          (key) => typeof context[key] === 'function' && !(key in emulator.globals),
        );
        throw new Error(
          `The bundle has no top-level function "${name}". Functions: ${available.sort().join(', ') || 'none'}`,
        );
      }
      try {
        return inTimeZone(env.scriptTimeZone, () => (fn as (...a: unknown[]) => unknown)(...args));
      } finally {
        for (const kind of ['document', 'script', 'user'] as const) {
          if (locks.holders[kind] === 'self') locks.holders[kind] = null;
        }
      }
    },
  };
}
