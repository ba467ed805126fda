/**
 * A name in «ёлочки», its own quotes turned into „лапки“ as RUSSIAN.md asks:
 * quote('МБОУ «СОШ № 1»') → «МБОУ „СОШ № 1“».
 */
export function quote(text: string): string {
  return `«${text.replace(/«/g, '„').replace(/»/g, '“').replace(/"([^"]*)"/g, '„$1“')}»`;
}
