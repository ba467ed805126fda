/** Node's setImmediate for exceljs in the browser bundle: the next macrotask. */
export function setImmediate(callback: (...args: unknown[]) => void, ...args: unknown[]): number {
  return setTimeout(() => callback(...args), 0) as unknown as number;
}
