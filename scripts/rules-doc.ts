/**
 * `npm run rules-doc`: writes docs/rules.md, one section per issue code, from the rule table
 * (src/core/issues/rules.ts: severity, reach, fix) and the Russian descriptions beside it
 * (src/core/issues/rule-docs.ts). A test fails when the page checked in differs from what this
 * would write, as ESLint does with its rule pages.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { problemAndFix } from '../src/app/live/cell-marks';
import type { Severity } from '../src/core/issues/issue';
import { RULE_DOCS } from '../src/core/issues/rule-docs';
import { ISSUE_CODES, RULES, type RuleReach } from '../src/core/issues/rules';

export const RULES_DOC_PATH = 'docs/rules.md';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

const SEVERITY_NAMES: Readonly<Record<Severity, string>> = {
  error: 'ошибка',
  warning: 'предупреждение',
  info: 'замечание по оформлению',
};

const REACH_NAMES: Readonly<Record<RuleReach, string>> = {
  cell: 'одна ячейка',
  row: 'одна строка',
  column: 'столбец: строки сравниваются между собой',
  sheet: 'весь лист',
  workbook: 'несколько листов книги',
};

/** How a cell's note names the kind of a problem (src/app/live/messages.ts). */
const NOTE_KINDS: Readonly<Record<Severity, string>> = {
  error: 'Ошибка',
  warning: 'Предупреждение',
  info: 'Замечание по оформлению',
};

const INTRO = `# Правила проверки: коды замечаний

<!-- Страница формируется командой \`npm run rules-doc\` из src/core/issues/rules.ts и
src/core/issues/rule-docs.ts; правки вносятся туда. -->

Надстройка «Наставничество» и программа \`cmn-sheets\` сообщают о каждой найденной проблеме
сообщением на русском языке и подсказкой, что сделать. В выводе \`--json\` и в журналах у
сообщения есть код вида \`fio/mixed-script\`: коды постоянны, новые добавляются, прежние не
переименовываются. Кураторам ОО и координаторам коды не показываются.

Уровни: **ошибка** (\`error\`) — значение не учитывается, пока его не исправят, и \`check\`
завершается с кодом 1; **предупреждение** (\`warning\`) — значение учитывается, но его стоит
проверить; **замечание по оформлению** (\`info\`) — на показатели не влияет. Отдельные случаи
правила могут иметь другой уровень: это сказано в описании правила.

«Что читает правило» — сколько книги нужно, чтобы принять решение: проверка при вводе в Google
Таблицах пересчитывает правила одной ячейки, строки, столбца и листа сразу, а правила нескольких
листов — при проверке всей таблицы.`;

function section(code: (typeof ISSUE_CODES)[number]): string {
  const rule = RULES[code];
  const doc = RULE_DOCS[code];
  const example = problemAndFix(NOTE_KINDS[rule.severity], doc.example);
  return [
    `## \`${code}\``,
    `**${doc.title}**`,
    [
      `- Уровень: ${SEVERITY_NAMES[rule.severity]} (\`${rule.severity}\`)`,
      `- Что читает правило: ${REACH_NAMES[rule.reads]}`,
      `- Исправление одной кнопкой: ${rule.fixable ? 'предлагается' : 'нет'}`,
    ].join('\n'),
    `**Что означает.** ${doc.what}`,
    `**Почему это важно.** ${doc.why}`,
    `**Как исправить.** ${doc.fix}`,
    `**Пример** (так сообщение читается в примечании к ячейке):`,
    `> ${example}`,
  ].join('\n\n');
}

function contents(): string {
  const rows = ISSUE_CODES.map((code) => {
    const anchor = code.replace(/[^a-z0-9-]/g, '');
    return `| [\`${code}\`](#${anchor}) | ${SEVERITY_NAMES[RULES[code].severity]} | ${RULE_DOCS[code].title} |`;
  });
  return ['| Код | Уровень | Правило |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The text of docs/rules.md, laid out as Prettier lays out Markdown. */
export async function rulesDocText(): Promise<string> {
  const text = [INTRO, contents(), ...ISSUE_CODES.map(section)].join('\n\n') + '\n';
  const filepath = resolve(ROOT, RULES_DOC_PATH);
  return format(text, { ...(await resolveConfig(filepath)), filepath });
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  writeFileSync(resolve(ROOT, RULES_DOC_PATH), await rulesDocText());
  console.error(`wrote ${RULES_DOC_PATH}`);
}
