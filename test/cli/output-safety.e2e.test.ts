/**
 * docs/domain.md#regeneration on the built command line: an existing output file is never replaced without
 * --force (the coordinator's edits in a previous copy would be lost), and Ctrl-C or a kill (SIGTERM) during
 * the write leaves no temporary file and the target as it was. `npm test` builds first.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, run } from './cli-run';

const sha = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmn-output-'));
  // 300 schools: writing the copy takes long enough to interrupt it.
  const demo = await run(['demo', '--dir', dir, '--orgs', '300'], dir);
  expect(demo.code).toBe(0);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('summary -o onto an existing file', () => {
  it('refuses with exit 2, says what to do in Russian, and leaves the file as it was', async () => {
    const target = join(dir, 'правленая копия.xlsx');
    await writeFile(target, 'правки координатора');
    const before = await sha(target);
    const refused = await run(['summary', 'demo-municipality.xlsx', '-o', target], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Файл результата уже есть');
    expect(refused.stderr).toContain('--force');
    expect(refused.stdout).toBe('');
    expect(await sha(target)).toBe(before);
  });

  it('replaces it with --force', async () => {
    const target = join(dir, 'заменить.xlsx');
    await writeFile(target, 'старое');
    const replaced = await run(['summary', 'demo-municipality.xlsx', '-o', target, '--force'], dir);
    expect(replaced.code).toBe(1);
    expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');
  }, 30_000);
});

/**
 * Starts `summary -o output` and sends `signal` as soon as the temporary exists: that is when a
 * plain kill would leave it behind. Gives the exit code and what the command said.
 */
async function interruptWhileWriting(
  output: string,
  signal: NodeJS.Signals,
  force = false,
): Promise<{ code: number | null; stderr: string }> {
  const args = [BIN, 'summary', 'demo-municipality.xlsx', '-o', output, ...(force ? ['--force'] : [])];
  const child = spawn(process.execPath, args, { cwd: dir });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  let seen = false;
  for (let i = 0; i < 1500 && !seen; i++) {
    seen = (await readdir(dir)).some((name) => name.endsWith('.tmp'));
    if (!seen) await new Promise((wait) => setTimeout(wait, 10));
  }
  expect(seen).toBe(true);
  child.kill(signal);
  return { code: await exited, stderr };
}

describe('Ctrl-C while the copy is written', () => {
  it('removes the temporary file, creates no target, and says so', async () => {
    const { code, stderr } = await interruptWhileWriting('прервано.xlsx', 'SIGINT');
    expect(code).toBe(130);
    const left = await readdir(dir);
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(left).not.toContain('прервано.xlsx');
    expect(stderr).toContain('Запись прервана: файл прервано.xlsx не создан');
  }, 60_000);
});

describe('SIGTERM while a copy that replaces a file is written', () => {
  it('removes the temporary file, leaves the old target untouched, and says so', async () => {
    const target = join(dir, 'прошлая.xlsx');
    await writeFile(target, 'копия прошлого месяца с правками координатора');
    const before = await sha(target);
    const { code, stderr } = await interruptWhileWriting('прошлая.xlsx', 'SIGTERM', true);
    expect(code).toBe(143);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await sha(target)).toBe(before);
    expect(stderr).toContain(
      'Запись прервана: файл прошлая.xlsx не заменён, прежний файл сохранён без изменений',
    );
  }, 60_000);
});
