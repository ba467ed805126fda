/**
 * The long format as the bytes of a Parquet file (docs/domain.md#long-format) with hyparquet-writer, a
 * pure-JavaScript writer: the same columns as the CSV, typed text → UTF-8 BYTE_ARRAY, double → DOUBLE,
 * integer → INT32, boolean → BOOLEAN, every column nullable, an empty text null. The command line writes
 * them to a file, the page in the browser offers them as a download.
 */
import { LONG_COLUMNS, type LongColumnType, type LongRow } from '../../core/long-format/long-row';

const PARQUET_TYPES: Readonly<Record<LongColumnType, 'STRING' | 'DOUBLE' | 'INT32' | 'BOOLEAN'>> = {
  text: 'STRING',
  double: 'DOUBLE',
  integer: 'INT32',
  boolean: 'BOOLEAN',
};

export async function longParquetBytes(rows: readonly LongRow[]): Promise<Uint8Array> {
  // Loaded by the export alone, not with every command.
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const buffer = parquetWriteBuffer({
    columnData: LONG_COLUMNS.map(({ name, type }) => ({
      name,
      // An empty text is null, as an engine reads an empty CSV field: both files query alike.
      data: rows.map((row) => (type === 'text' && row[name] === '' ? null : row[name])),
      type: PARQUET_TYPES[type],
      nullable: true,
    })),
    createdBy: 'cmn-sheets',
  });
  return new Uint8Array(buffer);
}
