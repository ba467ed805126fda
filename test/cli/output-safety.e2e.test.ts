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
}, 240_000);

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

describe('temporaries a killed run left', () => {
  it('a SIGKILL leaves its temporary; the next write of the same target removes it and writes the file whole', async () => {
    const { code } = await interruptWhileWriting('убит.xlsx', 'SIGKILL');
    expect(code).toBe(null);
    const left = (await readdir(dir)).filter((name) => name.startsWith('.убит.xlsx.'));
    expect(left).toHaveLength(1);
    const again = await run(['summary', 'demo-municipality.xlsx', '-o', 'убит.xlsx'], dir);
    expect(again.code).toBe(1);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await readFile(join(dir, 'убит.xlsx'))).subarray(0, 2).toString()).toBe('PK');
  }, 180_000);

  it('removes only stale temporaries of its own target: not another file’s, not one of a running process', async () => {
    const stale = ['.свод.xlsx.4194999-0123456789ab.tmp', '.свод.xlsx.0123456789ab.tmp'];
    // The test runner is alive: a run writing the same target now is left alone.
    const live = `.свод.xlsx.${process.pid}-0123456789ab.tmp`;
    const other = '.другая.xlsx.4194999-0123456789ab.tmp';
    for (const name of [...stale, live, other]) await writeFile(join(dir, name), 'оборванная запись');
    const done = await run(['summary', 'demo-municipality.xlsx', '-o', 'свод.xlsx'], dir);
    expect(done.code).toBe(1);
    const left = await readdir(dir);
    for (const name of stale) expect(left).not.toContain(name);
    expect(left).toContain(live);
    expect(left).toContain(other);
    await rm(join(dir, live));
    await rm(join(dir, other));
  }, 120_000);
});
