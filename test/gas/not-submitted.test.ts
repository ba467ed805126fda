/**
 * docs/domain.md#roster-and-parameters end to end on the built add-on: with «Список ОО», a school with no tab
 * and a school whose tab has every required value empty are «не представлены данные» in «Сводная»,
 * «Рекомендации» and the sidebar's «Вся таблица» — never absent, never counted as zero.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';
import type { IssuesPayload } from '../../src/gas/sidebar-contract';
import { schoolName, schoolTab, seedMunicipality, start, tabName } from './municipality';
import { values } from './sheet-state';

const NOT_SUBMITTED = 'не представлены данные';
const EMPTY = Object.fromEntries(BUILTIN_CATALOGUE.indicators.filter(isInput).map((def) => [def.id, '']));

function municipality() {
  const started = start();
  const { emulator } = started;
  seedMunicipality(emulator, 2);
  emulator.seedSheet(tabName(3), schoolTab(3, EMPTY));
  emulator.seedSheet('Список ОО', [
    ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
    [schoolName(1), '', '', '', 'kurator1@school1.ru'],
    [schoolName(2), '', '', '', ''],
    [schoolName(3), '', '', '', ''],
    [schoolName(4), '', '', '', ''],
  ]);
  return started;
}

describe('schools of «Список ОО» that did not submit', () => {
  it('are in «Сводная» with words instead of figures, in its header count and its fill status', () => {
    const { emulator, bundle } = municipality();
    bundle.call('menuGenerateSummary');
    expect(emulator.ui.alerts.at(-1)!.prompt).toBe(
      'Лист «Сводная» сформирован. Учтены сведения 2 ОО.\n\nНе представлены данные: 2 ОО с листа «Список ОО»; перечень — на листе.',
    );
    const rows = values(emulator, 'Сводная');
    expect(rows.find((row) => row[0] === 'ОО, не представившие данные:')?.[1]).toBe(2);
    for (const name of [schoolName(3), schoolName(4)]) {
      const [table, quality] = rows.filter((row) => row[0] === name);
      expect(table[1]).toBe(NOT_SUBMITTED);
      expect(quality.slice(1, 3)).toEqual([
        name === schoolName(4) ? 'нет листа' : tabName(3),
        expect.stringMatching(/^0 из \d+$/),
      ]);
      expect(quality[5]).toBe(NOT_SUBMITTED);
    }
    const total = rows.find((row) => row[0] === 'Итого по муниципалитету')!;
    const counted = rows.filter((row) => row[0] === schoolName(1) || row[0] === schoolName(2));
    expect(total[1]).toBe(Number(counted[0][1]) + Number(counted[1][1]));
  });

  it('are asked in «Рекомендации» to submit their data, at stage 7', () => {
    const { emulator, bundle } = municipality();
    bundle.call('menuGenerateRecommendations');
    const rows = values(emulator, 'Рекомендации');
    const asked = rows.filter((row) => row[1] === 'Не представлены данные мониторинга ОО');
    expect(asked.map((row) => row[0])).toEqual([schoolName(3), schoolName(4)]);
    expect(asked.map((row) => row[4])).toEqual([
      '7 — сбор данных, анализ и составление отчётности',
      '7 — сбор данных, анализ и составление отчётности',
    ]);
  });

  it('are counted in the result of «Проверить всю таблицу», which opens the panel that lists them', () => {
    const { emulator, bundle } = municipality();
    bundle.call('menuCheckWorkbook');
    expect(emulator.ui.alerts.at(-1)!.prompt).toContain(
      'Не представлены данные: 2 ОО с листа «Список ОО»; перечень — на панели проверки, режим «Вся таблица».',
    );
    expect(emulator.ui.sidebars).toHaveLength(1);
  });

  it('are marked in the sidebar’s «Вся таблица»', () => {
    const { bundle } = municipality();
    const payload = bundle.call('sidebarIssues', 'workbook') as IssuesPayload;
    const missing = payload.fill!.filter((school) => school.notSubmitted);
    expect(missing.map((school) => [school.school, school.sheet, school.filled])).toEqual([
      [schoolName(3), tabName(3), 0],
      [schoolName(4), null, 0],
    ]);
    expect(payload.context!.organisations).toContain(schoolName(4));
  });
});
