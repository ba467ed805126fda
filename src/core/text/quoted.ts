/**
 * A name in «ёлочки», its own quotes turned into „лапки“ (RUSSIAN.md 4): «МБОУ „СОШ № 1“», not
 * «МБОУ «СОШ № 1»».
 */
export function quoted(name: string): string {
  return `«${name.replace(/«/g, '„').replace(/»/g, '“')}»`;
}
