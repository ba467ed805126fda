/**
 * Debian's Chromium through playwright-core, for the tests and the benchmark that look at the sidebar, the page
 * and the guides' pictures: npm cannot download a browser here, Debian installs one (.ci/run).
 */
import { chromium, type Browser } from 'playwright-core';

/** Headless, no sandbox (CI runs as root), and nothing of its own on the network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
