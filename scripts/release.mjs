// `npm run release` builds, then gathers what a coordinator installs without a developer
// (docs/установка.md) into release/:
//   cmn-sheets-<version>.html   the page for the browser (dist/web/index.html), when the build makes it
//   apps-script/Code.gs, apps-script/sidebar.html, apps-script/appsscript.json
//                               the add-on, to paste into a spreadsheet's Apps Script editor
//   cmn-sheets-<version>.tgz    the command line as an npm package that installs without a registry
//   README.txt                  which file is what, in Russian
// `node scripts/release.mjs --outdir DIR` gathers into DIR instead (the release test); DIR must be new or
// empty, while the default release/ is git-ignored and replaced whole.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DIST = join(ROOT, 'dist');
const DEFAULT_OUTDIR = join(ROOT, 'release');
const PAGE = join(DIST, 'web', 'index.html');
const ADD_ON_DIR = 'apps-script';

const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? process.argv[outdirFlag + 1] : DEFAULT_OUTDIR;
const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));

// The line that tells which version a pasted file is: the coordinator sees it at the top of Code.gs in
// the editor when deciding whether to update.
const stampText = `«Наставничество», версия ${version} (cmn-sheets)`;

async function prepareOutdir() {
  if (outdir === DEFAULT_OUTDIR) await rm(outdir, { recursive: true, force: true });
  else if (existsSync(outdir) && (await readdir(outdir)).length > 0) {
    throw new Error(`${outdir} is not empty: give a new or empty folder`);
  }
  await mkdir(join(outdir, ADD_ON_DIR), { recursive: true });
}

async function requireBuilt(file) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`node build.mjs\` first`);
  return readFile(file, 'utf8');
}

// appsscript.json goes as built: the manifest has a closed set of fields, none for the project's own
// version, and Apps Script refuses a manifest with an unknown one (docs/decisions.md#release).
async function writeAddOn() {
  const code = await requireBuilt(join(DIST, 'Code.js'));
  await writeFile(join(outdir, ADD_ON_DIR, 'Code.gs'), `// ${stampText}\n${code}`);
  const sidebar = await requireBuilt(join(DIST, 'sidebar.html'));
  // After the doctype, so the page still starts as HTML5 wants it.
  const [doctype, ...rest] = sidebar.split('\n');
  if (!/^<!DOCTYPE html>$/i.test(doctype))
    throw new Error('dist/sidebar.html does not start with <!DOCTYPE html>');
  await writeFile(
    join(outdir, ADD_ON_DIR, 'sidebar.html'),
    [doctype, `<!-- ${stampText} -->`, ...rest].join('\n'),
  );
  await requireBuilt(join(DIST, 'appsscript.json'));
  await copyFile(join(DIST, 'appsscript.json'), join(outdir, ADD_ON_DIR, 'appsscript.json'));
}

async function writePage() {
  if (!existsSync(PAGE)) return undefined;
  const name = `cmn-sheets-${version}.html`;
  await copyFile(PAGE, join(outdir, name));
  return name;
}

// `files` in package.json decides what goes in: the bundled command line, its launcher and the
// licences of what it bundles.
function packCommandLine() {
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', outdir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    shell: process.platform === 'win32',
  });
  return JSON.parse(output)[0].filename;
}

function readme(page, tarball) {
  const lines = [`«Наставничество» (cmn-sheets), версия ${version}`, '', 'Что в этой папке', ''];
  if (page) {
    lines.push(
      page,
      '  Страница для браузера (Chrome, Яндекс Браузер, Edge). Откройте файл двойным щелчком,',
      '  перетащите в окно книгу муниципалитета или файлы ОО и список ОО, скачайте результаты.',
      '  Файлы обрабатываются на этом компьютере и никуда не передаются.',
      '',
    );
  }
  lines.push(
    `${ADD_ON_DIR}/Code.gs, ${ADD_ON_DIR}/sidebar.html, ${ADD_ON_DIR}/appsscript.json`,
    '  Надстройка «Наставничество» для Google Таблиц. Содержимое трёх файлов вставляется',
    '  в редактор Apps Script таблицы (Расширения → Apps Script), в файлы с теми же именами.',
    '  Версия указана в первой строке Code.gs.',
    '',
    tarball,
    '  Программа командной строки cmn-sheets для файлов .xlsx. Нужен Node.js версии 20 или новее.',
    `  Установка: npm install -g ${tarball}`,
    '  Проверка: cmn-sheets demo (создаёт демонстрационный муниципалитет в папке demo-output).',
    '',
    'Как установить каждый вариант без разработчика и какой вариант выбрать, если в книге есть',
    'персональные данные (152-ФЗ), описано в руководстве «Установка» (docs/установка.md',
    'в исходных текстах проекта cmn-sheets).',
    '',
    'Лицензии сторонних библиотек, включённых в эти файлы, приведены в конце Code.gs и страницы',
    '(в комментарии, на экране его не видно) и в файле dist/cli-licenses.txt внутри пакета .tgz.',
    '',
  );
  // Windows Notepad reads a .txt best with CRLF line ends and, in its older versions, takes Cyrillic
  // for UTF-8 only after a byte order mark.
  return `\uFEFF${lines.join('\r\n')}`;
}

// A refusal (a folder not empty, a file not built) is one line, not a stack trace.
try {
  await prepareOutdir();
  await writeAddOn();
  const page = await writePage();
  const tarball = packCommandLine();
  await writeFile(join(outdir, 'README.txt'), readme(page, tarball));
  console.error(
    `release ${version} in ${outdir}: ${[page ?? '(no page: the build makes no dist/web/index.html)', `${ADD_ON_DIR}/`, tarball, 'README.txt'].join(', ')}`,
  );
} catch (error) {
  console.error(`release: ${error.message}`);
  process.exit(1);
}
