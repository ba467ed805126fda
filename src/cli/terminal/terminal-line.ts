/**
 * Lines for a terminal: texts from users' cells (a school's name, a retitled indicator) can be
 * tens of thousands of characters long; a report line is cut so it stays readable. The JSON
 * output keeps everything.
 */
export const MAX_LINE = 400;

export function terminalLines(lines: readonly string[]): string[] {
  return lines.map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line));
}
