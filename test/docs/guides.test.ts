/**
 * The Russian guides hold together: every picture and link they name exists, the README points
 * to each of them, and the prose keeps RUSSIAN.md's typography (no straight quotes, no spaced hyphen for a
 * dash) outside code, where commands are copied as typed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const GUIDES = ['docs/руководство-координатора.md', 'docs/памятка-куратора.md', 'docs/установка.md'];

/** The text outside fenced blocks and `inline code`. */
function prose(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\]\([^)]*\)/g, ']');
}

/** The anchors GitHub gives the `##` and `###` headings of a Markdown text. */
function headingAnchors(markdown: string): string[] {
  return [...markdown.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
    m[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .replace(/\s/g, '-'),
  );
}

describe.each(GUIDES)('%s', (guide) => {
  const text = readFileSync(join(ROOT, guide), 'utf8');

  // Links to web pages (Google's documentation) are not files of the repository.
  const local = [...text.matchAll(/\]\(([^)#\s]+)(?:#([^)]*))?\)/g)]
    .filter((m) => !/^[a-z]+:/.test(m[1]))
    .map((m) => ({ target: decodeURI(m[1]), anchor: m[2] ? decodeURI(m[2]) : undefined }));

  it('names only pictures and files that exist', () => {
    expect(local.length).toBeGreaterThan(2);
    for (const { target } of local)
      expect(existsSync(join(dirname(join(ROOT, guide)), target)), target).toBe(true);
  });

  it('has a heading for every entry of its contents and every section it links to in another guide', () => {
    const anchors = [...text.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    for (const anchor of anchors) expect(headingAnchors(text), anchor).toContain(anchor);
    for (const { target, anchor } of local.filter((link) => link.anchor && link.target.endsWith('.md'))) {
      const other = readFileSync(join(dirname(join(ROOT, guide)), target), 'utf8');
      expect(headingAnchors(other), `${target}#${anchor}`).toContain(anchor);
    }
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
  it('opens with a Russian paragraph pointing to every guide, installation first', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const opening = readme.slice(0, readme.indexOf('A Google Sheets add-on'));
    for (const guide of GUIDES) expect(opening).toContain(`](${guide})`);
    // A coordinator who opens the repository first needs to know how to install it.
    const firstParagraph = opening.slice(0, opening.indexOf('\n\n', opening.indexOf('**По-русски.**')));
    expect(firstParagraph).toContain('](docs/установка.md)');
  });
});
