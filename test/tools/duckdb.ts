/**
 * DuckDB, a real analytical engine, loading the long-format files the command line writes
 * (docs/domain.md#long-format).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { LONG_COLUMNS, type LongColumnType } from '../../src/core/long-format/long-row';

const SQL_TYPES: Readonly<Record<LongColumnType, string>> = {
  text: 'VARCHAR',
  double: 'DOUBLE',
  integer: 'INTEGER',
  boolean: 'BOOLEAN',
};

export async function duckdb(): Promise<DuckDBConnection> {
  return (await DuckDBInstance.create(':memory:')).connect();
}

const quote = (path: string) => `'${path.replace(/'/g, "''")}'`;

/** The CSV read with the contract's column types, as docs/analytics.md tells analysts to load it. */
export function csvSource(path: string): string {
  const columns = LONG_COLUMNS.map(({ name, type }) => `'${name}': '${SQL_TYPES[type]}'`).join(', ');
  return `read_csv(${quote(path)}, header = true, delim = ',', quote = '"', escape = '"', columns = {${columns}})`;
}

export function parquetSource(path: string): string {
  return `read_parquet(${quote(path)})`;
}

export async function rows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjects() as Record<string, unknown>[];
}

/**
 * Every municipal and regional figure recomputed from the school rows alone: Σ numerator /
 * Σ denominator (shares), Σ value (counts) and the number of schools, over rows with status
 * `counted`. `unit` is the municipality, or '' for the whole region.
 */
export function recomputeSql(source: string): string {
  const figures = (unit: string, groupBy: string) => `
    SELECT ${unit} AS unit, indicator_id, any_value(type) AS type,
           SUM(numerator) / NULLIF(SUM(denominator), 0) AS share,
           SUM(value) AS total,
           COUNT(*)::INTEGER AS schools
    FROM ${source}
    WHERE level = 'school' AND status = 'counted'
    GROUP BY ${groupBy}`;
  return `${figures('municipality', 'municipality, indicator_id')} UNION ALL ${figures("''", 'indicator_id')}`;
}
