// Builds everything the two adapters ship:
//   dist/Code.js          Apps Script bundle: an ES2020 IIFE plus one plain top-level function per
//                         export of src/gas/index.ts (Apps Script only calls top-level functions)
//   dist/sidebar.html     the sidebar client (src/client) inlined into one HTML file
//   dist/appsscript.json  the manifest
//   dist/cli.mjs          the Node command line over .xlsx, with everything it imports bundled in, so
//                         the npm package installs without a registry (docs/decisions.md#release)
//   dist/cli-licenses.txt the licences of the third-party packages bundled into the command line
// Builds are deterministic: the same sources give byte-identical files.
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rm, writeFile, copyFile } from 'node:fs/promises';

const GLOBAL_NAME = 'CMN';
// `node build.mjs --outdir DIR` builds elsewhere (the determinism test builds twice and compares).
const outdirFlag = process.argv.indexOf('--outdir');
const DIST = outdirFlag > 0 ? process.argv[outdirFlag + 1] : 'dist';
// `--self-test` builds the test deployment: the developer's self-test and its menu item
// (src/gas/self-test-menu.ts); the production build has neither.
const SELF_TEST = process.argv.includes('--self-test');

async function exportNames(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out',
    target: 'es2020',
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs)
    .flatMap((output) => output.exports)
    .sort();
}

async function buildAppsScript() {
  const entry = SELF_TEST ? 'src/gas/self-test-index.ts' : 'src/gas/index.ts';
  const names = await exportNames(entry);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    define: { CMN_SELF_TEST: String(SELF_TEST) },
    write: false,
    // Syntax only: names and line breaks stay, so a line in Google's error log is still readable
    // code, and the bundle is smaller than before the rooms moved (docs/decisions.md#the-house).
    minifySyntax: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  const stubs = names
    .map((name) => `function ${name}(...args) { return ${GLOBAL_NAME}.${name}(...args); }`)
    .join('\n');
  await writeFile(`${DIST}/Code.js`, `${result.outputFiles[0].text}\n${stubs}\n`);
  return names;
}

async function buildSidebar() {
  const result = await build({
    entryPoints: ['src/client/sidebar.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  // A literal "</script" inside the inlined code would end the script element early.
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const css = await readFile('src/client/sidebar.css', 'utf8');
  const template = await readFile('src/client/sidebar.html', 'utf8');
  const html = template.replace('/*INLINE_CSS*/', () => css).replace('/*INLINE_SCRIPT*/', () => script);
  await writeFile(`${DIST}/sidebar.html`, html);
}

// The third-party packages esbuild put into the command line: their MIT, ISC, BSD and Apache
// licences ask that the licence text travel with the code.
async function writeCliLicenses(metafile) {
  const packageDirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
    if (match) packageDirs.add(match[1]);
  }
  // One section per package and version: nested copies of the same version say the same thing.
  const sections = new Map();
  for (const dir of packageDirs) {
    const pkg = JSON.parse(await readFile(`${dir}/package.json`, 'utf8'));
    const licenseFile = (await readdir(dir)).sort().find((name) => /^(licen[cs]e|copying)/i.test(name));
    const text = licenseFile
      ? await readFile(`${dir}/${licenseFile}`, 'utf8')
      : `License: ${pkg.license ?? 'not stated in the package'}`;
    sections.set(`${pkg.name} ${pkg.version}`, `${pkg.name} ${pkg.version}\n\n${text.trim()}\n`);
  }
  const ordered = [...sections.keys()].sort().map((key) => sections.get(key));
  await writeFile(`${DIST}/cli-licenses.txt`, ordered.join(`\n${'-'.repeat(72)}\n\n`));
}

async function buildCli() {
  const result = await build({
    entryPoints: ['src/cli/main.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // exceljs and its helpers are CommonJS and call require() for Node's own modules; an ES module
    // has no require of its own, so the bundle makes one.
    banner: {
      js: "import { createRequire as cmnCreateRequire } from 'node:module';\nconst require = cmnCreateRequire(import.meta.url);",
    },
    metafile: true,
    outdir: DIST,
    entryNames: 'cli',
    outExtension: { '.js': '.mjs' },
    // A module imported with import() becomes a chunk loaded only by the command that needs it, so
    // `check` and `summary` do not pay for loading the .docx writer (dist/cli-chunks/).
    splitting: true,
    chunkNames: 'cli-chunks/[name]-[hash]',
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  await writeCliLicenses(result.metafile);
}

await rm(DIST, { recursive: true, force: true });
await mkdir(DIST, { recursive: true });
const names = await buildAppsScript();
await buildSidebar();
await copyFile('appsscript.json', `${DIST}/appsscript.json`);
await buildCli();
console.error(
  `built ${DIST}/Code.js (${names.length} entry points), ${DIST}/sidebar.html, ${DIST}/appsscript.json`,
);
