/**
 * Proof with a real engine (docs/domain.md#long-format): the built command line exports the demo
 * municipality, and a roll-up of three, as CSV and as Parquet; DuckDB loads each file, recomputes every
 * municipal and regional share with SQL — Σ numerator / Σ denominator over the school rows with status
 * `counted` — and every figure must equal what the engine printed with `summary --json` and `rollup --json`.
 * `npm test` builds first; run `node build.mjs` before running this alone.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryDocument } from '../../src/cli/json-schemas';
import { generateMunicipality } from '../../src/demo/municipality';
import { ROOT, run, writeBook } from './cli-run';
import { csvSource, duckdb, parquetSource, recomputeSql, rows } from '../tools/duckdb';

const MUNICIPALITIES = [
  { name: 'Сосновский район', seed: 11, orgs: 9 },
  { name: 'Берёзовский район', seed: 12, orgs: 5 },
  { name: 'Город Ачинск', seed: 13, orgs: 7 },
] as const;

let dir: string;
let db: DuckDBConnection;
const file = (name: string) => join(dir, name);
const books = MUNICIPALITIES.map((m) => `${m.name}.xlsx`);

async function json(args: readonly string[]): Promise<SummaryDocument> {
  const result = await run(args, dir);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as SummaryDocument;
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs` (npm test does it first)');
  dir = await mkdtemp(join(tmpdir(), 'cmn-long-'));
  for (const m of MUNICIPALITIES)
    await writeBook(file(`${m.name}.xlsx`), generateMunicipality({ seed: m.seed, orgs: m.orgs }).sheets);
  db = await duckdb();
}, 120_000);

afterAll(async () => {
  db?.closeSync();
  await rm(dir, { recursive: true, force: true });
});

/** Engine figures by unit ('' for the region) and id. */
type Figures = Map<string, SummaryDocument['indicators'][number]>;

function engineFigures(
  municipal: readonly { name: string; document: SummaryDocument }[],
  region: SummaryDocument | null,
): Figures {
  const figures: Figures = new Map();
  for (const { name, document } of municipal)
    for (const indicator of document.indicators) figures.set(`${name}|${indicator.id}`, indicator);
  if (region) for (const indicator of region.indicators) figures.set(`|${indicator.id}`, indicator);
  return figures;
}

/** Compares every recomputed figure with the engine's; returns how many were compared. */
async function compare(source: string, engine: Figures, units: readonly string[]): Promise<number> {
  const recomputed = await rows(db, recomputeSql(source));
  let compared = 0;
  for (const row of recomputed) {
    const unit = String(row.unit);
    if (!units.includes(unit)) continue;
    const figure = engine.get(`${unit}|${String(row.indicator_id)}`);
    expect(figure, `${unit} ${String(row.indicator_id)}`).toBeDefined();
    if (!figure) continue;
    expect(row.schools, `${unit} ${figure.id}: schools counted`).toBe(figure.schoolsCounted);
    if (figure.type === 'count') expect(row.total, `${unit} ${figure.id}`).toBe(figure.value);
    else if (figure.type === 'share' || figure.type === 'flag') {
      if (figure.value === null) expect(row.share).toBeNull();
      else expect(row.share as number, `${unit} ${figure.id}`).toBeCloseTo(figure.value, 12);
      expect(figure.numerator).not.toBeNull();
    }
    compared++;
  }
  // Every figure the engine computed from at least one school was recomputed.
  const expected = [...engine.entries()].filter(
    ([key, f]) => units.includes(key.split('|')[0]) && f.schoolsCounted > 0,
  );
  expect(compared).toBe(expected.length);
  return compared;
}

