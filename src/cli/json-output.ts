/**
 * The JSON documents of docs/domain.md#command-line, with exactly the keys it lists: the engine's results
 * carry more (hints, fixes, evidence, exclusions) that programs reading the CLI output do not rely on. Their
 * types come from the schemas published as JSON Schema (json-schemas.ts).
 */
import type { Issue, Severity } from '../core/issues/issue';
import type { SummaryResult } from '../core/findings/analysis-result';
import type { CollectionPlan } from '../app/collect/collect-plan';
import { notComputedReason } from '../core/indicators/not-computed-text';
import type { PlannedFile } from './files/report-files';
import type {
  CheckDocument,
  CollectDocument,
  IssueDocument,
  ReportDocument,
  SummaryDocument,
} from './json-schemas';

export function issueJson(issue: Issue): IssueDocument {
  const { code, severity, sheet, cell, row, column, message } = issue;
  return { code, severity, sheet, cell, row, column, message };
}

export function checkJson(
  issues: readonly Issue[],
  counts: Readonly<Record<Severity, number>>,
): CheckDocument {
  return {
    issues: issues.map(issueJson),
    counts: { error: counts.error, warning: counts.warning, info: counts.info },
  };
}

export function summaryJson(result: SummaryResult): SummaryDocument {
  return {
    period: result.period,
    organizations: result.organizations.map(({ sheet, name, values, errors, warnings }) => ({
      sheet,
      name,
      values,
      errors,
      warnings,
    })),
    indicators: result.indicators.map(
      ({
        id,
        title,
        type,
        value,
        numerator,
        denominator,
        schoolsCounted,
        target,
        met,
        previous,
        change,
        weighting,
        notComputed,
      }) => ({
        id,
        title,
        type,
        value,
        numerator,
        denominator,
        schoolsCounted,
        target,
        met,
        // With a previous period every entry has both keys (docs/domain.md#command-line), null where a period
        // lacks the figure.
        ...(result.previousPeriod === undefined
          ? {}
          : { previous: previous ?? null, change: change ?? null }),
        ...(weighting === undefined ? {} : { weighting }),
        ...(notComputed === undefined
          ? {}
          : {
              notComputed: {
                ...notComputed,
                nearestRows: [...notComputed.nearestRows],
                reason: notComputedReason(notComputed),
              },
            }),
      }),
    ),
    skipped: result.skipped.map(({ sheet, reason }) => ({ sheet, reason })),
    notSubmitted: [...result.notSubmitted],
    recommendations: result.recommendations.map(({ organization, code, stage, text }) => ({
      organization,
      code,
      stage,
      text,
    })),
    issues: result.issues.map(issueJson),
  };
}

/** `notSubmitted` as the analysis of the collected workbook gives it, so `summary` says the same. */
export function collectJson(plan: CollectionPlan, notSubmitted: readonly string[]): CollectDocument {
  return {
    taken: plan.taken.map(({ file, sheet, school }) => ({ file, sheet, school })),
    skipped: plan.skipped.map(({ file, sheet, reason }) => ({ file, sheet, reason })),
    notSubmitted: [...notSubmitted],
  };
}

/** One document, indented for people who open it; numbers that are not finite never reach JSON. */
/** `report --json`: the files written, each with its kind and, for a letter, its school. */
export function reportJson(files: readonly PlannedFile[]): ReportDocument {
  return { files: files.map(({ path, kind, school }) => ({ path, kind, school })) };
}

export function toJsonText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
