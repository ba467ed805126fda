/** Utilities: formatDate (see date-format.ts), sleep (returns at once), deterministic getUuid, newBlob (blob.ts). */
import { newBlob } from './blob';
import { formatJavaDate } from './date-format';
import { fail, service, type Env } from './env';

export function createUtilities(env: Env) {
  let uuidCounter = 0;
  return service(env, 'Utilities', {
    formatDate: (date: Date, timeZone: string, format: string): string => {
      if (Object.prototype.toString.call(date) !== '[object Date]') {
        fail(
          env,
          "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
        );
      }
      return formatJavaDate(date, timeZone, format);
    },
    sleep: (_milliseconds: number): void => undefined,
    getUuid: (): string => `00000000-0000-4000-8000-${String(++uuidCounter).padStart(12, '0')}`,
    newBlob: (data: unknown, contentType?: unknown, name?: unknown) => newBlob(env, data, contentType, name),
  });
}
