/**
 * The regional analytical report and its public version (docs/domain.md#documents, #long-format roll-up) from municipal
 * workbooks already read. No letters: schools get theirs from their municipality's own report.
 */
import type { DocumentInput } from '../../core/documents/document-input';
import { buildRegionalDocuments, type Documents } from '../../core/documents/documents';
import { regionalDocumentInput } from '../../core/documents/regional-input';
import { booksWithErrors, type MunicipalBook } from './municipal-book';

export interface RegionalReport {
  readonly input: DocumentInput;
  readonly documents: Documents;
  /** Books whose data has errors, to be checked one by one. */
  readonly booksWithErrors: readonly MunicipalBook[];
  /** Some municipality has errors in its data: the run ends with 1. */
  readonly hasErrors: boolean;
}

/** `books` is not empty; `generatedAt` is the date as the adapter formats it, e.g. «02.12.2025». */
export function regionalReport(books: readonly MunicipalBook[], generatedAt: string): RegionalReport {
  const input = regionalDocumentInput(
    books.map(({ source, municipality, summarised }) => ({
      municipality,
      source,
      result: summarised.result,
      parameters: summarised.analysis.parameters,
    })),
    books[0].summarised.analysis.catalogue,
    generatedAt,
  );
  return {
    input,
    documents: buildRegionalDocuments(input),
    booksWithErrors: booksWithErrors(books),
    hasErrors: input.result.organizations.some((org) => org.errors > 0),
  };
}
