/**
 * Russian texts of «Создать листы ОО по списку» from the roster that messages.ts does not hold: the
 * names the command had to change, and the stop before Apps Script's time limit.
 */
import type { RenamedTab, TabNameChange } from '../app/roster-school-sheets';
import { quote } from '../core/text/quote';

/** At most this many changed names in the alert; the rest are counted. */
const SHOWN = 10;

const REASONS: Readonly<Record<TabNameChange, (limit: number) => string>> = {
  long: (limit) => `название длиннее ${limit} символов`,
  forbidden: () =>
    'в названии есть знаки, недопустимые в названии листа: [ ] * ? / \\ : или апостроф в начале или в конце',
  taken: () => 'лист с таким названием создан для другой ОО',
};

export const TAB_MESSAGES = {
  /** The alert's part about names from «Лист» the command had to change. */
  renamed: (renamed: readonly RenamedTab[], limit: number): string => {
    const lines = renamed
      .slice(0, SHOWN)
      .map(
        (each) =>
          `— ОО: ${each.school}. Вместо ${quote(each.given)} — ${quote(each.tab)}: ${REASONS[each.change](limit)}.`,
      );
    if (renamed.length > SHOWN) lines.push(`Других изменённых названий: ${renamed.length - SHOWN}.`);
    return [
      `Названия из столбца «Лист», изменённые при создании листов (исправлены и в столбце «Лист»):`,
      ...lines,
    ].join('\n');
  },
  /** The run stopped at a tab boundary to stay within Apps Script's six minutes. */
  stopped: (remaining: number, total: number): string =>
    `Листы созданы не для всех ОО: не создано ${remaining} из ${total} — команда остановлена, чтобы не превысить ` +
    'ограничение Google на время работы скрипта (шесть минут). Что сделать: запустите «Создать листы ОО по списку» ' +
    'ещё раз — будут созданы только недостающие листы.',
  /** The same, for a list pasted into the prompt: the list is asked for again. */
  stoppedPasted: (remaining: number, total: number): string =>
    `Листы созданы не для всех ОО: не создано ${remaining} из ${total} — команда остановлена, чтобы не превысить ` +
    'ограничение Google на время работы скрипта (шесть минут). Что сделать: запустите «Создать листы ОО по списку» ' +
    'ещё раз и вставьте тот же список — листы, которые уже есть, будут пропущены.',
} as const;
