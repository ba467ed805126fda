/**
 * What the built command line prints with --json, on workbooks made here, against the published
 * JSON Schema files (validated by ajv, a JSON Schema implementation of its own) and against the
 * zod schemas they are generated from. `npm test` builds first; run `node build.mjs` before
 * running this alone.
 */
import Ajv2020 from 'ajv/dist/2020';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { schoolYearOn } from '../../src/app/school-year';
import { CHECK_DOCUMENT, SUMMARY_DOCUMENT } from '../../src/cli/json-schemas';
import { ISSUE_CODES } from '../../src/core/issues/issue';
import { generateMunicipality, type DemoSheet } from '../../src/demo/municipality';
import { BIN, ROOT, writeBook } from './cli-run';

type Kind = 'check' | 'summary';

const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
const PUBLISHED = {
  check: ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs/schema/check.schema.json'), 'utf8'))),
  summary: ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs/schema/summary.schema.json'), 'utf8'))),
};
const ZOD: Record<Kind, ZodType> = { check: CHECK_DOCUMENT, summary: SUMMARY_DOCUMENT };

/** The reasons each schema gives for refusing the document; empty when both take it. */
function refusals(kind: Kind, document: unknown): { published: unknown[]; zod: unknown[] } {
  const validate = PUBLISHED[kind];
  const parsed = ZOD[kind].safeParse(document);
  return {
    published: validate(document) ? [] : (validate.errors ?? ['refused without a reason']),
    zod: parsed.success ? [] : parsed.error.issues,
  };
}

function runJson(kind: Kind, file: string): Promise<{ code: number; document: unknown }> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [BIN, kind, file, '--json'],
      { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = typeof error?.code === 'number' ? error.code : 0;
        if (code > 1) fail(new Error(`${kind} ${file} exited with ${code}: ${stderr}`));
        else done({ code, document: JSON.parse(stdout) });
      },
    );
  });
}

const GARBAGE: readonly unknown[] = [
  '',
  'много',
  -3,
  12.5,
  '#REF!',
  'да',
  'нет',
  '150 %',
  1e9,
  new Date(Date.UTC(2025, 8, 1)),
];

/**
 * The demo municipality damaged the ways real workbooks are: no period (on the tabs nor in
 * «Параметры», which would give it), every school value
 * replaced by something invalid or empty, a catalogue target that is not a number, a broken base
 * row, a copied school tab and a tab without «Код».
 */
function brokenMunicipality(): DemoSheet[] {
  const sheets = generateMunicipality({ seed: 23, orgs: 3 }).sheets.map((sheet) => ({
    name: sheet.name,
    values: sheet.values.map((row) => row.slice()),
  }));
  const schools = sheets.filter((sheet) =>
    sheet.values.some((row) => row[0] === 'Образовательная организация:'),
  );
  for (const school of schools) {
    school.values = school.values.filter((row) => row[0] !== 'Период:');
    const header = school.values.findIndex((row) => row[0] === 'Код');
    school.values.forEach((row, r) => {
      if (r > header) row[4] = GARBAGE[r % GARBAGE.length];
    });
  }
  const parameters = sheets.find((sheet) => sheet.name === 'Параметры');
  if (parameters) parameters.values = parameters.values.filter((row) => row[0] !== 'Период');
  const catalogue = sheets.find((sheet) => sheet.name === 'Показатели')!;
  catalogue.values[1][7] = 'сто процентов';
  const base = sheets.find((sheet) => sheet.name === 'База наставников')!;
  base.values[2] = ['#REF!', 'ivanova', '', 42, '', new Date(Date.UTC(2025, 0, 1)), 'по интересам', ''];
  return [
    ...sheets,
    { name: `${schools[0].name} (копия)`, values: schools[0].values },
    {
      name: 'Без кода',
      values: [
        ['Показатель', 'Значение'],
        ['Педагогов', 12],
      ],
    },
  ];
}

