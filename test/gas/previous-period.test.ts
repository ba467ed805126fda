/**
 * The sheet «Прошлый период» in the built add-on (dist/Code.js on the emulator): the coordinator
 * imports last period's long-format CSV onto it (File → Import), and «Сформировать сводную»
 * shows each municipal figure's previous value and change, and what moved most (docs/domain.md#long-format).
 *
 * Google Sheets converts numbers and TRUE/FALSE when it imports a CSV (the «Convert text to
 * numbers, dates, and formulas» option; «by default, both Excel and Google Sheets auto-format date
 * and numeric fields on import», github.com/terrywbrady/PlainTextCSV_GoogleAppsScript), while a
 * spreadsheet in a Russian locale keeps «0.184» with its decimal point as text: the rows below mix both.
 */
import { describe, expect, it } from 'vitest';
import { NOTE_PREFIX } from '../../src/app/live/messages';
import { longCsvHeader } from '../../src/core/long-format/long-csv';
import type { LongRow } from '../../src/core/long-format/long-row';
import { lastPeriodRow } from '../core/long-format/last-period-row';
import { docText } from './document-state';
import { schoolName, schoolValues, seedMunicipality, start } from './municipality';
import { values } from './sheet-state';

const HEADER = longCsvHeader().split(',');

/** A municipal row as the import leaves it in cells: empty cells for nulls. */
function municipalRow(id: string, type: LongRow['type'], value: number | string): unknown[] {
  const row: Record<string, unknown> = {
    ...lastPeriodRow({ indicator_id: id, type, schools_counted: 3, met: type === 'share' ? false : null }),
    value,
  };
  return HEADER.map((name) => row[name] ?? '');
}

function rowStarting(rows: unknown[][], first: string): unknown[] {
  const row = rows.find((line) => line[0] === first);
  if (!row) throw new Error(`no row «${first}»`);
  return row;
}

describe('«Прошлый период» in the add-on', () => {
  it('gives «Сводная» the previous value and the change of each municipal figure, and what moved most', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 3);
    emulator.seedSheet('Прошлый период', [
      HEADER,
      municipalRow('ped_total', 'count', 80),
      municipalRow('share_mentors', 'share', '0.05'),
      municipalRow('share_oo_with_doc_roadmap', 'share', 1),
    ]);
    bundle.call('menuGenerateSummary');
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain(
      'Сравнение с прошлым периодом (2024/2025) — в столбцах «Прошлый период» и «Изменение».',
    );
    const rows = values(emulator, 'Сводная');
    const header = rows.find((row) => row[0] === 'Показатель' && row[1] === 'Значение') ?? [];
    expect(header.slice(0, 4)).toEqual(['Показатель', 'Значение', 'Прошлый период', 'Изменение']);
    const total = [1, 2, 3].reduce((sum, i) => sum + Number(schoolValues(i).ped_total), 0);
    expect(rowStarting(rows, '1.1 Общая численность педагогических работников').slice(1, 4)).toEqual([
      total,
      80,
      total - 80,
    ]);
    const mentors = rowStarting(rows, 'Доля наставников в общем количестве педагогических работников');
    expect(mentors[2]).toBe(0.05);
    expect(mentors[3] as number).toBeCloseTo(((2 * 3) / total - 0.05) * 100, 8);
    // School 3 has no roadmap: 2 of 3 schools now, all of them last period.
    const conclusion = rows
      .map((row) => String(row[0]))
      .find((text) => text.startsWith('По сравнению с прошлым периодом'));
    expect(conclusion?.replace(/\u00a0/g, ' ')).toBe(
      'По сравнению с прошлым периодом (2024/2025) сильнее всего изменились: ' +
        'доля ОО, в которых утверждена дорожная карта (план мероприятий) — с 100 % до 66,7 % (−33,3 п. п.); ' +
        `доля наставников в общем количестве педагогических работников — с 5 % до ${(600 / total).toFixed(1).replace('.', ',')} % (+${(600 / total - 5).toFixed(1).replace('.', ',')} п. п.).`,
    );
  });

  it('gives both reports of «Создать справку и письма» the dynamics, naming no school in the public one', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 3);
    emulator.seedSheet('Прошлый период', [
      HEADER,
      municipalRow('ped_total', 'count', 80),
      municipalRow('share_oo_with_doc_roadmap', 'share', 1),
    ]);
    bundle.call('menuGenerateRecommendations');
    bundle.call('menuCreateDocuments');
    const [report, published] = emulator.documents.map((doc) => docText(doc).replace(/\u00a0/g, ' '));
    for (const text of [report, published]) {
      expect(text).toMatch(/\d\. Динамика по сравнению с прошлым периодом \(2024\/2025\)/);
      // School 3 has no roadmap: 2 of 3 schools now, all of them last period.
      expect(text).toContain('с 100 % до 66,7 % (−33,3 п. п.)');
      expect(text.split('По сравнению с прошлым периодом').length - 1).toBe(1);
    }
    for (const i of [1, 2, 3]) expect(published).not.toContain(schoolName(i));
  });

  it('adds nothing to «Сводная» without the sheet, and never writes to the sheet', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 2);
    bundle.call('menuGenerateSummary');
    const rows = values(emulator, 'Сводная');
    expect(rows.flat()).not.toContain('Прошлый период');
    const imported = [HEADER, municipalRow('ped_total', 'count', 80)];
    emulator.seedSheet('Прошлый период', imported);
    bundle.call('menuGenerateSummary');
    expect(values(emulator, 'Прошлый период')).toEqual(imported);
  });

  it('marks a cell the check of the whole spreadsheet cannot read, and leaves its row out of the comparison', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 2);
    emulator.seedSheet('Прошлый период', [
      HEADER,
      municipalRow('ped_total', 'count', 'восемьдесят'),
      municipalRow('share_mentors', 'share', 0.05),
    ]);
    bundle.call('menuCheckWorkbook');
    expect(emulator.ui.alerts[0].prompt).toContain('«Прошлый период»');
    const note = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('Прошлый период')!.getRange('J2').getNote(),
    );
    expect(note.startsWith(NOTE_PREFIX)).toBe(true);
    expect(note).toContain('«восемьдесят»: в столбце value ожидается число или пустая ячейка');
    bundle.call('menuGenerateSummary');
    const rows = values(emulator, 'Сводная');
    expect(rowStarting(rows, '1.1 Общая численность педагогических работников').slice(2, 4)).toEqual([
      '—',
      '—',
    ]);
    expect(rowStarting(rows, 'Доля наставников в общем количестве педагогических работников')[2]).toBe(0.05);
  });

  it('says when the rows are of several municipalities and compares with none of them', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 2);
    const other = municipalRow('ped_total', 'count', 500);
    other[HEADER.indexOf('municipality')] = 'Берёзовский район';
    emulator.seedSheet('Прошлый период', [HEADER, municipalRow('ped_total', 'count', 80), other]);
    bundle.call('menuGenerateSummary');
    expect(emulator.ui.alerts.at(-1)?.prompt).toContain(
      'На листе с выгрузкой прошлого периода строки нескольких муниципалитетов (Сосновский район, Берёзовский район): ' +
        'сравнение не выполнено. Оставьте на листе строки одного муниципалитета.',
    );
    expect(values(emulator, 'Сводная').flat()).not.toContain('Прошлый период');
  });
});
