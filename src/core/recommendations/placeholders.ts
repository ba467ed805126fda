/**
 * Placeholders in template texts, so the coordinator writes a template once and every school gets
 * its own name and figures: {ОО}, {показатель}, {значение}, {цель}.
 */

export const PLACEHOLDERS = ['ОО', 'показатель', 'значение', 'цель'] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

export type PlaceholderValues = Readonly<Record<Placeholder, string>>;

const PATTERN = /\{([^{}]*)\}/g;

/** Replaces known placeholders; the substituted text is never scanned again, so a school named «{цель}» stays as is. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PATTERN, (whole, name: string) =>
    (PLACEHOLDERS as readonly string[]).includes(name.trim()) ? values[name.trim() as Placeholder] : whole,
  );
}

/** Names in braces that are not placeholders (probably typos: «{школа}», «{ значение }» is fine). */
export function unknownPlaceholders(text: string): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(PATTERN)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(match[1].trim())) unknown.push(match[0]);
  }
  return unknown;
}
