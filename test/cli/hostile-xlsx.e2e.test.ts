/**
 * Hostile .xlsx files against the real limits of src/xlsx/xlsx-limits.ts (docs/cli.md#limits): a zip
 * bomb that says how large it unpacks, one that lies about it, and a sheet of more rows than a book
 * may hold. Each is a few hundred kilobytes, made here. `check` refuses each with its reason (exit 2);
 * `collect` skips each with the same reason and takes the school beside them. The memory and time
 * these cost, and those of gigabyte bombs, are the benchmark's (docs/benchmark.md).
 * `npm test` builds first; run `node build.mjs` before running this alone.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectDocument } from '../../src/cli/json-schemas';
import { numberRows, sheetsBook, zipBomb } from '../xlsx/hostile-xlsx';
import { ROOT, run } from './cli-run';
import { fillSchoolFile, mentorsOf, validValues } from './school-file';

const MB = 1024 * 1024;
const SCHOOL = 'МБОУ «СОШ № 1»';
/** Just over the 100 MB limit: the file itself is about 130 KB. */
const BOMB_BYTES = 110 * MB;

const TOO_LARGE = 'Книга слишком велика для чтения';
const DECLARED = 'Объём книги в распакованном виде — 111\u00a0МБ при предельном объёме 100\u00a0МБ';
const INFLATED = 'Объём книги в распакованном виде превышает 100\u00a0МБ — предельный объём одной книги';
const ROWS =
  'Число строк в книге превышает 200\u00a0000 — предельное число строк одной книги; ' +
  'предел превышен на листе «База наставников»';

let dir: string;
const inbox = (name: string) => join('входящие', name);
const file = (name: string) => join(dir, inbox(name));

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs` (npm test does it first)');
  dir = await mkdtemp(join(tmpdir(), 'cmn-hostile-'));
  await mkdir(join(dir, 'входящие'));
  await writeFile(file('бомба.xlsx'), zipBomb({ unpacked: BOMB_BYTES }));
  await writeFile(
    file('бомба с ложным размером.xlsx'),
    zipBomb({ unpacked: BOMB_BYTES, declaredSize: 4096 }),
  );
  await writeFile(file('строки.xlsx'), sheetsBook([{ name: 'База наставников', rows: numberRows(200_001) }]));
  const made = await run(['template', '-o', inbox('школа.xlsx'), '--school', SCHOOL], dir);
  if (made.code !== 0) throw new Error(made.stderr);
  await fillSchoolFile(file('школа.xlsx'), SCHOOL, validValues(), mentorsOf(0));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('check on a hostile workbook', () => {
  it.each([
    { name: 'бомба.xlsx', reason: DECLARED },
    { name: 'бомба с ложным размером.xlsx', reason: INFLATED },
    { name: 'строки.xlsx', reason: ROWS },
  ])('refuses $name with exit 2, naming the limit and what went over it', async ({ name, reason }) => {
    const result = await run(['check', inbox(name)], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${TOO_LARGE}: ${inbox(name)}. ${reason}. Удалите`);
  });

  it('still reads a normal school file', async () => {
    const result = await run(['check', inbox('школа.xlsx')], dir);
    expect(result.code).toBe(0);
  });
});

describe('collect over a folder with hostile workbooks', () => {
  let document: CollectDocument;

  beforeAll(async () => {
    const result = await run(['collect', 'входящие', '-o', 'книга.xlsx', '--json'], dir);
    // stderr holds only the progress lines of a run that takes a while.
    expect(result.stderr).not.toContain(TOO_LARGE);
    expect(result.code).toBe(0);
    document = JSON.parse(result.stdout) as CollectDocument;
  }, 60_000);

  it('takes the school and skips each hostile file with its reason', () => {
    expect(document.taken.map((entry) => entry.file)).toEqual([inbox('школа.xlsx'), inbox('школа.xlsx')]);
    const reasons = new Map(document.skipped.map((entry) => [entry.file, entry.reason]));
    const lower = TOO_LARGE.toLowerCase();
    expect(reasons.get(inbox('бомба.xlsx'))).toMatch(new RegExp(`^${lower}\\. ${DECLARED}\\. Удалите`));
    expect(reasons.get(inbox('бомба с ложным размером.xlsx'))).toMatch(
      new RegExp(`^${lower}\\. ${INFLATED}\\.`),
    );
    expect(reasons.get(inbox('строки.xlsx'))).toMatch(new RegExp(`^${lower}\\. ${ROWS}\\.`));
    expect(document.skipped).toHaveLength(3);
  });
});
