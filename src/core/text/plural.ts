/** Russian plural forms: plural(1, ['ошибка', 'ошибки', 'ошибок']) → 'ошибка', 2 → 'ошибки', 5 → 'ошибок'. */
export function plural(n: number, forms: readonly [one: string, few: string, many: string]): string {
  const whole = Math.abs(Math.trunc(n));
  // Fractions take the «few» form in Russian: «1,5 ошибки».
  if (whole !== Math.abs(n)) return forms[1];
  const lastTwo = whole % 100;
  const last = whole % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

/** The number followed by the agreeing noun: countOf(3, […]) → '3 ошибки'. */
export function countOf(n: number, forms: readonly [one: string, few: string, many: string]): string {
  return `${n} ${plural(n, forms)}`;
}
