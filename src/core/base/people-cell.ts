/**
 * A cell listing people («Иванова Анна; Петров Пётр», one per line, …): the names to check and
 * a way to write the cell back with names replaced and spacing tidied, separators kept.
 */

export interface PeopleCell {
  /** Names in order, spaces collapsed, a leading list number («1.») dropped. */
  readonly names: readonly string[];
  /** The cell text with the i-th name replaced by `replacement[i]`. */
  readonly rebuild: (replacement: readonly string[]) => string;
}

const SEPARATOR = /(\s*[;,\n\r]+\s*)/;
const SPACES = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;

interface Piece {
  readonly prefix: string;
  readonly name: string;
  /** The separator typed before this name, if any. */
  readonly separator: string | null;
}

/** A separator as typed, without spaces before it and with at most one space after (none after a line break). */
function tidySeparator(separator: string): string {
  const marks = separator.replace(/[^;,\n\r]/g, '').replace(/\r\n?/g, '\n');
  if (marks.endsWith('\n')) return marks;
  return /[ \t\u00a0]$/.test(separator) ? `${marks} ` : marks;
}

/** A cell with one name and nothing to tidy: the common case, kept cheap. */
const SINGLE_CLEAN = /^[^\s;,\d][^;,\n\r]*$/;
const UNTIDY_NAME = /\s\s|[^\S ]|\s$/;

function single(name: string): PeopleCell {
  return { names: [name], rebuild: rebuildSingle };
}

function rebuildSingle(replacement: readonly string[]): string {
  return replacement[0];
}

export function parsePeopleCell(text: string): PeopleCell {
  if (SINGLE_CLEAN.test(text) && !UNTIDY_NAME.test(text)) return single(text);
  const tokens = text.split(SEPARATOR);
  const pieces: Piece[] = [];
  let separator: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (i % 2 === 1) {
      if (separator === null) separator = tokens[i];
      continue;
    }
    const match = /^\s*(\d{1,3}[.)])?\s*([\s\S]*)$/.exec(tokens[i]);
    const name = (match?.[2] ?? '').replace(SPACES, ' ').trim();
    if (name === '') continue;
    pieces.push({
      prefix: match?.[1] ? `${match[1]} ` : '',
      name,
      separator: pieces.length === 0 ? null : separator,
    });
    separator = null;
  }
  const trailing = separator === null ? '' : separator.replace(/[^;,]/g, '');
  return {
    names: pieces.map((piece) => piece.name),
    rebuild: (replacement) =>
      pieces
        .map(
          (piece, i) =>
            `${piece.separator === null ? '' : tidySeparator(piece.separator)}${piece.prefix}${replacement[i]}`,
        )
        .join('') + (pieces.length > 0 ? trailing : ''),
  };
}
