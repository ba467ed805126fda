/**
 * The document input of a regional report (the roll-up of docs/domain.md#long-format): the roll-up of the
 * municipal results, with every school's deficits kept — named «ОО (муниципалитет)» — so that the main
 * deficits count the region's schools, and with those «Параметры» every municipal book gives alike.
 */
import type { Catalogue } from '../catalogue/catalogue';
import { PARAMETER_KEYS, type Parameters } from '../parameters/parameters';
import { rollup } from '../rollup/rollup';
import type { SummaryResult } from '../findings/analysis-result';
import type { DocumentInput } from './document-input';

export interface MunicipalReportBook {
  readonly municipality: string;
  readonly source: string;
  readonly result: SummaryResult;
  readonly parameters: Parameters;
}

export function regionalDocumentInput(
  books: readonly MunicipalReportBook[],
  catalogue: Catalogue,
  generatedAt: string,
): DocumentInput {
  const region = rollup(books);
  const recommendations = books.flatMap(({ municipality, result }) =>
    result.recommendations.map((draft) => ({
      ...draft,
      organization: `${draft.organization} (${municipality})`,
    })),
  );
  return {
    result: { ...region, recommendations },
    catalogue,
    parameters: commonParameters(books.map((book) => book.parameters)),
    rows: [],
    generatedAt,
    notSubmitted: region.notSubmitted,
  };
}

/** A parameter every book gives with one value (the municipality's name never): the others are left to fill in. */
function commonParameters(all: readonly Parameters[]): Parameters {
  const common: Partial<Record<(typeof PARAMETER_KEYS)[number], string>> = {};
  for (const key of PARAMETER_KEYS) {
    if (key === 'municipality') continue;
    const values = new Set(all.map((parameters) => parameters[key]?.trim()));
    const [only] = values;
    if (values.size === 1 && only !== undefined && only !== '') common[key] = only;
  }
  return common;
}
