/**
 * The Russian guides hold together: every picture and link they name exists, the README points
 * to both, and the prose keeps RUSSIAN.md's typography (no straight quotes, no spaced hyphen for a
 * dash) outside code, where commands are copied as typed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const GUIDES = ['docs/руководство-координатора.md', 'docs/памятка-куратора.md'];

/** The text outside fenced blocks and `inline code`. */
function prose(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\]\([^)]*\)/g, ']');
}

describe.each(GUIDES)('%s', (guide) => {
  const text = readFileSync(join(ROOT, guide), 'utf8');

  it('names only pictures and files that exist', () => {
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => decodeURI(m[1]));
    expect(targets.length).toBeGreaterThan(2);
    for (const target of targets)
      expect(existsSync(join(dirname(join(ROOT, guide)), target)), target).toBe(true);
  });

  it('has a heading for every entry of its contents', () => {
    const anchors = [...text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    const headings = [...text.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
      m[1]
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-'),
    );
    for (const anchor of anchors) expect(headings, anchor).toContain(anchor);
  });

  it('keeps the typography of RUSSIAN.md in its prose', () => {
    const body = prose(text);
    expect(body).not.toMatch(/"/);
    expect(body).not.toMatch(/\p{L} - \p{L}/u);
    expect(body).not.toMatch(/№ \d/);
    expect(body).not.toMatch(/\bseed\b/);
  });
});

describe('README', () => {
  it('opens with a Russian paragraph pointing to both guides', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const opening = readme.slice(0, readme.indexOf('A Google Sheets add-on'));
    for (const guide of GUIDES) expect(opening).toContain(`](${guide})`);
  });
});
