/**
 * «Создать справку и письма» without drawing anything: the document input gathered from the
 * workbook — the summary, «Параметры», «Список ОО» (the heads, the schools without data), and
 * «Рекомендации» read back with the coordinator's edits (from its backup when a failed run left it
 * half-drawn) — and the three documents built from it.
 */
import type { DocumentInput } from '../core/documents/document-input';
import { buildDocuments, type Documents } from '../core/documents/documents';
import { letterRows } from '../core/documents/letter-rows';
import { missingParameterLabels } from '../core/parameters/parameters';
import type { Summarised } from './summarise';
import type { Workbook } from './workbook';

export interface DocumentsMeta {
  /** Date of generation as the adapter formats it, e.g. «02.12.2025». */
  readonly generatedAt: string;
}

export function documentInput(
  workbook: Workbook,
  summarised: Summarised,
  meta: DocumentsMeta,
): DocumentInput {
  const sheets = workbook.listSheets();
  const drawn = sheets.find(
    (info) => info.generated === 'recommendations' && !info.incomplete && !info.backup,
  );
  const backup = sheets.find((info) => info.backup?.kind === 'recommendations' && info.backup.complete);
  const source = drawn?.name ?? backup?.name ?? null;
  const existing = source === null ? null : workbook.readSheet(source);
  return {
    result: summarised.result,
    catalogue: summarised.analysis.catalogue,
    parameters: summarised.analysis.parameters,
    rows: letterRows(existing, summarised.result.recommendations),
    generatedAt: meta.generatedAt,
    ...rosterFacts(summarised),
  };
}

/** What «Список ОО» adds: the heads who receive the letters, how many schools take part, who sent nothing. */
function rosterFacts(summarised: Summarised): Pick<DocumentInput, 'heads' | 'rosterSize' | 'notSubmitted'> {
  const roster = summarised.analysis.roster;
  if (roster === null) return {};
  const heads = new Map<string, string>();
  for (const entry of roster.entries) if (entry.head !== undefined) heads.set(entry.name, entry.head);
  return { heads, rosterSize: roster.entries.length, notSubmitted: summarised.result.notSubmitted };
}

export interface MadeDocuments {
  readonly input: DocumentInput;
  readonly documents: Documents;
  /** «Основание», …: the parameters the documents show as «[указать: …]», for the adapter to name once. */
  readonly missingParameters: readonly string[];
}

export function makeDocuments(
  workbook: Workbook,
  summarised: Summarised,
  meta: DocumentsMeta,
): MadeDocuments {
  const input = documentInput(workbook, summarised, meta);
  return {
    input,
    documents: buildDocuments(input),
    missingParameters: missingParameterLabels(input.parameters),
  };
}
