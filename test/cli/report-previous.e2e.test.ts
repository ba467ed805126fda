/**
 * `report --previous` on the built command line: last period's long-format CSV (written by
 * `export` from another demo municipality of the year before) gives both analytical reports the
 * section on dynamics, read back from the .docx; a file without this municipality is refused
 * before any document is written. Run `node build.mjs` before running this alone.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryDocument } from '../../src/cli/json-schemas';
import { formatChange } from '../../src/core/format/change';
import { percent } from '../../src/core/text/typography';
import { generateMunicipality } from '../../src/demo/municipality';
import { ROOT, run, writeBook } from './cli-run';
import { docxText } from '../docx/docx-text';

const NOW = 'Сосновский район.xlsx';
const LAST = 'Сосновский район 2025.xlsx';
const HEADING = 'Динамика по сравнению с прошлым периодом (2024/2025)';
let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs` (npm test does it first)');
  dir = await mkdtemp(join(tmpdir(), 'cmn-report-previous-'));
  await writeBook(file(NOW), generateMunicipality({ seed: 31, orgs: 5, period: '2025/2026' }).sheets);
  await writeBook(file(LAST), generateMunicipality({ seed: 32, orgs: 5, period: '2024/2025' }).sheets);
  await writeBook(file('Берёзовский район.xlsx'), generateMunicipality({ seed: 33, orgs: 3 }).sheets);
  for (const [books, output] of [
    [[LAST], 'last.csv'],
    [[LAST, 'Берёзовский район.xlsx'], 'region.csv'],
  ] as const) {
    const exported = await run(['export', ...books, '--format', 'csv', '-o', output], dir);
    expect(exported.stderr).toBe('');
  }
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cmn-sheets report --previous', () => {
  it('adds the dynamics of the municipal figures to both reports', { timeout: 60_000 }, async () => {
    const compared = await run(['summary', NOW, '--json', '--previous', 'last.csv'], dir);
    const summary = JSON.parse(compared.stdout) as SummaryDocument;
    const mentors = summary.indicators.find((indicator) => indicator.id === 'share_mentors')!;
    expect(typeof mentors.change).toBe('number');
    const result = await run(['report', NOW, '--previous', 'last.csv', '--dir', 'документы'], dir);
    expect(result.stderr).toBe('');
    for (const name of ['Аналитическая справка.docx', 'Аналитическая справка для публикации.docx']) {
      const text = await docxText(file(`документы/${name}`));
      expect(text, name).toContain(`5. ${HEADING}`);
      expect(text, name).toContain('Прошлый период\nТекущий период\nИзменение');
      const row = `${mentors.title}\n${percent(mentors.previous as number)}\n${percent(mentors.value as number)}\n`;
      expect(text, name).toContain(`${row}${formatChange(mentors.change as number, 'share')}`);
      expect(text, name).toContain('По сравнению с прошлым периодом (2024/2025)');
    }
    const without = await run(['report', NOW, '--dir', 'без сравнения'], dir);
    expect(without.stderr).toBe('');
    expect(await docxText(file('без сравнения/Аналитическая справка.docx'))).not.toContain('Динамика');
  });

  it(
    'refuses a file of last period without this municipality, and writes no document',
    { timeout: 60_000 },
    async () => {
      const refused = await run(['report', NOW, '--previous', 'region.csv', '--dir', 'не создана'], dir);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        'нет муниципалитета «Сосновский район»; в нём: «Сосновский район 2025», «Берёзовский район»',
      );
      expect(await readdir(dir)).not.toContain('не создана');
    },
  );
});
