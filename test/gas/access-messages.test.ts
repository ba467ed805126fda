/**
 * The texts of access within Google's limits and of the coordinator's commands against RUSSIAN.md, with a full
 * official name of about 150 characters: ёлочки outside and лапки inside, no straight quotes, the name only
 * after «ОО:» (nominative), a message and its hint each ending with a full stop, numbers agreeing.
 */
import { describe, expect, it } from 'vitest';
import { ACCESS_HELP, ACCESS_MESSAGES as M } from '../../src/gas/access-messages';

const LONG_NAME =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5 имени Героя Советского Союза А. С. Петрова» г. Ижевска';
const LONG_TAB = 'СОШ № 5 им. Героя Советского Союза А. С. Петрова';

function quotesNest(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '«') depth++;
    else if (char === '»') depth--;
    if (depth < 0 || depth > 1) return false;
  }
  return depth === 0 && (text.match(/„/g) ?? []).length === (text.match(/“/g) ?? []).length;
}

function followsRules(text: string): void {
  expect(text, text).not.toMatch(/"/);
  expect(quotesNest(text), text).toBe(true);
  expect(text.trim(), text).toMatch(/\.$/);
}

describe('access texts', () => {
  it('tell a curator whose command it is, naming her school after «ОО:» only', () => {
    const text = M.forCoordinator('kurator5@school5.ru', LONG_NAME);
    followsRules(text);
    expect(text).toContain('(ОО: «Муниципальное бюджетное общеобразовательное учреждение „Средняя');
    expect(text).toMatch(/\. Что сделать: [^.]+«Проверить текущий лист»\.$/);
  });

  it('say where a stopped run goes on, with «N из M» and the tab in «ёлочки»', () => {
    for (const [done, total] of [
      [1, 2],
      [21, 300],
    ] as const) {
      const text = M.stopped(done, total, LONG_TAB);
      followsRules(text);
      expect(text).toContain(`Настроено листов ОО: ${done} из ${total}.`);
      expect(text).toContain(`продолжится с листа «${LONG_TAB}».`);
    }
    followsRules(M.resumed(LONG_TAB));
  });

  it('«Справка» names the curator’s commands and the coordinator’s', () => {
    followsRules(ACCESS_HELP);
    for (const command of [
      'Проверить текущий лист',
      'Проверить всю таблицу',
      'Открыть панель проверки',
      'Сформировать сводную',
      'Сформировать рекомендации',
      'Создать справку и письма',
      'Создать листы ОО по списку',
      'Настроить доступ кураторов',
    ])
      expect(ACCESS_HELP).toContain(`«${command}»`);
  });
});
