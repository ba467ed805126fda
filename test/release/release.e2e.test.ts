/**
 * `npm run release` as a coordinator receives it: scripts/release.mjs gathers the built files into a
 * temporary folder, and the command line's tarball is installed into empty folders with no registry
 * and no npm cache, then run. `npm test` builds first; run `node build.mjs` before running this alone.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEFAULTS } from '../../src/cli/args/command-args';
import { readWorkbookFile } from '../../src/cli/files/workbook-file';
import { ROOT, run } from '../cli/cli-run';

const execFileAsync = promisify(execFile);
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const DIST = join(ROOT, 'dist');
const TARBALL = `cmn-sheets-${version}.tgz`;
const PAGE = `cmn-sheets-${version}.html`;
const STAMP = `версия ${version}`;

let base: string;
let release: string;
/** An npm that knows nothing of this machine: no cache, no settings inherited from an `npm run`. */
let npmEnv: NodeJS.ProcessEnv;

async function sh(command: string, args: readonly string[], cwd: string): Promise<string> {
  const { stdout } = await execFileAsync(command, args, {
    cwd,
    env: npmEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'cli.mjs')))
    throw new Error('dist/cli.mjs is missing: run `node build.mjs` (npm test does it first)');
  base = await mkdtemp(join(tmpdir(), 'cmn-release-'));
  release = join(base, 'release');
  npmEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  npmEnv.npm_config_cache = join(base, 'empty-npm-cache');
  npmEnv.npm_config_update_notifier = 'false';
  await execFileAsync(process.execPath, [join(ROOT, 'scripts/release.mjs'), '--outdir', release], {
    cwd: ROOT,
    env: npmEnv,
  });
}, 120_000);

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** The file without its one line that names the version, and that line. */
function unstamped(text: string): { readonly rest: string; readonly stamp: string } {
  const lines = text.split('\n');
  const stamped = lines.filter((line) => line.includes(STAMP));
  expect(stamped).toHaveLength(1);
  return { rest: lines.filter((line) => !line.includes(STAMP)).join('\n'), stamp: stamped[0] };
}

describe('the release script', () => {
  it('refuses a folder that already holds files and leaves them as they were', async () => {
    const taken = join(base, 'taken');
    await mkdir(taken);
    await writeFile(join(taken, 'отчёт.docx'), 'не трогать');
    const refused = await execFileAsync(
      process.execPath,
      [join(ROOT, 'scripts/release.mjs'), '--outdir', taken],
      {
        cwd: ROOT,
        env: npmEnv,
      },
    ).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toBe(`release: ${taken} is not empty: give a new or empty folder\n`);
    expect(await readdir(taken)).toEqual(['отчёт.docx']);
    expect(await readFile(join(taken, 'отчёт.docx'), 'utf8')).toBe('не трогать');
  });
});

describe('the add-on', () => {
  it('stamps Code.gs and sidebar.html with the version and otherwise ships them as built', async () => {
    const code = unstamped(await readFile(join(release, 'apps-script/Code.gs'), 'utf8'));
    expect(code.stamp).toMatch(/^\/\/ /);
    expect(code.rest).toBe(await readFile(join(DIST, 'Code.js'), 'utf8'));
    const sidebar = unstamped(await readFile(join(release, 'apps-script/sidebar.html'), 'utf8'));
    expect(sidebar.stamp).toMatch(/^<!-- .* -->$/);
    expect(sidebar.rest).toBe(await readFile(join(DIST, 'sidebar.html'), 'utf8'));
  });

  it('ships the manifest as built, with only the fields Google documents', async () => {
    const manifest = await readFile(join(release, 'apps-script/appsscript.json'));
    expect(manifest.equals(await readFile(join(DIST, 'appsscript.json')))).toBe(true);
    // The top-level fields of https://developers.google.com/apps-script/manifest: there is none for the
    // project's version, and Apps Script refuses an unknown one (a `$schema` field made `clasp push` fail
    // with «Request contains an invalid argument», https://github.com/google/clasp/issues/586).
    const documented = [
      'addOns',
      'chat',
      'dependencies',
      'exceptionLogging',
      'executionApi',
      'oauthScopes',
      'runtimeVersion',
      'sheets',
      'timeZone',
      'urlFetchWhitelist',
      'webapp',
    ];
    for (const field of Object.keys(JSON.parse(manifest.toString('utf8'))))
      expect(documented).toContain(field);
  });
});

