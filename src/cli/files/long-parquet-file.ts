/** The long format written as a Parquet file (docs/domain.md#long-format): its bytes through the atomic write. */
import type { LongRow } from '../../core/long-format/long-row';
import { longParquetBytes } from '../../app/region/long-parquet-bytes';
import { writeFileAtomic } from './atomic-write';

export async function writeLongParquet(path: string, rows: readonly LongRow[]): Promise<void> {
  const bytes = await longParquetBytes(rows);
  await writeFileAtomic(path, async (out) => {
    await new Promise<void>((done, fail) => out.write(bytes, (error) => (error ? fail(error) : done())));
  });
}