describe('export of the demo municipality', () => {
  it(
    'gives DuckDB the school rows from which every municipal figure is recomputed, in CSV and in Parquet',
    { timeout: 120_000 },
    async () => {
      const name = MUNICIPALITIES[0].name;
      const summary = await json(['summary', books[0], '--json']);
      for (const format of ['csv', 'parquet'] as const) {
        const exported = await run(['export', books[0], '--format', format, '-o', `one.${format}`], dir);
        // The demo plants errors on purpose: exit 1 says so, and the file is still written.
        expect(exported.code, exported.stderr).toBe(1);
        const source = format === 'csv' ? csvSource(file('one.csv')) : parquetSource(file('one.parquet'));
        const engine = engineFigures([{ name, document: summary }], null);
        const compared = await compare(source, engine, [name]);
        expect(compared).toBeGreaterThan(30);
        // Schools with errors in an indicator's inputs are there, marked excluded, and not summed.
        const [excluded] = await rows(
          db,
          `SELECT COUNT(*)::INTEGER AS n FROM ${source} WHERE status = 'excluded'`,
        );
        expect(excluded.n as number).toBeGreaterThan(0);
        // The municipal rows of the file are the engine's figures.
        const municipal = await rows(
          db,
          `SELECT indicator_id, value, schools_counted FROM ${source} WHERE level = 'municipality'`,
        );
        expect(municipal).toHaveLength(summary.indicators.length);
        for (const row of municipal) {
          const figure = engine.get(`${name}|${String(row.indicator_id)}`);
          expect(row.value).toBe(figure?.value);
          expect(row.schools_counted).toBe(figure?.schoolsCounted);
        }
      }
    },
  );

  it('loads the same rows and the same nulls from the CSV and the Parquet', async () => {
    const counts = async (source: string) =>
      rows(
        db,
        `SELECT level, COUNT(*)::INTEGER AS n, COUNT(school)::INTEGER AS schools, COUNT(region)::INTEGER AS regions,
                COUNT(indicator_code)::INTEGER AS codes, COUNT(value)::INTEGER AS values, COUNT(met)::INTEGER AS met
         FROM ${source} GROUP BY level ORDER BY level`,
      );
    const csv = await counts(csvSource(file('one.csv')));
    expect(csv.length).toBe(2);
    expect(await counts(parquetSource(file('one.parquet')))).toEqual(csv);
  });

  it('types the Parquet columns as the long format defines them (docs/domain.md#long-format)', async () => {
    const described = await rows(db, `DESCRIBE SELECT * FROM ${parquetSource(file('one.parquet'))}`);
    const types = Object.fromEntries(described.map((row) => [row.column_name, row.column_type]));
    expect(types).toMatchObject({
      period: 'VARCHAR',
      level: 'VARCHAR',
      indicator_code: 'VARCHAR',
      value: 'DOUBLE',
      numerator: 'DOUBLE',
      denominator: 'DOUBLE',
      schools_counted: 'INTEGER',
      target: 'DOUBLE',
      met: 'BOOLEAN',
      status: 'VARCHAR',
    });
    expect(described.map((row) => row.column_name)).toEqual([
      'period',
      'region',
      'municipality',
      'level',
      'school',
      'indicator_id',
      'indicator_code',
      'indicator_title',
      'type',
      'value',
      'numerator',
      'denominator',
      'schools_counted',
      'target',
      'met',
      'status',
    ]);
  });
});

describe('export and roll-up of three municipalities', () => {
  let region: SummaryDocument;
  let municipal: { name: string; document: SummaryDocument }[];

  beforeAll(async () => {
    municipal = [];
    for (const [index, m] of MUNICIPALITIES.entries())
      municipal.push({ name: m.name, document: await json(['summary', books[index], '--json']) });
    region = await json(['rollup', ...books, '--json']);
  }, 120_000);

  it(
    'recomputes every municipal and regional share from the school rows, in CSV and in Parquet',
    { timeout: 120_000 },
    async () => {
      for (const format of ['csv', 'parquet'] as const) {
        const exported = await run(['export', ...books, '--format', format, '-o', `region.${format}`], dir);
        expect(exported.code, exported.stderr).toBe(1);
        const source =
          format === 'csv' ? csvSource(file('region.csv')) : parquetSource(file('region.parquet'));
        const engine = engineFigures(municipal, region);
        const compared = await compare(source, engine, [...MUNICIPALITIES.map((m) => m.name), '']);
        expect(compared).toBeGreaterThan(120);
        // The regional rows of the file are rollup's figures.
        const regional = await rows(
          db,
          `SELECT indicator_id, value, numerator, denominator FROM ${source} WHERE level = 'region'`,
        );
        expect(regional).toHaveLength(region.indicators.length);
        for (const row of regional) {
          const figure = engine.get(`|${String(row.indicator_id)}`);
          expect(row.value).toBe(figure?.value);
          expect(row.numerator).toBe(figure?.numerator);
        }
      }
    },
  );

  it('rollup --json lists the municipalities alphabetically, with their own figures, and weights the region over schools', () => {
    expect(region.organizations.map((org) => org.name)).toEqual([
      'Берёзовский район',
      'Город Ачинск',
      'Сосновский район',
    ]);
    for (const org of region.organizations) {
      const own = municipal.find((m) => m.name === org.name)?.document;
      for (const indicator of own?.indicators ?? []) expect(org.values[indicator.id]).toBe(indicator.value);
    }
    const mentors = (doc: SummaryDocument) => doc.indicators.find((i) => i.id === 'share_mentors');
    const parts = municipal.map((m) => mentors(m.document));
    const numerator = parts.reduce((sum, p) => sum + (p?.numerator ?? 0), 0);
    const denominator = parts.reduce((sum, p) => sum + (p?.denominator ?? 0), 0);
    expect(mentors(region)?.value).toBeCloseTo(numerator / denominator, 12);
    // Not the mean of the municipal shares (the municipalities differ in size).
    const mean = parts.reduce((sum, p) => sum + (p?.value ?? 0), 0) / parts.length;
    expect(Math.abs((mentors(region)?.value ?? 0) - mean)).toBeGreaterThan(1e-6);
  });
});
