// Builds everything the two adapters ship:
//   dist/Code.js          Apps Script bundle: an ES2020 IIFE plus one plain top-level function per
//                         export of src/gas/index.ts (Apps Script only calls top-level functions)
//   dist/sidebar.html     the sidebar client (src/client) inlined into one HTML file
//   dist/appsscript.json  the manifest
//   dist/cli.mjs          the Node command line over .xlsx, with everything it imports bundled in, so
//                         the npm package installs without a registry (docs/decisions.md#release)
//   dist/cli-licenses.txt the licences of the third-party packages bundled into the command line
//   dist/web/index.html   the page in the browser (src/web): one file with its styles, its script and its
//                         worker inlined, under a Content-Security-Policy that forbids any request
// Builds are deterministic: the same sources give byte-identical files.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile, copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';

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
    metafile: true,
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
  // A licence text holds no "*/" that would end the comment early; the check keeps it so.
  const notice = await licenceNotice(result.metafile);
  if (notice.includes('*/'))
    throw new Error('a licence text holds "*/": it cannot go into a comment of Code.js');
  await writeFile(
    `${DIST}/Code.js`,
    `${result.outputFiles[0].text}\n${stubs}\n/*\n${NOTICE_TITLE}\n\n${notice}*/\n`,
  );
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

// The third-party packages esbuild put into a bundle: their MIT, ISC, BSD and Apache licences ask that
// the licence text travel with the code. The command line ships it as a file beside it; the add-on and the
// page, each pasted or sent as one file, carry it at their end in a comment.
async function licenceNotice(...metafiles) {
  const packageDirs = new Set();
  for (const input of metafiles.flatMap((metafile) => Object.keys(metafile.inputs))) {
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
  return ordered.join(`\n${'='.repeat(72)}\n\n`);
}

const NOTICE_TITLE = 'Third-party software bundled into this file, with its licences:';

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
  await writeFile(`${DIST}/cli-licenses.txt`, await licenceNotice(result.metafile));
}

/**
 * What the browser lacks of Node for exceljs and the .xlsx room (docs/decisions.md#the-page-in-the-browser):
 * small stand-ins in src/web/node/, and readable-stream for `stream`. `exceljs` itself is its own bundle
 * without polyfills (lib/exceljs.bare.js); its deep imports (the parsers xlsx-book-model.ts uses) resolve
 * as usual.
 */
const WEB_NODE = {
  events: 'src/web/node/events.ts',
  fs: 'src/web/node/empty.ts',
  crypto: 'src/web/node/empty.ts',
  util: 'src/web/node/empty.ts',
  'node:zlib': 'src/web/node/zlib.ts',
};
const browserNode = {
  name: 'browser-node',
  setup(plugin) {
    plugin.onResolve({ filter: /^exceljs$/ }, () => ({
      path: resolve('node_modules/exceljs/lib/exceljs.bare.js'),
    }));
    plugin.onResolve({ filter: /^(node:)?stream$/ }, (args) =>
      plugin.resolve('readable-stream', { kind: args.kind, resolveDir: resolve('.') }),
    );
    plugin.onResolve({ filter: /^(events|fs|crypto|util|node:zlib)$/ }, (args) => ({
      path: resolve(WEB_NODE[args.path]),
    }));
  },
};

async function bundleForBrowser(entry, extra = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    write: false,
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    define: { global: 'globalThis' },
    metafile: true,
    ...extra,
  });
  // A literal "</script" inside the inlined code would end the script element early.
  return { text: result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script'), metafile: result.metafile };
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

async function buildWeb() {
  const worker = await bundleForBrowser('src/web/worker.ts', {
    plugins: [browserNode],
    inject: ['src/web/node/buffer.ts', 'src/web/node/process.ts', 'src/web/node/set-immediate.ts'],
  });
  const page = await bundleForBrowser('src/web/page.ts', {
    define: { CMN_WORKER_SOURCE: JSON.stringify(worker.text) },
  });
  const script = page.text;
  const css = await readFile('src/web/page.css', 'utf8');
  // Nothing may be fetched: no network, no other file; the page's own script and style by their hashes, the
  // worker from the Blob URL the page makes of its inlined source.
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(css)}`,
    'worker-src blob:',
    "connect-src 'none'",
    "img-src 'none'",
    "font-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const template = await readFile('src/web/index.html', 'utf8');
  // The hashes are of the elements' whole text: nothing around the inlined code, whatever the template's layout.
  const html = template
    .replace('/*CSP*/', () => csp)
    .replace(/<style>\s*\/\*INLINE_CSS\*\/\s*<\/style>/, () => `<style>${css}</style>`)
    .replace(/<script>\s*\/\*INLINE_SCRIPT\*\/\s*<\/script>/, () => `<script>${script}</script>`);
  await mkdir(`${DIST}/web`, { recursive: true });
  // An HTML comment may not hold "<!--", "-->" or "--!>" (HTML Living Standard, «Comments»): a licence
  // that held one would end it early.
  const notice = await licenceNotice(worker.metafile, page.metafile);
  if (/<!--|-->|--!>/.test(notice)) throw new Error('a licence text would end the comment of the page early');
  await writeFile(`${DIST}/web/index.html`, `${html.trimEnd()}\n<!--\n${NOTICE_TITLE}\n\n${notice}-->\n`);
}

await rm(DIST, { recursive: true, force: true });
await mkdir(DIST, { recursive: true });
const names = await buildAppsScript();
await buildSidebar();
await copyFile('appsscript.json', `${DIST}/appsscript.json`);
await buildCli();
await buildWeb();
console.error(
  `built ${DIST}/Code.js (${names.length} entry points), ${DIST}/sidebar.html, ${DIST}/appsscript.json, ${DIST}/web/index.html`,
);
