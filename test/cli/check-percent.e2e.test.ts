/**
 * `check` on an .xlsx whose count cell holds «35%» as Excel and Google keep it — 0.35 under a percent
 * format — writes the value as it was typed, «35 %», never «0,35».
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';
import { newXlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { run } from './cli-run';
import { validValues } from './school-file';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cmn-percent-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A school's tab with `1.1` (a count) typed as «35%», the other values valid. */
function tab(): { values: unknown[][]; numberFormats: string[][] } {
  const valid = validValues();
  const values: unknown[][] = [
    ['Мониторинг реализации целевой модели наставничества'],
    ['Образовательная организация:', 'МБОУ «СОШ № 1»'],
    ['Период:', '2025/2026'],
    [],
    ['Код', 'Раздел', 'Показатель', 'Ед. изм.', 'Значение', 'Комментарий / ссылка'],
  ];
  for (const def of BUILTIN_CATALOGUE.indicators.filter(isInput)) {
    const code = def.code as string;
    values.push([code, def.section, def.title, '', code === '1.1' ? 0.35 : valid[code], '']);
  }
  const numberFormats = values.map((row) =>
    row.map((_, column) => (row[0] === '1.1' && column === 4 ? '0%' : 'General')),
  );
  return { values, numberFormats };
}

describe('check on a percent typed into a count cell', () => {
  it('says «35 %», as the cell shows it', async () => {
    const book = newXlsxWorkbook();
    book.addGridSheet({ name: 'СОШ № 1', ...tab() });
    await writeFile(join(dir, 'школа.xlsx'), await book.toBuffer());
    const result = await run(['check', 'школа.xlsx'], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('«35\u00a0%»');
    expect(result.stdout).not.toContain('0,35');
  });
});
