/**
 * docs/rules.md is the rule table made readable: it is regenerated here and must equal the page
 * checked in, and every issue code must carry its Russian description (what, why, fix, example).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_DOC_PATH, rulesDocText } from '../../scripts/rules-doc';
import { RULE_DOCS } from '../../src/core/issues/rule-docs';
import { ISSUE_CODES } from '../../src/core/issues/rules';

describe('docs/rules.md', () => {
  it('is what `npm run rules-doc` writes from the rule table now', async () => {
    expect(
      readFileSync(RULES_DOC_PATH, 'utf8'),
      'docs/rules.md is out of date: run `npm run rules-doc`',
    ).toBe(await rulesDocText());
  });

  it('has a section for every issue code', async () => {
    const text = await rulesDocText();
    for (const code of ISSUE_CODES) expect(text, code).toContain(`## \`${code}\``);
  });
});

describe('RULE_DOCS', () => {
  it('describes every issue code, and no other', () => {
    expect(Object.keys(RULE_DOCS).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it.each(ISSUE_CODES)('%s has a title, what, why, fix and an example message', (code) => {
    const doc = RULE_DOCS[code];
    for (const text of [doc.title, doc.what, doc.why, doc.fix, doc.example.message])
      expect(text.trim().length, code).toBeGreaterThan(3);
  });

  it.each(ISSUE_CODES)('%s is described in the typography of RUSSIAN.md', (code) => {
    const doc = RULE_DOCS[code];
    const texts = [doc.title, doc.what, doc.why, doc.fix, doc.example.message, doc.example.hint ?? ''];
    for (const text of texts) {
      expect(text, code).not.toMatch(/"/);
      expect(text, code).not.toMatch(/\p{L} - \p{L}(?![^«]*»)/u);
    }
  });
});
