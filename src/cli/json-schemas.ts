/**
 * The JSON documents `check --json`, `summary --json`, `collect --json` and `report --json` print
 * (docs/domain.md#command-line), as zod schemas: the types json-output.ts builds, and the source of the JSON
 * Schema files published in docs/schema/ (`npm run schema`). Objects are strict: the contract of
 * docs/domain.md#command-line fixes their keys. Only types are imported at run time, so the command line does
 * not load zod.
 */
import * as z from 'zod';
import { ISSUE_CODES } from '../core/issues/rules';

const count = z.int().nonnegative();
const numberOrNull = z.number().nullable();

const issue = z
  .strictObject({
    code: z
      .enum(ISSUE_CODES)
      .describe(
        'Stable issue code in area/name form, e.g. «fio/mixed-script»; new codes are added, none renamed. Each is described in docs/rules.md.',
      ),
    severity: z.enum(['error', 'warning', 'info']),
    sheet: z.string().describe('Tab name.'),
    cell: z
      .string()
      .describe('A1 address of the cell (the header row’s first cell for a sheet-level issue).'),
    row: z.int().min(1).describe('1-based row of the cell.'),
    column: z.int().min(1).describe('1-based column of the cell.'),
    message: z.string().describe('Russian message naming the cell and the value.'),
  })
  .meta({ id: 'Issue', title: 'Issue', description: 'One finding about one cell.' });

const issues = z.array(issue).describe('Every issue of the workbook, errors first.');

export const CHECK_DOCUMENT = z
  .strictObject({
    issues,
    counts: z
      .strictObject({ error: count, warning: count, info: count })
      .describe('Issues of each severity.'),
  })
  .meta({
    $id: 'urn:cmn-sheets:schema:check',
    title: 'cmn-sheets check --json',
    description: 'The issues of a workbook, as `cmn-sheets check <workbook.xlsx> --json` prints them.',
  });

const organization = z
  .strictObject({
    sheet: z.string().describe('Tab name.'),
    name: z.string().describe('School name from the labelled cell, or the tab name.'),
    values: z
      .record(z.string(), numberOrNull)
      .describe(
        'Every input and derived indicator id of the catalogue in force for this school; null when missing or invalid. Shares and percents are fractions.',
      ),
    errors: count.describe('Errors on this tab and about this school.'),
    warnings: count.describe('Warnings on this tab and about this school.'),
  })
  .describe('One school (one monitoring tab).');

const indicator = z
  .strictObject({
    id: z.string().describe('Catalogue id, e.g. «share_mentors».'),
    title: z.string(),
    type: z.enum(['count', 'flag', 'percent', 'share']),
    value: numberOrNull.describe(
      'Sum for counts, Σ numerator / Σ denominator for shares, share of schools for flags; null when undefined.',
    ),
    numerator: numberOrNull,
    denominator: numberOrNull,
    schoolsCounted: count.describe('Schools whose valid inputs were counted.'),
    target: numberOrNull,
    met: z.boolean().nullable().describe('null when there is no target or no value.'),
    previous: numberOrNull
      .optional()
      .describe(
        'With a previous period (--previous): last period’s value of the figure; null when it had none.',
      ),
    change: numberOrNull
      .optional()
      .describe(
        'With a previous period: value − previous in the units of value — for shares a difference of fractions (0.032 = 3,2 п. п.); null when either is missing.',
      ),
    weighting: z
      .enum(['respondents', 'schools'])
      .optional()
      .describe(
        'Satisfaction only (a share a form may give as a percent): «respondents» — Σ satisfied / Σ surveyed, a school that gives only its percent counting as that percent of its surveyed; «schools» — the plain mean of the schools’ percents, numerator and denominator null (some school counted gives no number of respondents).',
      ),
    notComputed: z
      .strictObject({
        input: z.string().describe('Id of the input no school tab has a recognised row for.'),
        inputTitle: z.string().describe('Its title in the catalogue.'),
        nearestRows: z
          .array(z.string())
          .describe('Titles of the unread rows most like it, most alike first; empty when none is.'),
        reason: z
          .string()
          .describe(
            'Russian: «не рассчитана: ни на одном листе не найдена строка «…» (ближайшие строки: …)».',
          ),
      })
      .optional()
      .describe(
        'Present when the figure is not computed because no school tab has a row for an input it needs.',
      ),
  })
  .describe('One municipal figure (for `rollup`, one regional figure).');

