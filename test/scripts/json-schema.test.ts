import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../scripts/json-schema';

describe('docs/schema/', () => {
  it('holds exactly the JSON Schema files `npm run schema` writes from the zod schemas now', async () => {
    const files = await jsonSchemaFiles();
    expect(
      readdirSync('docs/schema')
        .map((name) => `docs/schema/${name}`)
        .sort(),
    ).toEqual(Object.keys(files).sort());
    for (const [path, text] of Object.entries(files))
      expect(readFileSync(path, 'utf8'), `${path} differs from the zod schemas: run \`npm run schema\``).toBe(
        text,
      );
  });
});
