import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/gas/messages';
import { schoolTab, schoolValues, seedMunicipality, start, tabName } from './municipality';
import { marker, names, values } from './sheet-state';

function rowStarting(rows: unknown[][], first: string): unknown[] {
  const row = rows.find((line) => line[0] === first);
  if (!row) throw new Error(`no row «${first}»`);
  return row;
}

describe('«Сформировать сводную»', () => {
  it('writes a marked «Сводная» with the engine’s figures, a chart and a Russian result', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 3);
    bundle.call('menuGenerateSummary');
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual([
      'Лист «Сводная» сформирован. Учтены сведения 3 ОО.',
    ]);
    expect(marker(emulator, 'Сводная')).toBe('summary');
    const rows = values(emulator, 'Сводная');
    const total = [1, 2, 3].reduce((sum, i) => sum + Number(schoolValues(i).ped_total), 0);
    expect(rowStarting(rows, 'Итого по муниципалитету')[1]).toBe(total);
    const schools = rows
      .map((row) => row[0])
      .filter((cell) => typeof cell === 'string' && cell.startsWith('МБОУ'));
    expect(schools.slice(0, 3)).toEqual(['МБОУ «СОШ № 1»', 'МБОУ «СОШ № 2»', 'МБОУ «СОШ № 3»']);
    const charts = emulator.uncounted(() => emulator.spreadsheet.getSheetByName('Сводная')!.getCharts());
    expect(charts).toHaveLength(1);
    expect(charts[0].getType()).toBe('BAR');
    expect(emulator.ui.toasts.length).toBeGreaterThan(0);
  });

  it('writes strings from users’ cells as text, never as formulas', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 2);
    const tab = schoolTab(1);
    tab[1][1] = `'=HYPERLINK("http://evil.example";"СОШ № 1")`;
    emulator.seedSheet(tabName(1), tab);
    bundle.call('menuGenerateSummary');
    const formulas = emulator.uncounted(() =>
      emulator.spreadsheet.getSheetByName('Сводная')!.getDataRange().getFormulas(),
    );
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
    expect(values(emulator, 'Сводная').flat()).toContain('=HYPERLINK("http://evil.example";"СОШ № 1")');
  });

  it('replaces its own sheet in place on regeneration, leaving nothing of the old one', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 3);
    bundle.call('menuGenerateSummary');
    const before = emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Сводная')!;
      // The farthest cell of the sheet (a new sheet is trimmed to what it uses plus a margin).
      sheet.getRange(sheet.getMaxRows(), sheet.getMaxColumns()).setValue('старая пометка');
      // The coordinator moves the summary to the front.
      emulator.spreadsheet.setActiveSheet(sheet);
      emulator.spreadsheet.moveActiveSheet(1);
      return { id: sheet.getSheetId(), index: sheet.getIndex() };
    });
    bundle.call('menuGenerateSummary');
    const after = emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Сводная')!;
      return {
        id: sheet.getSheetId(),
        index: sheet.getIndex(),
        z: sheet.getRange(sheet.getMaxRows(), sheet.getMaxColumns()).getValue(),
        charts: sheet.getCharts().length,
      };
    });
    expect(before.index).toBe(1);
    expect(after).toEqual({ ...before, z: '', charts: 1 });
    expect(names(emulator).filter((name) => name.startsWith('Сводная'))).toEqual(['Сводная']);
  });

  it('leaves a user’s own «Сводная» alone and writes «Сводная (2)»', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 3);
    emulator.seedSheet('Сводная', [['Моя сводная для совещания'], ['Итого', 42]]);
    bundle.call('menuGenerateSummary');
    expect(values(emulator, 'Сводная')).toEqual([
      ['Моя сводная для совещания', ''],
      ['Итого', 42],
    ]);
    expect(marker(emulator, 'Сводная')).toBeNull();
    expect(marker(emulator, 'Сводная (2)')).toBe('summary');
    expect(emulator.ui.alerts[0].prompt).toContain('«Сводная (2)»');
  });

  it('tells the second coordinator to come back later and writes nothing while the lock is held', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 3);
    const release = emulator.holdLock('document');
    bundle.call('menuGenerateSummary');
    bundle.call('menuGenerateRecommendations');
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual([
      MESSAGES.lockBusySummary,
      MESSAGES.lockBusyRecommendations,
    ]);
    expect(names(emulator)).not.toContain('Сводная');
    expect(names(emulator)).not.toContain('Рекомендации');
    release();
    bundle.call('menuGenerateSummary');
    expect(names(emulator)).toContain('Сводная');
  });

  it('says a document lock is unavailable, not that someone else is generating, when getDocumentLock() is null', () => {
    // LockService reference: getDocumentLock() returns null outside a containing document.
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 2);
    emulator.setDocumentContext(false);
    bundle.call('menuGenerateSummary');
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual([MESSAGES.noDocumentLock]);
    expect(names(emulator)).not.toContain('Сводная');
  });

  it('says what to do when there is no school tab, without an exception', () => {
    const { emulator, bundle } = start();
    bundle.call('menuGenerateSummary');
    expect(emulator.ui.alerts.map((a) => a.prompt)).toEqual([MESSAGES.noSchoolTabs]);
    expect(names(emulator)).toEqual(['Лист1']);
  });
});

