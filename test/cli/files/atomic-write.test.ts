import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicBytes } from '../../../src/cli/files/atomic-bytes';
import { whenInterrupted, writeFileAtomic } from '../../../src/cli/files/atomic-write';

type Signal = 'SIGINT' | 'SIGTERM';
type Listener = (...args: unknown[]) => void;

let dir: string;
/** What the module put on each signal: called directly, so the test runner's own handlers stay out. */
const handlers = new Map<Signal, Listener>();
const interrupted: string[] = [];

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));
}

beforeAll(async () => {
  const before = new Map((['SIGINT', 'SIGTERM'] as const).map((s) => [s, new Set(process.listeners(s))]));
  const warmUp = await mkdtemp(join(tmpdir(), 'atomic-warm-up-'));
  await writeFileAtomic(join(warmUp, 'a.txt'), (out) => write(out, 'a'));
  await rm(warmUp, { recursive: true, force: true });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const added = process.listeners(signal).filter((each) => !before.get(signal)?.has(each));
    if (added.length === 1) handlers.set(signal, added[0] as Listener);
  }
  whenInterrupted((target) => interrupted.push(target));
});

afterAll(() => {
  for (const [signal, handler] of handlers) process.removeListener(signal, handler);
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
  interrupted.length = 0;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const temporaries = async () => (await readdir(dir)).filter((name) => name.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('writes what is produced and leaves no temporary behind', async () => {
    const target = join(dir, 'свод.csv');
    await writeFileAtomic(target, async (out) => {
      await write(out, 'первая;');
      await write(out, 'вторая');
    });
    expect(await readFile(target, 'utf8')).toBe('первая;вторая');
    expect(await readdir(dir)).toEqual(['свод.csv']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'свод.csv');
    await writeFile(target, 'старое содержимое, которое длиннее нового');
    await writeFileAtomic(target, (out) => write(out, 'новое'));
    expect(await readFile(target, 'utf8')).toBe('новое');
    expect(await temporaries()).toEqual([]);
  });

  it('writes the temporary next to the target, hidden, while the bytes go out', async () => {
    const target = join(dir, 'свод.csv');
    let seen: string[] = [];
    await writeFileAtomic(target, async (out) => {
      await write(out, 'x');
      seen = await readdir(dir);
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^\.свод\.csv\.[0-9a-f]{12}\.tmp$/);
  });

  it('on a failure keeps the old file, removes the temporary and passes the error on', async () => {
    const target = join(dir, 'свод.csv');
    await writeFile(target, 'старое');
    await expect(
      writeFileAtomic(target, async (out) => {
        await write(out, 'половина');
        throw new Error('диск отключён');
      }),
    ).rejects.toThrow('диск отключён');
    expect(await readFile(target, 'utf8')).toBe('старое');
    expect(await temporaries()).toEqual([]);
  });

  it('fails when the folder does not exist, leaving nothing', async () => {
    await expect(writeFileAtomic(join(dir, 'нет', 'свод.csv'), (out) => write(out, 'x'))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('a signal while the file is written', () => {
  it('the module handles SIGINT and SIGTERM', () => {
    expect([...handlers.keys()].sort()).toEqual(['SIGINT', 'SIGTERM']);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s removes the temporary, leaves the target untouched, says so and exits with %i',
    async (signal, code) => {
      const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
      const target = join(dir, 'прервано.xlsx');
      await writeFile(target, 'прошлый отчёт');
      let stop: (error: Error) => void = () => undefined;
      let started: () => void = () => undefined;
      const writing = new Promise<void>((resolve) => (started = resolve));
      const done = writeFileAtomic(target, async (out) => {
        await write(out, 'половина нового отчёта');
        started();
        await new Promise<void>((_, reject) => (stop = reject));
      });
      await writing;
      expect(await temporaries()).toHaveLength(1);

      const handler = handlers.get(signal);
      expect(handler).toBeDefined();
      handler?.(signal);

      expect(exit).toHaveBeenCalledWith(code);
      expect(await temporaries()).toEqual([]);
      expect(await readFile(target, 'utf8')).toBe('прошлый отчёт');
      expect(interrupted).toEqual([target]);
      // The process would be gone now; here the write is let fail instead.
      stop(new Error('прервано'));
      await expect(done).rejects.toThrow('прервано');
      expect(await readFile(target, 'utf8')).toBe('прошлый отчёт');
    },
  );

  it('after a write has finished, a signal removes nothing and reports nothing', async () => {
    vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const target = join(dir, 'готово.csv');
    await writeFileAtomic(target, (out) => write(out, 'готово'));
    handlers.get('SIGTERM')?.('SIGTERM');
    expect(interrupted).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe('готово');
  });
});

describe('atomicBytes', () => {
  it('writes the bytes whole', async () => {
    const target = join(dir, 'письмо.docx');
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]);
    await atomicBytes(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['письмо.docx']);
  });

  it('fails without leaving anything when the target cannot be written', async () => {
    await expect(atomicBytes(join(dir, 'нет', 'письмо.docx'), new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