export const SUMMARY_DOCUMENT = z
  .strictObject({
    period: z.string().nullable().describe('The period as written in the workbook.'),
    organizations: z
      .array(organization)
      .describe('Alphabetical by name; for `rollup`, the municipalities (sheet: the workbook file).'),
    indicators: z.array(indicator),
    skipped: z.array(
      z
        .strictObject({ sheet: z.string(), reason: z.string().describe('Russian reason.') })
        .describe('A tab that is not counted, and why.'),
    ),
    notSubmitted: z
      .array(z.string())
      .describe(
        'Schools of the roster «Список ОО» that have not submitted data (no tab, or a tab with every required value empty), in roster order; in no figure and never counted as zero. Empty when the workbook has no roster. For `rollup`, every municipality’s, as «ОО (муниципалитет)».',
      ),
    recommendations: z.array(
      z
        .strictObject({
          organization: z.string().describe('School name.'),
          code: z.string().describe('Stable deficit code, e.g. «doc_order».'),
          stage: z.int().min(1).max(8).describe('Stage of the 8-stage algorithm.'),
          text: z.string().describe('Draft text of the recommendation.'),
        })
        .describe('A draft of an адресная рекомендация for one school and one deficit.'),
    ),
    issues,
  })
  .meta({
    $id: 'urn:cmn-sheets:schema:summary',
    title: 'cmn-sheets summary --json',
    description:
      'Per-school values, municipal figures, skipped tabs, recommendation drafts and issues of a workbook, as `cmn-sheets summary <workbook.xlsx> --json` prints them.',
  });

const file = z
  .string()
  .describe('The file as listed: a path given, or a folder given joined with the file inside it.');

export const COLLECT_DOCUMENT = z
  .strictObject({
    taken: z.array(
      z
        .strictObject({
          file,
          sheet: z.string().describe('Tab of the file that was taken.'),
          school: z
            .string()
            .nullable()
            .describe(
              'The school of a tab; for «База наставников», the school of the file, null when the file has none or several.',
            ),
        })
        .describe('A sheet put into the municipal workbook.'),
    ),
    skipped: z.array(
      z
        .strictObject({
          file,
          sheet: z.string().nullable().describe('Tab not taken; null when the whole file is skipped.'),
          reason: z.string().describe('Russian reason.'),
        })
        .describe('A file or a sheet not taken, and why.'),
    ),
    notSubmitted: z
      .array(z.string())
      .describe(
        'Schools of the roster, as named there, with no tab or with a tab whose required values are all empty.',
      ),
  })
  .meta({
    $id: 'urn:cmn-sheets:schema:collect',
    title: 'cmn-sheets collect --json',
    description:
      'What `cmn-sheets collect <folder or files…> -o book.xlsx --json` took from each file into the municipal workbook, what it skipped, and the roster schools that sent no data.',
  });

export const REPORT_DOCUMENT = z
  .strictObject({
    files: z.array(
      z
        .strictObject({
          path: z.string().describe('Path of the written .docx file, as given with --dir.'),
          kind: z
            .enum(['report', 'public-report', 'letter'])
            .describe('The analytical report, its version for publication, or a letter to one school.'),
          school: z
            .string()
            .nullable()
            .describe('The school a letter is addressed to; null for the reports.'),
        })
        .describe('One written document.'),
    ),
  })
  .meta({
    $id: 'urn:cmn-sheets:schema:report',
    title: 'cmn-sheets report --json',
    description:
      'The documents `cmn-sheets report <workbook.xlsx> --json` wrote: the analytical report, its version for publication and one letter per school.',
  });

export type IssueDocument = z.infer<typeof issue>;
export type CollectDocument = z.infer<typeof COLLECT_DOCUMENT>;
export type CheckDocument = z.infer<typeof CHECK_DOCUMENT>;
export type SummaryDocument = z.infer<typeof SUMMARY_DOCUMENT>;
export type ReportDocument = z.infer<typeof REPORT_DOCUMENT>;
