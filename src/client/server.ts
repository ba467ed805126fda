/**
 * The one way the sidebar talks to the server: google.script.run wrapped in a promise and typed
 * from the server's contract, so a misspelt function name or a wrong argument fails to compile.
 */
import type { SidebarApi, SidebarFunction } from '../gas/sidebar-contract';

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } };

export function callServer<K extends SidebarFunction>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarApi[K]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Нет серверной функции ${name}`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
