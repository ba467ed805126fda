/**
 * How many required values of a school tab are filled (docs/domain.md#roster-and-parameters: «N из M»), over
 * what the tab's form asks for. A value typed wrong is filled (it needs fixing, not typing); an empty cell or a
 * deleted row is not. When the
 * catalogue requires nothing, every input counts, so a tab nobody touched is still told from a filled one.
 */
import { isInput, type Catalogue } from '../catalogue/catalogue';
import type { IssueCode } from '../issues/issue';
import type { SchoolTab } from '../monitoring/school-tab';

export interface RequiredFill {
  readonly filled: number;
  readonly total: number;
}

const EMPTY_CODES: ReadonlySet<IssueCode> = new Set(['cell/required', 'indicator/missing']);

/** The inputs the fill is counted over: the required ones, or all when none is required. */
export function countedInputs(catalogue: Catalogue): readonly string[] {
  const inputs = catalogue.indicators.filter(isInput);
  const required = inputs.filter((def) => def.required);
  return (required.length > 0 ? required : inputs).map((def) => def.id);
}

export function requiredFill(tab: SchoolTab, catalogue: Catalogue): RequiredFill {
  const empty = new Set(
    tab.issues.filter((issue) => EMPTY_CODES.has(issue.code)).map((issue) => String(issue.params.indicator)),
  );
  // A required indicator a municipality's own form does not hold was never asked of the school.
  const ids = countedInputs(catalogue).filter((id) => tab.inputs[id]?.notAsked !== true);
  const filled = ids.filter((id) => {
    const input = tab.inputs[id];
    return input !== undefined && !empty.has(id) && (input.value !== null || input.invalid);
  });
  return { filled: filled.length, total: ids.length };
}
