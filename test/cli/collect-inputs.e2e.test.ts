/**
 * What `collect` reads and where it may write, on the built command line: -o is never one of its inputs
 * (a file named, a file of the folder, the --roster book), --force or not, however the path is spelt;
 * a school's file linked into the folder is taken, a link to nothing is listed with its reason; a run
 * that takes no school writes nothing and ends with exit 2. `npm test` builds first.
 */
import { readFileSync, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectDocument } from '../../src/cli/json-schemas';
import { run, writeBook } from './cli-run';
import { fillSchoolFile, mentorsOf, validValues } from './school-file';

const SCHOOL_1 = 'МБОУ «СОШ № 1»';
const SCHOOL_2 = 'МБОУ «СОШ № 2»';

let dir: string;
const file = (name: string) => join(dir, name);

async function schoolFile(path: string, school: string, mentor: number): Promise<void> {
  const made = await run(['template', '-o', path, '--school', school], dir);
  if (made.code !== 0) throw new Error(made.stderr);
  await fillSchoolFile(file(path), school, validValues(), mentorsOf(mentor));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmn-collect-inputs-'));
  await mkdir(file('входящие'));
  await mkdir(file('почта'));
  await schoolFile(join('входящие', '01 СОШ 1.xlsx'), SCHOOL_1, 0);
  // Kept elsewhere and linked into the folder, as a file shared from another place is.
  await schoolFile(join('почта', 'СОШ 2.xlsx'), SCHOOL_2, 1);
  await symlink(file(join('почта', 'СОШ 2.xlsx')), file(join('входящие', '02 СОШ 2.xlsx')));
  await symlink(file(join('почта', 'удалён.xlsx')), file(join('входящие', '03 удалён.xlsx')));
  // A link back up the tree: the walk must end, and read nothing twice.
  await symlink(file('входящие'), file(join('входящие', 'петля')));
  await writeBook(file('список.xlsx'), [
    {
      name: 'Список ОО',
      values: [
        ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
        [SCHOOL_1, '', 'Иванова Мария Петровна', '', 'kurator1@school.ru'],
        [SCHOOL_2, '', 'Петров Иван Ильич', '', 'kurator2@school.ru'],
      ],
    },
  ]);
  await mkdir(file('чужое'));
  await writeBook(file(join('чужое', 'расписание.xlsx')), [
    {
      name: 'Расписание',
      values: [
        ['День', 'Урок', 'Кабинет'],
        ['Понедельник', 'Математика', 12],
      ],
    },
  ]);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('links in the folder', () => {
  it("take the linked school's file and list a link to nothing as skipped, with its reason", async () => {
    const done = await run(['collect', 'входящие', '-o', 'книга.xlsx', '--json'], dir);
    expect(done.code).toBeLessThan(2);
    const document = JSON.parse(done.stdout) as CollectDocument;
    expect(
      document.taken.filter((entry) => entry.sheet === entry.school).map((entry) => entry.school),
    ).toEqual([SCHOOL_1, SCHOOL_2]);
    expect(document.taken.find((entry) => entry.school === SCHOOL_2)?.file).toBe(
      join('входящие', '02 СОШ 2.xlsx'),
    );
    expect(document.skipped).toEqual([
      {
        file: join('входящие', '03 удалён.xlsx'),
        sheet: null,
        reason: 'ссылка указывает на файл, которого нет',
      },
    ]);
    // Without a roster nobody is «not submitted»: the schools are the tabs.
    expect(document.notSubmitted).toEqual([]);
  }, 60_000);
});

describe('-o onto something collect reads', () => {
  const refusedOnto = async (output: string, ...more: string[]) => {
    const done = await run(['collect', 'входящие', '-o', output, '--force', ...more], dir);
    expect(done.code).toBe(2);
    expect(done.stdout).toBe('');
    return done.stderr;
  };

  it('refuses a school file of the folder, even with --force, and leaves it as it was', async () => {
    const path = join('входящие', '01 СОШ 1.xlsx');
    const before = readFileSync(file(path));
    expect(await refusedOnto(path)).toContain(
      `Файл результата ${path} — это один из собираемых файлов (${path}). Файлы ОО и список ОО не заменяются даже с ключом --force`,
    );
    expect(readFileSync(file(path))).toEqual(before);
  });

  it('refuses the file a link in the folder leads to, spelt another way', async () => {
    const before = readFileSync(file(join('почта', 'СОШ 2.xlsx')));
    expect(await refusedOnto(join('почта', '..', 'почта', 'СОШ 2.xlsx'))).toContain(
      `(${join('входящие', '02 СОШ 2.xlsx')})`,
    );
    expect(readFileSync(file(join('почта', 'СОШ 2.xlsx')))).toEqual(before);
  });

  it('refuses the --roster book, even with --force, and leaves it as it was', async () => {
    const before = readFileSync(file('список.xlsx'));
    expect(await refusedOnto('список.xlsx', '--roster', 'список.xlsx')).toContain(
      'Файл результата список.xlsx — это один из собираемых файлов (список.xlsx)',
    );
    expect(readFileSync(file('список.xlsx'))).toEqual(before);
  });
});

describe('a collection that takes no school', () => {
  it('writes no book, says why per file and ends with exit 2', async () => {
    const done = await run(['collect', 'чужое', '-o', 'пусто.xlsx'], dir);
    expect(done.code).toBe(2);
    expect(done.stdout).toBe('');
    expect(done.stderr).toContain(join('чужое', 'расписание.xlsx'));
    expect(done.stderr).toContain(
      'Не взято ни одного листа ОО, просмотрено файлов: 1. Книга не записана — причины указаны выше по каждому файлу',
    );
    expect(existsSync(file('пусто.xlsx'))).toBe(false);
  }, 30_000);
});
