/**
 * Contrast and size of the sidebar's text, computed from src/client/sidebar.css: every text colour
 * against the background it is drawn on reaches 4.5:1, WCAG 2.1 success criterion 1.4.3 (Contrast,
 * Minimum) for normal text — links, hints and the grey secondary text included; and no text is smaller
 * than 14 px (the body reads at 15 px), for readers who hold the screen at arm's length.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync('src/client/sidebar.css', 'utf8');

/** Declarations by selector, as written (one selector of a comma list each). */
function rules(css: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const declarations: Record<string, string> = {};
    for (const part of body.split(';')) {
      const [name, ...value] = part.split(':');
      if (name.trim() && value.length > 0) declarations[name.trim()] = value.join(':').trim();
    }
    for (const selector of selectors.split(',')) {
      const key = selector.trim();
      out.set(key, { ...(out.get(key) ?? {}), ...declarations });
    }
  }
  return out;
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const CSS_RULES = rules(CSS);

function colourOf(selector: string, property: 'color' | 'background'): string {
  const value = CSS_RULES.get(selector)?.[property];
  if (!value) throw new Error(`${selector} has no ${property} in sidebar.css`);
  const hex = value.match(/#(?:[0-9a-f]{6}|[0-9a-f]{3})\b/i)?.[0].toLowerCase();
  if (!hex) throw new Error(`${selector} ${property}: ${value} is not a #rgb or #rrggbb colour`);
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
}

/** [text selector, selector of what it is drawn on ('body' is white)]: own background when null. */
const PAIRS: readonly (readonly [string, string | null])[] = [
  ['.cell', '.issue'],
  ['.sheet-counts', '.sheet-group'],
  ['.sheet-current', null],
  ['.fill-missing', 'body'],
  ['.school-facts', '.school'],
  ['.details-text', '.notice.error'],
  ['.retry', null],
  ['.hint', '.issue'],
  ['.value', '.issue'],
  ['.fix-label', '.issue'],
  ['.status', 'body'],
  ['.legend', 'body'],
  ['.partial', 'body'],
  ['.omitted', 'body'],
  ['.empty', 'body'],
  ['.refresh', null],
  ['.scope', null],
  [".scope[aria-pressed='true']", null],
  ['.notice', null],
  ['.notice.error', null],
  ['.chip.error', null],
  ['.chip.warning', null],
  ['.chip.info', null],
  ['.fix', null],
  ['.confirm-yes', null],
  ['.cancel', null],
  ['.group.error .group-title', 'body'],
  ['.group.warning .group-title', 'body'],
  ['.group.info .group-title', 'body'],
];

describe('contrast of the sidebar’s text', () => {
  it.each(PAIRS)('%s on %s (null: its own background) reaches 4.5:1', (text, on) => {
    const foreground = colourOf(text, 'color');
    const background = on === 'body' ? '#ffffff' : colourOf(on ?? text, 'background');
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('sets no text smaller than 14 px, and the body at 14 px or more', () => {
    const sizes = [...CSS.matchAll(/font-size:\s*([^;]+);/g)].map((match) => match[1].trim());
    expect(sizes.length).toBeGreaterThan(10);
    for (const size of sizes) {
      expect(size, size).toMatch(/^\d+px$/);
      expect(parseInt(size, 10), size).toBeGreaterThanOrEqual(14);
    }
    expect(parseInt(CSS_RULES.get('body')?.['font-size'] ?? '0', 10)).toBeGreaterThanOrEqual(14);
  });

  it('computes WCAG contrast as published: black on white is 21:1, the old link blue on grey falls short', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1a73e8', '#f8f9fa')).toBeLessThan(4.5);
  });
});
