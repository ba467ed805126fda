/**
 * How well a header row is a kind's: the share of its named cells that are the kind's columns.
 * A sheet goes to the kind whose header it matches best, so a sheet with a few columns of one
 * kind and the whole header of another is the other's.
 */
import { findHeader, headerKey, type FieldSpec, type HeaderMatch } from '../../core/header/find-header';
import type { Grid } from '../../core/sheet/grid';

/**
 * 0 when the kind's matcher found no header, else the share (up to 1) of the header's named cells
 * that are the kind's columns; a row-number column («№», «№ п/п») heads nearly every form and
 * counts for neither, nor does a repeated column. A header lacking some of the kind's required
 * columns (the base is taken with three of its eight) is the kind's only when most of its cells
 * are: a list of mentees shares three columns with the base, but has as many of its own.
 */
export function headerScore(grid: Grid, match: HeaderMatch<string> | null): number {
  if (match === null) return 0;
  const cells = grid.values[match.row - 1] ?? [];
  const telling = (text: unknown) => !/^(№|п\/п)/.test(headerKey(text));
  const columns = Object.values(match.columns) as number[];
  const known = columns.filter((column) => telling(cells[column - 1])).length;
  const foreign = match.extra.filter((extra) => telling(extra.text)).length;
  return match.missing.length > 0 && known <= foreign ? 0 : known / (known + foreign || 1);
}

/** Recognition of a kind whose header needs all its required columns. */
export function fullHeader(fields: readonly FieldSpec<string>[]): (grid: Grid) => number {
  return (grid) => {
    const match = findHeader(grid, fields);
    return match?.missing.length === 0 ? headerScore(grid, match) : 0;
  };
}