describe('«Сформировать рекомендации»', () => {
  it('keeps the coordinator’s edits on regeneration and marks a deficit that is gone as «устранено»', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 3);
    bundle.call('menuGenerateRecommendations');
    expect(marker(emulator, 'Рекомендации')).toBe('recommendations');
    const rows = values(emulator, 'Рекомендации');
    const roadmap =
      rows.findIndex((row) => row[0] === 'МБОУ «СОШ № 3»' && String(row[1]).includes('дорожной карты')) + 1;
    const young =
      rows.findIndex((row) => row[0] === 'МБОУ «СОШ № 1»' && String(row[1]).includes('молодых')) + 1;
    expect(roadmap).toBeGreaterThan(0);
    expect(young).toBeGreaterThan(0);
    emulator.uncounted(() => {
      const sheet = emulator.spreadsheet.getSheetByName('Рекомендации')!;
      sheet
        .getRange(`D${young}`)
        .setValue('Закрепить наставников за двумя молодыми педагогами до 1 декабря.');
      sheet.getRange(`G${young}`).setValue('в работе');
    });
    emulator.seedSheet(tabName(3), schoolTab(3, { doc_roadmap: 'да' }));
    bundle.call('menuGenerateRecommendations');
    const again = values(emulator, 'Рекомендации');
    const edited = again.find((row) => row[0] === 'МБОУ «СОШ № 1»' && String(row[1]).includes('молодых'))!;
    expect(edited[3]).toBe('Закрепить наставников за двумя молодыми педагогами до 1 декабря.');
    expect(edited[6]).toBe('в работе');
    const gone = again.find(
      (row) => row[0] === 'МБОУ «СОШ № 3»' && String(row[1]).includes('дорожной карты'),
    )!;
    expect(gone[6]).toBe('устранено');
    expect(emulator.ui.alerts.at(-1)!.prompt).toContain('Отмечено «устранено»: 1.');
  });
});

describe('service calls of a generation', () => {
  function summaryCalls(schools: number) {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, schools);
    emulator.resetCalls();
    bundle.call('menuGenerateSummary');
    return emulator.calls();
  }

  it('reads each sheet at most twice (values, and number formats for small sheets)', () => {
    const calls = summaryCalls(30);
    const sheets = 31;
    expect(calls['Range.getValues']).toBeLessThanOrEqual(sheets);
    expect((calls['Range.getValues'] ?? 0) + (calls['Range.getNumberFormats'] ?? 0)).toBeLessThanOrEqual(
      2 * sheets,
    );
    expect(calls['Range.getDisplayValues'] ?? 0).toBe(0);
  });

  it('writes «Сводная» with the same calls for 3 and for 30 schools', () => {
    const writes = (calls: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(calls).filter(([name]) =>
          /\.(set|insert|merge|add|hide|build|new|as|when)/.test(name),
        ),
      );
    const three = writes(summaryCalls(3));
    const thirty = writes(summaryCalls(30));
    expect(thirty).toEqual(three);
    expect(three['Range.setValues']).toBe(1);
    expect(three['Sheet.setConditionalFormatRules']).toBe(1);
  });
});