let dir: string;
const BOOKS = ['муниципалитет.xlsx', 'без-ошибок.xlsx', 'испорченная.xlsx'];

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs` (npm test does it first)');
  dir = await mkdtemp(join(tmpdir(), 'cmn-json-'));
  await Promise.all([
    writeBook(join(dir, BOOKS[0]), generateMunicipality({ seed: 17, orgs: 8 }).sheets),
    writeBook(join(dir, BOOKS[1]), generateMunicipality({ seed: 18, orgs: 3, plantDefects: false }).sheets),
    writeBook(join(dir, BOOKS[2]), brokenMunicipality()),
  ]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--json output against docs/schema/ and the zod schemas', () => {
  for (const kind of ['check', 'summary'] as const) {
    it.each(BOOKS)(`${kind} %s prints a document both schemas take`, async (book) => {
      const { document } = await runJson(kind, book);
      expect(refusals(kind, document)).toEqual({ published: [], zod: [] });
    });
  }

  it('covers the empty and the null branches: no issues, missing figures, skipped tabs; no period given', async () => {
    const [clean, broken] = await Promise.all([runJson('check', BOOKS[1]), runJson('summary', BOOKS[2])]);
    expect(clean).toMatchObject({
      code: 0,
      document: { issues: [], counts: { error: 0, warning: 0, info: 0 } },
    });
    const summary = broken.document as {
      period: string | null;
      organizations: { values: Record<string, number | null> }[];
      indicators: { value: number | null; met: boolean | null }[];
      skipped: unknown[];
    };
    expect(broken.code).toBe(1);
    // With no period on the tabs nor in «Параметры», the school year of today stands (school-year.ts).
    const today = new Date();
    expect(summary.period).toBe(schoolYearOn({ year: today.getFullYear(), month: today.getMonth() + 1 }));
    expect(summary.organizations.some((org) => Object.values(org.values).includes(null))).toBe(true);
    expect(summary.indicators.some((indicator) => indicator.value === null && indicator.met === null)).toBe(
      true,
    );
    expect(summary.skipped.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses documents that break the --json contract, in both schemas', async () => {
    const [check, summary] = await Promise.all([runJson('check', BOOKS[0]), runJson('summary', BOOKS[0])]);
    const broken: [Kind, string, (document: never) => void][] = [
      ['check', 'a count is missing', (d: { counts: { warning?: number } }) => delete d.counts.warning],
      ['check', 'a count is a string', (d: { counts: { error: unknown } }) => (d.counts.error = '5')],
      [
        'check',
        'an issue has a key the contract does not list',
        (d: { issues: { hint?: string }[] }) => (d.issues[0].hint = 'Исправьте'),
      ],
      ['check', 'a row is 0', (d: { issues: { row: number }[] }) => (d.issues[0].row = 0)],
      [
        'check',
        'an unknown severity',
        (d: { issues: { severity: string }[] }) => (d.issues[0].severity = 'fatal'),
      ],
      ['summary', 'the period is missing', (d: { period?: unknown }) => delete d.period],
      [
        'summary',
        'a school value is a string',
        (d: { organizations: { values: Record<string, unknown> }[] }) =>
          (d.organizations[0].values.ped_total = 'много'),
      ],
      [
        'summary',
        'a figure is not a number',
        (d: { indicators: { value: unknown }[] }) => (d.indicators[0].value = '18,4 %'),
      ],
      [
        'summary',
        'an unknown indicator type',
        (d: { indicators: { type: string }[] }) => (d.indicators[0].type = 'ratio'),
      ],
      [
        'summary',
        'a stage outside 1–8',
        (d: { recommendations: { stage: number }[] }) => (d.recommendations[0].stage = 9),
      ],
      ['summary', 'an extra top-level key', (d: { notes?: string }) => (d.notes = '')],
    ];
    for (const [kind, what, breakIt] of broken) {
      const document = structuredClone(kind === 'check' ? check.document : summary.document);
      breakIt(document as never);
      const found = refusals(kind, document);
      expect(found.published.length, `the published schema takes a document where ${what}`).toBeGreaterThan(
        0,
      );
      expect(found.zod.length, `the zod schema takes a document where ${what}`).toBeGreaterThan(0);
    }
  });

  it('takes every issue code the engine has', () => {
    const issue = { severity: 'error', sheet: 'СОШ № 1', cell: 'E8', row: 8, column: 5, message: 'Ошибка.' };
    for (const code of ISSUE_CODES)
      expect(
        refusals('check', { issues: [{ code, ...issue }], counts: { error: 1, warning: 0, info: 0 } }),
      ).toEqual({
        published: [],
        zod: [],
      });
  });
});
