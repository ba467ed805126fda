/**
 * The one way the sidebar talks to the server: google.script.run wrapped in a promise and typed
 * from the server's contract, so a misspelt function name or a wrong argument fails to compile.
 * A failure (Google's error, a lost connection) comes back in Russian, Google's text as its detail.
 */
import { explainGoogleError, googleErrorDetail, googleErrorWords } from '../core/text/google-errors';
import type { SidebarApi, SidebarFunction } from '../gas/sidebar-contract';
import { TEXT } from './messages';

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } };

/** A call that failed: `message` is what the reader is told, `detail` Google's own text for «Подробности». */
export class ServerFailure extends Error {
  readonly detail: string;

  constructor(raw: string) {
    super(googleErrorWords(raw) === null ? TEXT.failed : explainGoogleError(TEXT.failedKnown, raw));
    this.name = 'ServerFailure';
    this.detail = googleErrorDetail(raw);
  }
}

export function callServer<K extends SidebarFunction>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarApi[K]>))
      .withFailureHandler((error) =>
        reject(new ServerFailure(error instanceof Error ? error.message : String(error))),
      );
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new ServerFailure(TEXT.noFunction(name)));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
