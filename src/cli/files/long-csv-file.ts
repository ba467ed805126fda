/** The long format written as a CSV file (docs/domain.md#long-format), line by line into an atomic write. */
import type { Writable } from 'node:stream';
import { longCsvHeader, longCsvLine } from '../../core/long-format/long-csv';
import type { LongRow } from '../../core/long-format/long-row';
import { writeFileAtomic } from './atomic-write';

/** Lines per write: few calls, and a large export never sits in memory as one string. */
const CHUNK = 2000;

function write(out: Writable, text: string): Promise<void> {
  return new Promise((done, fail) => out.write(text, 'utf8', (error) => (error ? fail(error) : done())));
}

export async function writeLongCsv(path: string, rows: readonly LongRow[]): Promise<void> {
  await writeFileAtomic(path, async (out) => {
    await write(out, `${longCsvHeader()}\r\n`);
    for (let start = 0; start < rows.length; start += CHUNK) {
      const lines = rows.slice(start, start + CHUNK).map((row) => `${longCsvLine(row)}\r\n`);
      await write(out, lines.join(''));
    }
  });
}
