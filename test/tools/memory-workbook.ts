/**
 * An in-memory Workbook for use-case tests: sheets are plain value arrays, reads are counted,
 * generated sheets are kept as their models.
 */
import type { SheetInfo, Workbook } from '../../src/app/workbook';
import type { Grid, Merge } from '../../src/core/sheet/grid';
import type { GeneratedKind, SheetModel } from '../../src/core/sheet/sheet-model';

export interface MemoryWorkbookOptions {
  /** Sheets that carry the generated-sheet marker. */
  readonly generated?: Readonly<Record<string, GeneratedKind>>;
  readonly merges?: Readonly<Record<string, readonly Merge[]>>;
  readonly numberFormats?: Readonly<Record<string, readonly (readonly string[])[]>>;
}

export interface MemoryWorkbook extends Workbook {
  /** How many times each sheet was read. */
  readonly reads: Record<string, number>;
  /** Models written by writeGenerated / createSheet, by sheet name. */
  readonly models: Record<string, SheetModel>;
}

export function memoryWorkbook(
  sheets: Record<string, unknown[][]>,
  options: MemoryWorkbookOptions = {},
): MemoryWorkbook {
  const order = Object.keys(sheets);
  const values: Record<string, unknown[][]> = { ...sheets };
  const generated: Record<string, GeneratedKind> = { ...(options.generated ?? {}) };
  const reads: Record<string, number> = {};
  const models: Record<string, SheetModel> = {};

  const store = (name: string, model: SheetModel) => {
    if (!order.includes(name)) order.push(name);
    values[name] = model.cells.map((row) => row.map((cell) => cell.value ?? ''));
    models[name] = model;
  };

  return {
    reads,
    models,
    cellTextLimit: 50000,
    listSheets(): SheetInfo[] {
      return order.map((name) => ({ name, generated: generated[name] ?? null }));
    },
    // Like Google Sheets, values alone: merges and formats are asked for where they matter.
    readSheet(name: string): Grid {
      if (!(name in values)) throw new Error(`Нет листа «${name}»`);
      reads[name] = (reads[name] ?? 0) + 1;
      return { name, values: values[name].map((row) => row.slice()) };
    },
    readMerges(name: string): readonly Merge[] {
      reads[name] = (reads[name] ?? 0) + 1;
      return options.merges?.[name] ?? [];
    },
    readNumberFormats(name: string): readonly (readonly string[])[] {
      reads[name] = (reads[name] ?? 0) + 1;
      return options.numberFormats?.[name] ?? values[name].map((row) => row.map(() => ''));
    },
    writeGenerated(name: string, kind: GeneratedKind, model: SheetModel): void {
      generated[name] = kind;
      store(name, model);
    },
    createSheet(name: string, model: SheetModel): void {
      if (name in values) throw new Error(`Лист «${name}» уже существует`);
      store(name, model);
    },
  };
}
