/** Node's `process` as readable-stream and exceljs read it in the browser bundle: nextTick, an empty env. */
export const process = {
  env: {} as Record<string, string | undefined>,
  browser: true,
  version: '',
  versions: {},
  platform: 'browser',
  nextTick(callback: (...args: unknown[]) => void, ...args: unknown[]): void {
    queueMicrotask(() => callback(...args));
  },
};
