/**
 * The colours of the page's text against the backgrounds they are drawn on reach the contrast of WCAG 2.1
 * (1.4.3, at least 4.5:1 for normal text), read from src/web/page.css itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/web/page.css', 'utf8');
const colour = (name: string): string => {
  const found = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (found === null) throw new Error(`no --${name} in page.css`);
  return found[1];
};

/** Relative luminance of an sRGB colour (WCAG 2.1). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('the page’s colours', () => {
  const backgrounds = ['#ffffff', colour('zone'), '#eef1f5', '#e6eefc'];
  it.each(['text', 'muted', 'error', 'warning', 'ok', 'accent'])(
    '--%s on every background: ≥ 4.5:1',
    (name) => {
      for (const background of backgrounds)
        expect(contrast(colour(name), background), background).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('white on the buttons, idle and hovered: ≥ 4.5:1', () => {
    expect(contrast('#ffffff', colour('accent'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', colour('accent-dark'))).toBeGreaterThanOrEqual(4.5);
  });

  it('uses no colour outside these for text', () => {
    const colours = [...css.matchAll(/(?<!-)color:\s*(#[0-9a-f]{3,6})/gi)].map((m) => m[1].toLowerCase());
    for (const used of colours) expect(['#ffffff']).toContain(used);
  });
});
