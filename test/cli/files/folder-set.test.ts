/** A set of entries replaced as one, on a real folder (folder-set.ts). */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceFolderSet } from '../../../src/cli/files/folder-set';

let root: string;
const NAMES = ['справка.docx', 'письма'];

async function fillNew(staging: string): Promise<void> {
  await writeFile(join(staging, 'справка.docx'), 'новая справка');
  await mkdir(join(staging, 'письма'));
  await writeFile(join(staging, 'письма', 'СОШ 1.docx'), 'новое письмо');
}

async function previousSet(dir: string): Promise<void> {
  await mkdir(join(dir, 'письма'), { recursive: true });
  await writeFile(join(dir, 'справка.docx'), 'прежняя справка');
  await writeFile(join(dir, 'письма', 'СОШ 9.docx'), 'прежнее письмо');
  await writeFile(join(dir, 'книга.xlsx'), 'книга координатора');
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'folder-set-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('replaceFolderSet', () => {
  it('puts the new set in place of the previous one whole, and leaves other files and no temporary', async () => {
    const dir = join(root, 'отчёт');
    await previousSet(dir);
    await replaceFolderSet({ dir, names: NAMES, notice: '' }, fillNew);
    expect((await readdir(dir)).sort()).toEqual(['книга.xlsx', 'письма', 'справка.docx']);
    expect(await readFile(join(dir, 'справка.docx'), 'utf8')).toBe('новая справка');
    expect(await readdir(join(dir, 'письма'))).toEqual(['СОШ 1.docx']);
  });

  it('on a failure while the set is made, keeps the previous set as it was and passes the error on', async () => {
    const dir = join(root, 'отчёт');
    await previousSet(dir);
    const failing = async (staging: string) => {
      await writeFile(join(staging, 'справка.docx'), 'половина');
      throw Object.assign(new Error('на диске нет места'), { code: 'ENOSPC' });
    };
    await expect(replaceFolderSet({ dir, names: NAMES, notice: '' }, failing)).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect((await readdir(dir)).sort()).toEqual(['книга.xlsx', 'письма', 'справка.docx']);
    expect(await readFile(join(dir, 'справка.docx'), 'utf8')).toBe('прежняя справка');
    expect(await readdir(join(dir, 'письма'))).toEqual(['СОШ 9.docx']);
  });

  it('on a failure, removes the folders this run created', async () => {
    const dir = join(root, 'новая', 'отчёт');
    await expect(
      replaceFolderSet({ dir, names: NAMES, notice: '' }, () => Promise.reject(new Error('сбой'))),
    ).rejects.toThrow('сбой');
    expect(existsSync(join(root, 'новая'))).toBe(false);
  });

  it('on a failure in the middle of the swap, puts every entry back as it was', async () => {
    const dir = join(root, 'отчёт');
    await previousSet(dir);
    // The last entry of the set was never made: its move fails after two entries were swapped.
    const clashing = async (staging: string) => {
      await writeFile(join(staging, 'справка.docx'), 'новая справка');
      await writeFile(join(staging, 'письма'), 'не папка');
    };
    await expect(
      replaceFolderSet({ dir, names: ['справка.docx', 'письма', 'нет такого'], notice: '' }, clashing),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await readdir(dir)).sort()).toEqual(['книга.xlsx', 'письма', 'справка.docx']);
    expect(await readFile(join(dir, 'справка.docx'), 'utf8')).toBe('прежняя справка');
    expect(await readdir(join(dir, 'письма'))).toEqual(['СОШ 9.docx']);
  });

  it('after a run killed in the middle of the swap, restores the previous set before writing the new one', async () => {
    const dir = join(root, 'отчёт');
    await previousSet(dir);
    // What a SIGKILL between two renames leaves: the report swapped, the letters not yet.
    const killed = join(dir, '.cmn-documents.4194999-0123456789ab');
    await mkdir(`${killed}.old`);
    await writeFile(`${killed}.old/справка.docx`, 'прежняя справка');
    await writeFile(join(dir, 'справка.docx'), 'справка убитого запуска');
    await mkdir(join(`${killed}.tmp`, 'письма'), { recursive: true });
    let seen = '';
    await replaceFolderSet({ dir, names: NAMES, notice: '' }, async (staging) => {
      seen = await readFile(join(dir, 'справка.docx'), 'utf8');
      await fillNew(staging);
    });
    expect(seen).toBe('прежняя справка');
    expect((await readdir(dir)).sort()).toEqual(['книга.xlsx', 'письма', 'справка.docx']);
  });
});
