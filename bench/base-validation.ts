/**
 * How long «База наставников» validation takes on a 10 000-row base.
 * Run: npx tsx bench/base-validation.ts
 */
import { validateBase } from '../src/core/base';
import { baseGrid, realisticRows, SCHOOLS } from '../test/core/base/base-grid';

const ROWS = 10_000;
const grid = baseGrid(realisticRows(ROWS));
const options = { knownOrganisations: SCHOOLS, extraForms: ['наставник — наставляемый (проектная группа)'] };

const times: number[] = [];
let summary = '';
for (let run = 0; run < 3; run++) {
  const start = performance.now();
  const result = validateBase(grid, options);
  times.push(performance.now() - start);
  summary = `${result.entries.length} entries, ${result.issues.length} issues`;
}
console.log(`validateBase, ${ROWS} rows: first run ${times[0].toFixed(0)} ms, best of 3 ${Math.min(...times).toFixed(0)} ms (${summary})`);
