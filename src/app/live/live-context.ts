/**
 * What a live check cannot see on the edited sheet: the municipality's school names, against
 * which «Место работы» is checked. Saved by every full check, read only when an edit needs it.
 */
export interface LiveContext {
  readonly knownOrganisations?: readonly string[];
}
