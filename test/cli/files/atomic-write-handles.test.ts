import { readdirSync, readlinkSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/cli/files/atomic-write';

const write = (stream: Writable, text: string) =>
  new Promise<void>((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));

/** The paths this process holds open under `folder` (Linux lists a process's open files in /proc/self/fd). */
function openUnder(folder: string): string[] {
  const held: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const path = readlinkSync(join('/proc/self/fd', fd));
      if (path.startsWith(folder)) held.push(path);
    } catch {
      // The descriptor that listed the folder is closed by the time it is read.
    }
  }
  return held;
}

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-handles-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic and the files it opens', () => {
  it('creates the temporary before the first byte is produced, so a signal from then on finds it', async () => {
    const target = join(dir, 'свод.xlsx');
    let atStart: string[] = [];
    await writeFileAtomic(target, async (out) => {
      // Read before anything is written or awaited: a temporary still being opened on another
      // thread would not be here yet, and a signal now would leave it behind once it appeared.
      atStart = readdirSync(dir);
      await write(out, 'данные');
    });
    expect(atStart).toHaveLength(1);
    expect(atStart[0]).toMatch(/^\.свод\.xlsx\.\d+-[0-9a-f]{12}\.tmp$/);
    expect(await readFile(target, 'utf8')).toBe('данные');
  });

  it('holds no file open once the write is over (Windows cannot rename or delete an open file)', async () => {
    const target = join(dir, 'письма.csv');
    for (const text of ['первый', 'второй']) await writeFileAtomic(target, (out) => write(out, text));
    expect(openUnder(dir)).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe('второй');
  });

  it('holds no file open after a failed write either', async () => {
    const target = join(dir, 'письма.csv');
    await expect(
      writeFileAtomic(target, async (out) => {
        await write(out, 'половина');
        throw new Error('данные кончились');
      }),
    ).rejects.toThrow('данные кончились');
    expect(openUnder(dir)).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a write the disk refused is reported by the disk’s reason, not by what the producer made of it', async () => {
    const target = join(dir, 'отчёт.xlsx');
    await writeFile(target, 'прошлый отчёт');
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    await expect(
      writeFileAtomic(target, async (out) => {
        await write(out, 'начало');
        // The stream fails as on a full disk; a producer (a workbook writer) then throws its own,
        // vaguer error, which alone would not tell the user to free some space.
        out.destroy(full);
        await write(out, 'продолжение').catch(() => {
          throw new Error('книга не дописана');
        });
      }),
    ).rejects.toBe(full);
    expect(await readFile(target, 'utf8')).toBe('прошлый отчёт');
    expect(await readdir(dir)).toEqual(['отчёт.xlsx']);
  });
});
