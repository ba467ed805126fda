/**
 * `cmn-sheets template --school` with the school written as people write it: the roster school it fits is
 * found, and the file is made under the roster's name; a name several roster schools fit is not guessed.
 * `npm test` builds first.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../src/cli/files/workbook-file';
import { ROOT, run } from './cli-run';

const LAKE = 'МКОУ «Озёрная ООШ»';
const ROSTER = ['МБОУ «СОШ № 1»', LAKE, 'МБОУ «Средняя общеобразовательная школа № 2»'];

let dir: string;

async function sheetNames(name: string): Promise<string[]> {
  const book = await readWorkbookFile(join(dir, name));
  return book.listSheets().map((sheet) => sheet.name);
}

async function schoolCell(name: string, sheet: string): Promise<unknown> {
  const book = await readWorkbookFile(join(dir, name));
  return book.readSheet(sheet).values[1]?.[1];
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs` (npm test does it first)');
  dir = await mkdtemp(join(tmpdir(), 'cmn-template-school-'));
  await writeFile(join(dir, 'список.txt'), `${ROSTER.join('\n')}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('template --school written as people write it', () => {
  it('finds «МКОУ «Озёрная ООШ»» for «Озёрная ООШ» and makes the file under the roster’s name', async () => {
    const made = await run(
      ['template', '-o', 'озёрная.xlsx', '--roster', 'список.txt', '--school', 'Озёрная ООШ'],
      dir,
    );
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toContain('Файл для ОО «МКОУ „Озёрная ООШ“»: озёрная.xlsx');
    expect(made.stdout).toContain(
      'Наименование «Озёрная ООШ» подходит к ОО «МКОУ „Озёрная ООШ“» из списка ОО',
    );
    expect(made.stdout).not.toContain('нет в списке ОО');
    expect(await sheetNames('озёрная.xlsx')).toEqual([LAKE, 'База наставников']);
    expect(await schoolCell('озёрная.xlsx', LAKE)).toBe(LAKE);
  });

  it('finds the school typed with Latin letters among Russian ones («COШ № 2», Latin C and O)', async () => {
    const made = await run(
      ['template', '-o', 'вторая.xlsx', '--roster', 'список.txt', '--school', 'COШ № 2'],
      dir,
    );
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Файл для ОО «МБОУ „Средняя общеобразовательная школа № 2“»: вторая.xlsx');
  });

  it('does not guess between the schools a name fits, and names them', async () => {
    const made = await run(['template', '-o', 'сош.xlsx', '--roster', 'список.txt', '--school', 'СОШ'], dir);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(
      'Наименование «СОШ» подходит к нескольким ОО из списка ОО: «МБОУ „СОШ № 1“», «МБОУ „Средняя общеобразовательная школа № 2“»',
    );
    expect(await sheetNames('сош.xlsx')).toEqual(['СОШ', 'База наставников']);
  });
});
