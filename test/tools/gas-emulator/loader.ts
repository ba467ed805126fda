/**
 * Runs a built Apps Script bundle (dist/Code.js) the way Apps Script does: as a classic script
 * in one global scope holding the emulator's services and nothing else (no setTimeout, URL,
 * TextEncoder, require, process, Buffer). Top-level `function X` declarations become globals.
 * Errors thrown by services are created in the script's realm, so `instanceof Error` holds.
 * Like the end of a real execution, each `call` releases the locks the script still holds.
 * While bundle code runs, Date's local-time methods work in the script's time zone, as in Apps
 * Script (see script-time-zone.ts), and the script's clock (Date.now(), new Date()) has moved on by
 * the virtual time its service calls took (latency.ts), as a real script's clock moves while Google
 * answers: a script that watches its six minutes sees them pass.
 *
 * ScriptApp.requireScopes ends an execution when the person has not granted a scope (script-app.ts);
 * `call` then returns undefined, as the execution ends with Google's consent window.
 */
import vm from 'node:vm';
import type { Emulator } from './index';
import { internalsOf } from './internals';
import { ExecutionEnded } from './script-app';
import { inTimeZone } from './script-time-zone';

/** Makes the context's Date read the real clock plus the virtual time service calls took. */
const VIRTUAL_DATE = `(function (virtualMs) {
  const RealDate = Date;
  class ScriptDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + virtualMs());
      else super(...args);
    }
    static now() {
      return RealDate.now() + virtualMs();
    }
  }
  Object.defineProperty(globalThis, 'Date', { value: ScriptDate, writable: true, configurable: true });
})`;

export interface LoadedBundle {
  context: vm.Context;
  call(name: string, ...args: unknown[]): unknown;
}

export function loadBundle(code: string, emulator: Emulator): LoadedBundle {
  const { env, locks, virtualMs } = internalsOf(emulator);
  const context = vm.createContext({ ...emulator.globals });
  env.errorConstructor = vm.runInContext('Error', context) as ErrorConstructor;
  (vm.runInContext(VIRTUAL_DATE, context) as (virtualMs: () => number) => void)(virtualMs);
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
      env.executionEnded = false;
      try {
        return inTimeZone(env.scriptTimeZone, () => (fn as (...a: unknown[]) => unknown)(...args));
      } catch (error) {
        if (error instanceof ExecutionEnded) return undefined;
        throw error;
      } finally {
        env.executionEnded = false;
        for (const kind of ['document', 'script', 'user'] as const) {
          if (locks.holders[kind] === 'self') locks.holders[kind] = null;
        }
      }
    },
  };
}
