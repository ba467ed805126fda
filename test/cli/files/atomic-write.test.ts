import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicBytes } from '../../../src/cli/files/atomic-bytes';
import { writeFileAtomic } from '../../../src/cli/files/atomic-write';
import { whenInterrupted } from '../../../src/cli/files/interrupt-guard';
import { CLI_MESSAGES as M, OUTPUT_SAFETY_TEXTS as S } from '../../../src/cli/messages';

type Signal = 'SIGINT' | 'SIGTERM';
type Listener = (...args: unknown[]) => void;

let dir: string;
/** What the module put on each signal: called directly, so the test runner's own handlers stay out. */
const handlers = new Map<Signal, Listener>();
const interrupted: string[] = [];
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));
}

/**
 * Starts a write and notes the signal handlers it added (the module adds them on its first write).
 * Nothing is written in a hook: a mutant that broke the write there would skip the tests, not fail them.
 */
function atomic(path: string, produce: (out: Writable) => Promise<void>): Promise<void> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const done = writeFileAtomic(path, produce);
  for (const signal of SIGNALS)
    for (const added of process.listeners(signal).filter((each) => !before.get(signal)?.has(each)))
      if (!handlers.has(signal)) handlers.set(signal, added as Listener);
  return done;
}

beforeAll(() => {
  whenInterrupted((notice) => interrupted.push(notice));
});

afterAll(() => {
  for (const signal of SIGNALS)
    for (const listener of process.listeners(signal))
      if (listener === handlers.get(signal)) process.removeListener(signal, listener as Listener);
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
    await atomic(target, async (out) => {
      await write(out, 'первая;');
      await write(out, 'вторая');
    });
    expect(await readFile(target, 'utf8')).toBe('первая;вторая');
    expect(await readdir(dir)).toEqual(['свод.csv']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'свод.csv');
    await writeFile(target, 'старое содержимое, которое длиннее нового');
    await atomic(target, (out) => write(out, 'новое'));
    expect(await readFile(target, 'utf8')).toBe('новое');
    expect(await temporaries()).toEqual([]);
  });

  it('writes the temporary next to the target, hidden, while the bytes go out', async () => {
    const target = join(dir, 'свод.csv');
    let seen: string[] = [];
    await atomic(target, async (out) => {
      await write(out, 'x');
      seen = await readdir(dir);
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(new RegExp(`^\\.свод\\.csv\\.${process.pid}-[0-9a-f]{12}\\.tmp$`));
  });

  it('on a failure keeps the old file, removes the temporary and passes the error on', async () => {
    const target = join(dir, 'свод.csv');
    await writeFile(target, 'старое');
    await expect(
      atomic(target, async (out) => {
        await write(out, 'половина');
        throw new Error('диск отключён');
      }),
    ).rejects.toThrow('диск отключён');
    expect(await readFile(target, 'utf8')).toBe('старое');
    expect(await temporaries()).toEqual([]);
  });

  it('fails when the folder does not exist, leaving nothing', async () => {
    // The error is the failed open of the temporary, not one of cleaning up what never was.
    await expect(atomic(join(dir, 'нет', 'свод.csv'), (out) => write(out, 'x'))).rejects.toMatchObject({
      code: 'ENOENT',
      syscall: 'open',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('a signal while the file is written', () => {
  it('the module handles SIGINT and SIGTERM, once however many files it writes', async () => {
    const counts = SIGNALS.map((signal) => process.listenerCount(signal));
    for (const name of ['a.csv', 'b.csv', 'c.csv']) await atomic(join(dir, name), (out) => write(out, name));
    expect([...handlers.keys()].sort()).toEqual(['SIGINT', 'SIGTERM']);
    SIGNALS.forEach((signal, i) => expect(process.listenerCount(signal) - counts[i]).toBeLessThanOrEqual(1));
  });

  it('a signal before the temporary is even opened still ends the process and leaves nothing', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const target = join(dir, 'рано.csv');
    let go: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (go = resolve));
    const done = atomic(target, async (out) => {
      await gate;
      await write(out, 'x');
      throw new Error('процесс уже завершён');
    });
    expect(() => handlers.get('SIGTERM')?.('SIGTERM')).not.toThrow();
    expect(exit).toHaveBeenCalledWith(143);
    expect(interrupted).toEqual([M.interrupted(target)]);
    go();
    await expect(done).rejects.toThrow('процесс уже завершён');
    expect(await readdir(dir)).toEqual([]);
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
      const done = atomic(target, async (out) => {
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
      expect(interrupted).toEqual([S.interruptedKept(target)]);
      // The process would be gone now; here the write is let fail instead.
      stop(new Error('прервано'));
      await expect(done).rejects.toThrow('прервано');
      expect(await readFile(target, 'utf8')).toBe('прошлый отчёт');
    },
  );

  it('after a write has finished, a signal removes nothing and reports nothing', async () => {
    vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const target = join(dir, 'готово.csv');
    await atomic(target, (out) => write(out, 'готово'));
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
