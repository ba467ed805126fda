/**
 * The generated-sheet marker in .xlsx: a workbook defined name per kind, e.g.
 * `cmn_generated_summary` → `'Сводная'!$A$1`.
 *
 * Why a defined name and not a custom document property: a property could only hold the sheet's
 * name as text, which goes stale when someone renames the tab, and a user's own sheet that later
 * takes that name would be mistaken for ours. A defined name is a reference: Excel and
 * LibreOffice keep it when the file is opened, edited and saved, follow the sheet when it is
 * renamed or moved, and turn it into #REF! when the sheet is deleted, so it always points at the
 * sheet we wrote or at nothing.
 */
import type ExcelJS from 'exceljs';
import { GENERATED_KINDS, type GeneratedKind } from '../core/sheet/sheet-model';

const PREFIX = 'cmn_generated_';

export function markerName(kind: GeneratedKind): string {
  return PREFIX + kind;
}

interface DefinedNamesStore {
  readonly model: { name: string; ranges: string[] }[];
  add(location: string, name: string): void;
  readonly matrixMap: Record<string, unknown>;
}

function store(workbook: ExcelJS.Workbook): DefinedNamesStore {
  return workbook.definedNames as unknown as DefinedNamesStore;
}

/** `'О''Нил (2)'!$A$1` → `О'Нил (2)`; `Лист1!$A$1` → `Лист1`. */
export function sheetOfReference(reference: string): string | null {
  const quoted = /^'((?:[^']|'')+)'!/.exec(reference);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!]+)!/.exec(reference);
  return plain ? plain[1] : null;
}

/** Always quoted: Russian names, spaces and brackets all need it, and quoting is never wrong. */
export function referenceToA1(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/** Sheet name → kind, for every sheet a marker points at. */
export function readMarkers(workbook: ExcelJS.Workbook): Map<string, GeneratedKind> {
  return markersOf(store(workbook).model);
}

/** The same from the defined names of a file's model (see xlsx-book-model). */
export function markersOf(
  definedNames: readonly { readonly name: string; readonly ranges: readonly string[] }[],
): Map<string, GeneratedKind> {
  const marked = new Map<string, GeneratedKind>();
  for (const { name, ranges } of definedNames) {
    const kind = GENERATED_KINDS.find((k) => markerName(k) === name.toLowerCase());
    if (!kind) continue;
    for (const range of ranges) {
      const sheet = sheetOfReference(range);
      if (sheet !== null) marked.set(sheet, kind);
    }
  }
  return marked;
}

/** Points the marker of `kind` at `sheetName` only (a previous target loses it). */
export function setMarker(workbook: ExcelJS.Workbook, kind: GeneratedKind, sheetName: string): void {
  const names = store(workbook);
  for (const key of Object.keys(names.matrixMap)) {
    if (key.toLowerCase() === markerName(kind)) delete names.matrixMap[key];
  }
  names.add(referenceToA1(sheetName), markerName(kind));
}
