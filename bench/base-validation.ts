/**
 * How long «База наставников» validation takes on a 10 000-row base, clean and with every
 * fifth row spoilt the way curators spoil them (a message and a fix per problem).
 * Run: npx tsx bench/base-validation.ts
 */
import { validateBase } from '../src/core/base';
import type { Grid } from '../src/core/grid';
import { baseGrid, realisticRows, SCHOOLS } from '../test/core/base/base-grid';

const ROWS = 10_000;
const options = { knownOrganisations: SCHOOLS, extraForms: ['наставник — стажёр'] };

function spoilt(rows: unknown[][]): unknown[][] {
  return rows.map((row, i) => {
    if (i % 5 !== 0) return row;
    const copy = [...row];
    const spoil = [
      () => (copy[1] = String(copy[1]).toLowerCase()),
      () => (copy[1] = String(copy[1]).replace(/ (\S)\S+ (\S)\S+$/, ' $1.$2.')),
      () => (copy[6] = String(copy[6]).replace(/ — /g, '-')),
      () => (copy[2] = String(copy[2]).replace(/МБОУ «(.*)»/, '$1')),
      () => (copy[5] = `${String(copy[5])};  ${String(copy[1])}`),
    ];
    spoil[(i / 5) % spoil.length]();
    return copy;
  });
}

function measure(label: string, grid: Grid): void {
  const times: number[] = [];
  let summary = '';
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = validateBase(grid, options);
    times.push(performance.now() - start);
    summary = `${result.entries.length} entries, ${result.issues.length} issues`;
  }
  console.log(`validateBase, ${label}: first run ${times[0].toFixed(0)} ms, best of 3 ${Math.min(...times).toFixed(0)} ms (${summary})`);
}

measure(`${ROWS} clean rows`, baseGrid(realisticRows(ROWS)));
measure(`${ROWS} rows, every fifth spoilt`, baseGrid(spoilt(realisticRows(ROWS))));
