/**
 * `cmn-sheets report` writes its documents all or nothing (docs/decisions.md#interrupted-runs-and-outputs), on the
 * built command line: letters of schools with 150-character names that need «(2)» fit the file system's
 * 255 bytes; Ctrl-C in the middle of 300 letters leaves the previous set as it was, or no folder when there
 * was none; a write that fails half-way says so in Russian and leaves the previous set; a SIGKILL's
 * leftovers are cleared by the next run. `npm test` builds first.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMunicipality } from '../../src/demo/municipality';
import { BIN, run, writeBook } from './cli-run';

const LETTERS = 'Адресные рекомендации';
const REPORT = 'Аналитическая справка.docx';
/** 150 characters, as an official name runs: two schools differ only after the first 120. */
const LONG =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 ' +
  'с углублённым изучением отдельных предметов имени Героя';

let dir: string;
const file = (name: string) => join(dir, name);

/** Every file under `folder` (hidden ones too) → the hash of its bytes. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (path: string): Promise<void> => {
    for (const entry of await readdir(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) await walk(full);
      else
        files.set(
          relative(folder, full),
          createHash('sha256')
            .update(await readFile(full))
            .digest('hex'),
        );
    }
  };
  await walk(folder);
  return files;
}

const hidden = async (folder: string) => (await readdir(folder)).filter((name) => name.startsWith('.'));

/**
 * Starts `report` on the 300 schools into `target` and sends `signal` once its temporary folder holds some
 * letters: the middle of the run. Gives the exit code (null for a kill) and what the command said.
 */
async function interruptReport(
  target: string,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const args = [BIN, 'report', 'demo-municipality.xlsx', '--dir', target, '--force'];
  const child = spawn(process.execPath, args, { cwd: dir });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, got) => done({ code, signal: got })),
  );
  let midway = false;
  for (let i = 0; i < 6000 && !midway; i++) {
    const staging = existsSync(file(target)) ? await hidden(file(target)) : [];
    const letters = staging.length === 1 ? join(file(target), staging[0], LETTERS) : '';
    midway = letters !== '' && existsSync(letters) && (await readdir(letters).catch(() => [])).length >= 5;
    if (!midway) await new Promise((wait) => setTimeout(wait, 10));
  }
  expect(midway).toBe(true);
  child.kill(signal);
  return { ...(await exited), stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmn-all-or-nothing-'));
  // 300 schools: the letters take long enough to interrupt; the demo writes the first set into «отчёт».
  const demo = await run(['demo', '--dir', dir, '--orgs', '300'], dir);
  expect(demo.code).toBe(0);
  const sheets = generateMunicipality({ seed: 31, orgs: 3, plantDefects: false }).sheets.map((sheet) => ({
    name: sheet.name,
    values: sheet.values.map((row) => row.slice()),
  }));
  const tabs = sheets.filter((sheet) =>
    sheet.values.some((row) => row[0] === 'Образовательная организация:'),
  );
  tabs.slice(0, 2).forEach((tab, i) => {
    tab.values.find((row) => row[0] === 'Образовательная организация:')![1] = `${LONG} (корпус ${i + 1})`;
  });
  await writeBook(file('длинные.xlsx'), sheets);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('letters of schools with 150-character names', () => {
  it('are written, told apart by «(2)», each name within 255 bytes with room for a temporary', async () => {
    const done = await run(['report', 'длинные.xlsx', '--dir', 'длинные'], dir);
    expect(done.stderr).toBe('');
    expect(done.code).toBeLessThan(2);
    const letters = await readdir(file(join('длинные', LETTERS)));
    expect(letters).toHaveLength(3);
    const long = letters.filter((name) => name.startsWith(LONG.slice(0, 100)));
    expect(long).toHaveLength(2);
    expect(long.filter((name) => name.endsWith(' (2).docx'))).toHaveLength(1);
    // «.<name>.<process>-<12 hex>.tmp» of the atomic writes must fit too.
    for (const name of letters) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255 - 30);
    expect(await hidden(file('длинные'))).toEqual([]);
  }, 60_000);
});

describe('Ctrl-C in the middle of 300 letters', () => {
  it('leaves the previous set exactly as it was, no temporary folder, and says what was kept', async () => {
    const before = await snapshot(file('отчёт'));
    expect([...before.keys()].filter((path) => path.startsWith(LETTERS))).toHaveLength(300);
    const { code, stderr } = await interruptReport('отчёт', 'SIGINT');
    expect(code).toBe(130);
    expect(stderr).toContain(
      'Запись прервана: документы в папку отчёт не записаны, прежние документы в ней сохранены без изменений',
    );
    expect(await snapshot(file('отчёт'))).toEqual(before);
  }, 120_000);

  it('with no previous set, leaves no folder at all', async () => {
    const { code, stderr } = await interruptReport('новая папка', 'SIGTERM');
    expect(code).toBe(143);
    expect(stderr).toContain('Запись прервана: документы в папку новая папка не записаны');
    expect(stderr).not.toContain('прежние');
    expect(existsSync(file('новая папка'))).toBe(false);
  }, 120_000);
});

describe('a kill that cannot be caught (SIGKILL), then the next run', () => {
  it('leaves the previous set in place beside the temporary folder, which the next run removes', async () => {
    const before = await snapshot(file('отчёт'));
    const { signal } = await interruptReport('отчёт', 'SIGKILL');
    expect(signal).toBe('SIGKILL');
    expect(await hidden(file('отчёт'))).toHaveLength(1);
    const kept = await snapshot(file('отчёт'));
    for (const [path, hash] of before) expect(kept.get(path)).toBe(hash);

    const again = await run(['report', 'demo-municipality.xlsx', '--dir', 'отчёт', '--force'], dir);
    expect(again.code).toBe(1);
    expect(await hidden(file('отчёт'))).toEqual([]);
    expect(await readdir(file(join('отчёт', LETTERS)))).toHaveLength(300);
  }, 180_000);
});

describe('a write that fails half-way', () => {
  /**
   * A folder so deep that the letters fit in it, but not in the temporary folder inside it, which adds
   * «/.cmn-documents.<process>-<12 hex>.tmp» (over 30 bytes): Linux refuses paths of 4096 bytes and more.
   * The reports, with short names, are written first; the long letters fail.
   */
  async function deepFolder(longest: number): Promise<string> {
    let deep = join(dir, 'глубоко');
    const wanted = 4070 - Buffer.byteLength(`/${LETTERS}/`) - longest;
    while (Buffer.byteLength(deep) < wanted)
      deep = join(deep, 'd'.repeat(Math.min(200, wanted - Buffer.byteLength(deep) - 1)));
    await mkdir(join(deep, LETTERS), { recursive: true });
    return deep;
  }

  it('says why in Russian, keeps the previous documents, and leaves nothing of its own', async () => {
    const letters = await readdir(file(join('длинные', LETTERS)));
    const deep = await deepFolder(Math.max(...letters.map((name) => Buffer.byteLength(name))));
    await writeFile(join(deep, REPORT), 'справка прошлого месяца');
    await writeFile(join(deep, LETTERS, 'письмо.docx'), 'письмо прошлого месяца');
    const before = await snapshot(deep);

    const failed = await run(['report', 'длинные.xlsx', '--dir', deep, '--force'], dir);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('слишком длинное имя файла или путь к нему');
    expect(failed.stderr).toContain('Прежние документы в ней сохранены без изменений');
    expect(failed.stderr).not.toMatch(/ENAMETOOLONG|Внутренняя ошибка/);
    expect(await snapshot(deep)).toEqual(before);
    expect(await hidden(deep)).toEqual([]);
  }, 60_000);
});
