import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../src/cli/files/atomic-write';

type Listener = (...args: unknown[]) => void;

const write = (stream: Writable, text: string) =>
  new Promise<void>((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));

let added: Listener[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const listener of added) process.removeListener('SIGTERM', listener);
  added = [];
});

describe('a signal during a write when nobody asked to be told (no whenInterrupted)', () => {
  it('still removes the temporary, leaves the target and ends the process', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-unreported-'));
    try {
      const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
      const target = join(dir, 'отчёт.xlsx');
      await writeFile(target, 'прошлый');
      const before = new Set(process.listeners('SIGTERM'));
      let started: () => void = () => undefined;
      let stop: (error: Error) => void = () => undefined;
      const writing = new Promise<void>((resolve) => (started = resolve));
      const done = writeFileAtomic(target, async (out) => {
        await write(out, 'новый');
        started();
        await new Promise<void>((_, reject) => (stop = reject));
      });
      added = process.listeners('SIGTERM').filter((each) => !before.has(each)) as Listener[];
      expect(added).toHaveLength(1);
      await writing;
      expect(() => added[0]('SIGTERM')).not.toThrow();
      expect(exit).toHaveBeenCalledWith(143);
      expect(await readdir(dir)).toEqual(['отчёт.xlsx']);
      stop(new Error('прервано'));
      await expect(done).rejects.toThrow('прервано');
      expect(await readFile(target, 'utf8')).toBe('прошлый');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