describe('the folder', () => {
  // The page comes from the build's web part; a build without one ships no page, and says so.
  const buildMakesPage = readFileSync(join(ROOT, 'build.mjs'), 'utf8').includes('index.html');

  it('holds the page exactly as built when the build makes one, and no page otherwise', async () => {
    const html = (await readdir(release)).filter((name) => name.endsWith('.html'));
    if (buildMakesPage) {
      expect(html).toEqual([PAGE]);
      const page = await readFile(join(release, PAGE));
      expect(page.equals(await readFile(join(DIST, 'web/index.html')))).toBe(true);
    } else {
      expect(html).toEqual([]);
    }
  });

  it('explains every file in README.txt, in Russian, and points to docs/установка.md', async () => {
    const readme = await readFile(join(release, 'README.txt'), 'utf8');
    expect(readme).toMatch(/^\uFEFF«Наставничество» \(cmn-sheets\), версия /);
    expect(readme).toContain(STAMP);
    const entries = (await readdir(release)).filter((name) => name !== 'README.txt');
    expect(entries).toEqual(
      expect.arrayContaining(['apps-script', TARBALL, ...(buildMakesPage ? [PAGE] : [])]),
    );
    for (const entry of entries) expect(readme).toContain(entry);
    for (const file of await readdir(join(release, 'apps-script'))) expect(readme).toContain(file);
    expect(readme).toContain(`npm install -g ${TARBALL}`);
    expect(readme).toContain('docs/установка.md');
    expect(existsSync(join(ROOT, 'docs/установка.md'))).toBe(true);
  });
});

describe('the command line package', () => {
  it('holds only the bundled command line, with no dependency to fetch', async () => {
    const tarball = join(release, TARBALL);
    const files = (await sh('tar', ['-tzf', tarball], base)).trim().split('\n').sort();
    const chunks = files.filter((file) => file.startsWith('package/dist/cli-chunks/'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(files).toEqual(
      [
        'package/README.md',
        'package/bin/cmn-sheets.mjs',
        'package/dist/cli-licenses.txt',
        'package/dist/cli.mjs',
        'package/package.json',
        ...chunks,
      ].sort(),
    );
    const manifest = JSON.parse(await sh('tar', ['-xzOf', tarball, 'package/package.json'], base)) as {
      dependencies?: object;
      bin: object;
    };
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.bin).toEqual({ 'cmn-sheets': 'bin/cmn-sheets.mjs' });
    const licenses = await sh('tar', ['-xzOf', tarball, 'package/dist/cli-licenses.txt'], base);
    for (const bundled of ['exceljs', 'docx', 'petrovich', 'hyparquet', 'hyparquet-writer'])
      expect(licenses).toMatch(new RegExp(`^${bundled} \\d`, 'm'));
  });

  it('installs offline into an empty folder and `npx cmn-sheets demo` writes what the repository’s build writes', async () => {
    const app = join(base, 'app');
    await mkdir(app);
    await sh('npm', ['install', '--no-audit', '--no-fund', '--offline', join(release, TARBALL)], app);
    expect(existsSync(join(app, 'node_modules/exceljs'))).toBe(false);

    expect((await sh('npx', ['--offline', 'cmn-sheets', '--version'], app)).trim()).toBe(version);
    // The same demo from the repository's own build alongside: the package changes nothing in what it does.
    const reference = join(base, 'reference');
    await mkdir(reference);
    const [stdout, own] = await Promise.all([
      sh('npx', ['--offline', 'cmn-sheets', 'demo'], app),
      run(['demo'], reference),
    ]);
    expect(own.code).toBe(0);
    expect(stdout).toBe(own.stdout);
    expect(stdout).toContain(`ОО: ${DEMO_DEFAULTS.orgs},`);
    const output = join(app, DEMO_DEFAULTS.dir);
    expect(existsSync(join(output, 'demo-municipality.xlsx'))).toBe(true);
    const summary = await readWorkbookFile(join(output, 'demo-summary.xlsx'));
    expect(summary.listSheets().map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['Сводная', 'Рекомендации']),
    );
    const documents = await readdir(join(output, 'отчёт'), { recursive: true, encoding: 'utf8' });
    expect(documents.filter((name) => name.endsWith('.docx'))).toHaveLength(DEMO_DEFAULTS.orgs + 2);
  }, 120_000);

  it('installs globally (`npm install -g`) and runs from any folder', async () => {
    const prefix = join(base, 'global');
    await sh(
      'npm',
      ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--offline', join(release, TARBALL)],
      base,
    );
    const elsewhere = join(base, 'elsewhere', 'папка координатора');
    await mkdir(elsewhere, { recursive: true });
    const bin = join(prefix, 'bin', 'cmn-sheets');
    expect((await sh(bin, ['--version'], elsewhere)).trim()).toBe(version);
    const stdout = await sh(bin, ['demo', '--orgs', '2', '--dir', 'демо'], elsewhere);
    expect(stdout).toContain('ОО: 2,');
    expect(existsSync(join(elsewhere, 'демо', 'demo-summary.xlsx'))).toBe(true);
  }, 120_000);
});
