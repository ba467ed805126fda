/**
 * A user's text in «ёлочки» (RUSSIAN.md 4): quotes inside it become „лапки“, so «группы риска»
 * inside a quoted title reads «… из числа „группы риска“ …», never «… «группы риска» …».
 */
export function quoted(text: string): string {
  return `«${text.replace(/«/g, '„').replace(/»/g, '“')}»`;
}
