/**
 * `cmn-sheets report a.xlsx b.xlsx c.xlsx` end to end on the built command line: the regional
 * report and its public version, and nothing else, with the roll-up's figures and the
 * municipalities in the internal version only. `npm test` builds first; run `node build.mjs`
 * before running this alone.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount } from '../../src/core/format/count';
import { percent } from '../../src/core/text/typography';
import { generateMunicipality } from '../../src/demo/municipality';
import { ROOT, run, writeBook } from './cli-run';
import { docxText } from '../docx/docx-text';
import { reportDocument } from './report-json';

const BOOKS = ['a.xlsx', 'b.xlsx', 'c.xlsx'];
let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs` (npm test does it first)');
  dir = await mkdtemp(join(tmpdir(), 'cmn-regional-report-'));
  for (const [i, name] of BOOKS.entries())
    await writeBook(file(name), generateMunicipality({ seed: 51 + i, orgs: 3 }).sheets);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cmn-sheets report with several workbooks', () => {
  it(
    'writes exactly the regional report and its public version, with the roll-up’s figures',
    { timeout: 120_000 },
    async () => {
      const result = await run(['report', ...BOOKS, '--dir', 'out', '--json'], dir);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1); // the demo's planted errors are in the data
      expect(reportDocument(result.stdout).files).toEqual([
        { path: join('out', 'Аналитическая справка.docx'), kind: 'report', school: null },
        {
          path: join('out', 'Аналитическая справка для публикации.docx'),
          kind: 'public-report',
          school: null,
        },
      ]);
      expect((await readdir(file('out'))).sort()).toEqual(
        ['Аналитическая справка.docx', 'Аналитическая справка для публикации.docx'].sort(),
      );

      const region = JSON.parse((await run(['rollup', ...BOOKS, '--json'], dir)).stdout) as {
        organizations: { name: string }[];
        indicators: {
          id: string;
          value: number | null;
          numerator: number | null;
          denominator: number | null;
        }[];
      };
      const schools: string[] = [];
      for (const book of BOOKS) {
        const summary = JSON.parse((await run(['summary', book, '--json'], dir)).stdout) as {
          organizations: { name: string }[];
        };
        schools.push(...summary.organizations.map((org) => org.name));
      }
      const internal = await docxText(file('out/Аналитическая справка.docx'));
      const publicText = await docxText(file('out/Аналитическая справка для публикации.docx'));
      for (const text of [internal, publicText]) {
        expect(text).toContain('Результаты мониторинга: показатели по региону');
        const share = region.indicators.find(
          (indicator) => indicator.id === 'share_mentors',
        ) as (typeof region.indicators)[number];
        expect(text).toContain(percent(share.value as number));
        expect(text).toContain(
          `${formatCount(share.numerator as number)} из ${formatCount(share.denominator as number)}`,
        );
      }
      expect(region.organizations.map((org) => org.name)).toEqual(['a', 'b', 'c']);
      for (const org of region.organizations) {
        expect(internal).toContain(`\n${org.name}\n`);
        expect(publicText).not.toContain(`\n${org.name}\n`);
      }
      for (const school of schools) expect(publicText).not.toContain(school);
    },
  );

  it(
    'says in its output that a region gets no letters, and refuses --previous',
    { timeout: 120_000 },
    async () => {
      const result = await run(['report', ...BOOKS, '--dir', 'text', '--force'], dir);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('Писем ОО в справке по региону нет');
      for (const book of BOOKS) expect(result.stdout).toContain(`Подробно: cmn-sheets check ${book}`);
      const refused = await run(['report', ...BOOKS, '--previous', 'a.xlsx'], dir);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        'Ключ «--previous» указывается только для книги одного муниципалитета',
      );
    },
  );
});
