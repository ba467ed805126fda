/** The `report --json` document as printed, held to the published JSON Schema and to its zod type. */
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { REPORT_DOCUMENT, type ReportDocument } from '../../src/cli/json-schemas';
import { ROOT } from './cli-run';

export function reportDocument(stdout: string): ReportDocument {
  const printed: unknown = JSON.parse(stdout);
  const published = new Ajv2020({ allErrors: true }).compile(
    JSON.parse(readFileSync(join(ROOT, 'docs/schema/report.schema.json'), 'utf8')),
  );
  expect(published(printed), JSON.stringify(published.errors)).toBe(true);
  return REPORT_DOCUMENT.parse(printed);
}
