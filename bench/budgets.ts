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
  /**
   * 4 to read the edit, 2 for the row the curator is typing (her cache), 2 for the school list. A school tab
   * fits too: 5 to read it whole, 2 for the saved roster and 1 for the sheet's name when its school cell is
   * edited.
   */
  onEditCalls: 8,
  onEditMs: 100,
  /**
   * «Настроить доступ кураторов» over an unchanged roster at 300 schools, with the calls every run makes
   * (menu, properties, roster, sheet list, protections, alert): an editor list a school
   * (docs/decisions.md#access-and-onedit-third-round).
   */
  accessUnchangedCallsPerSchool: 2,
  /** The first run at 300 schools: a protection made and set a school. */
  accessFirstCallsPerSchool: 8,
  cliOverExceljs: 1.3,
  /** `check` and `collect` on a zip bomb or a sheet of 1 048 576 rows: refused well within a machine's memory. */
  hostilePeakMb: 1024,
  hostileSeconds: 30,
  /**
   * Writes do not grow with the schools: a sheet drawn in batches costs the same calls for 10 or
   * 300, except that a sheet longer than a new sheet's 1 000 rows grows by one insertRowsAfter.
   */
  extraWritesOfALongerSheet: 1,
  /**
   * «Создать справку и письма» for 300 schools: calls and the emulator's estimate of their time in
   * Google, within Google's six minutes a run with room for building the .docx files.
   */
  documentsCalls: 4000,
  documentsServiceMs: 4 * 60 * 1000,
  /** The page in the browser: a 300-school workbook's figures and errors on screen (the downloads follow). */
  webResultsSeconds: 60,
  /**
   * Catches a library bundled by accident. The add-on's own code grew with the roster, curators'
   * access, the documents and last period's figures to about 460 KB, with zod/mini's 48 KB; the
   * official letters brought petrovich (47 KB, its rules of Russian names) and the reading of a
   * municipality's own wording its vocabulary: about 600 KB, syntax minified. The Google Docs are
   * converted by Drive from the command line's .docx, so the add-on carries docx (about 480 KB,
   * syntax minified): 1 085 KB (docs/decisions.md#documents-through-drive). Titles read by their meaning, the
   * survey blocks' roles and the documents' third round brought it to 1 150 KB, the licences of zod,
   * petrovich and docx at its end (build.mjs) to 1 154 KB; the budget keeps 46 KB over it.
   */
  bundleKb: 1200,
} as const;

export function budget(name: string, limit: string, measured: string, met: boolean): Budget {
  return { name, limit, measured, met };
}
