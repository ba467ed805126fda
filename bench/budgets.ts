/** The budgets the benchmark holds the add-on to (on a 2-core machine), and how a figure meets one. */
export interface Budget {
  readonly name: string;
  readonly limit: string;
  readonly measured: string;
  readonly met: boolean;
}

export const LIMITS = {
  validate10kMs: 1000,
  summary300Ms: 1000,
  cellReadsPerSheet: 2,
  sidebarSheetReads: 6,
  onEditCalls: 6,
  onEditMs: 100,
  cliOverExceljs: 1.3,
  bundleKb: 400,
} as const;

export function budget(name: string, limit: string, measured: string, met: boolean): Budget {
  return { name, limit, measured, met };
}
