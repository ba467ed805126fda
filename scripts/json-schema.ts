/**
 * `npm run schema`: writes the JSON Schema files of the `--json` documents (docs/schema/) from
 * their zod schemas in src/cli/json-schemas.ts. A test fails when the files checked in differ
 * from what this would write, so the published schemas never drift from the code.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import * as z from 'zod';
import { CHECK_DOCUMENT, COLLECT_DOCUMENT, REPORT_DOCUMENT, SUMMARY_DOCUMENT } from '../src/cli/json-schemas';

const SCHEMAS = {
  'docs/schema/check.schema.json': CHECK_DOCUMENT,
  'docs/schema/summary.schema.json': SUMMARY_DOCUMENT,
  'docs/schema/collect.schema.json': COLLECT_DOCUMENT,
  'docs/schema/report.schema.json': REPORT_DOCUMENT,
};

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/**
 * One JSON Schema document (draft 2020-12), its identity first for people who open the file, laid
 * out as Prettier lays out JSON so that `npm run format` leaves it as written.
 */
async function jsonSchemaText(path: string, schema: z.ZodType): Promise<string> {
  const { $schema, $id, title, description, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  const text = JSON.stringify({ $schema, $id, title, description, ...rest });
  const filepath = resolve(ROOT, path);
  return format(text, { ...(await resolveConfig(filepath)), filepath });
}

/** The files by path from the project's root, with their text. */
export async function jsonSchemaFiles(): Promise<Record<string, string>> {
  const entries = Object.entries(SCHEMAS).map(async ([path, schema]) => [
    path,
    await jsonSchemaText(path, schema),
  ]);
  return Object.fromEntries(await Promise.all(entries));
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  for (const [path, text] of Object.entries(await jsonSchemaFiles())) {
    writeFileSync(resolve(ROOT, path), text);
    console.error(`wrote ${path}`);
  }
}
