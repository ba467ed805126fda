/**
 * SPEC 9 on the built command line, for a kill rather than Ctrl-C: SIGTERM during the write of a
 * copy that replaces an existing file (--force) removes the temporary and leaves the old file
 * exactly as it was. `npm test` builds first.
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
  dir = await mkdtemp(join(tmpdir(), 'cmn-sigterm-'));
  // 300 schools: writing the copy takes long enough to interrupt it.
  const demo = await run(['demo', '--dir', dir, '--orgs', '300'], dir);
  expect(demo.code).toBe(0);
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SIGTERM while the copy is written', () => {
  it('removes the temporary file, leaves the old target untouched, and says so', async () => {
    const target = join(dir, 'прошлая.xlsx');
    await writeFile(target, 'копия прошлого месяца с правками координатора');
    const before = await sha(target);
    const child = spawn(
      process.execPath,
      [BIN, 'summary', 'demo-municipality.xlsx', '-o', 'прошлая.xlsx', '--force'],
      { cwd: dir },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    let seen = false;
    for (let i = 0; i < 1500 && !seen; i++) {
      seen = (await readdir(dir)).some((name) => name.endsWith('.tmp'));
      if (!seen) await new Promise((wait) => setTimeout(wait, 10));
    }
    expect(seen).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await sha(target)).toBe(before);
    expect(stderr).toContain('Запись прервана: файл прошлая.xlsx не создан');
  }, 60_000);
});
