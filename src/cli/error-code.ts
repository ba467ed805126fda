/** The `code` of a Node file system error (`ENOENT`, `EACCES`, …), or '' for anything else. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : '';
}
