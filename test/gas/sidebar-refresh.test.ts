/**
 * The sidebar's «Текущий лист» runs every time the sheet changes: it reads the active sheet and
 * nothing else (the school list comes from the sidebar), whatever the number of schools. And
 * because Google queues at most two onEdit runs while one runs (further edits fire nothing: see
 * test/tools/gas-emulator/edit-queue.ts), the sidebar makes the sheet's marks catch up.
 */
import { describe, expect, it } from 'vitest';
import type { IssuesPayload } from '../../src/gas/sidebar-contract';
import type { Emulator, LoadedBundle } from '../tools/gas-emulator';
import { schoolName, seedMunicipality, start, tabName } from './municipality';

const BASE = 'База наставников';

function activate(emulator: Emulator, name: string): void {
  emulator.uncounted(() => emulator.spreadsheet.setActiveSheet(emulator.spreadsheet.getSheetByName(name)!));
}

function refreshReads(
  schools: number,
  sheet: (emulator: Emulator) => string,
): { issues: number; stamp: number } {
  const { emulator, bundle } = start();
  seedMunicipality(emulator, schools);
  activate(emulator, sheet(emulator));
  const context = { organisations: Array.from({ length: schools }, (_, i) => schoolName(i + 1)) };
  emulator.resetCalls();
  const payload = bundle.call('sidebarIssues', 'sheet', context) as IssuesPayload;
  expect(payload.recognised).toBe(true);
  const issues = emulator.callSummary().reads;
  emulator.resetCalls();
  bundle.call('sidebarChangeStamp');
  return { issues, stamp: emulator.callSummary().reads };
}

function marks(emulator: Emulator, sheet: string): { notes: string[][]; backgrounds: string[][] } {
  return emulator.uncounted(() => {
    const range = emulator.spreadsheet.getSheetByName(sheet)!.getRange('A1:H14');
    return { notes: range.getNotes(), backgrounds: range.getBackgrounds() };
  });
}

function fullCheck(emulator: Emulator, bundle: LoadedBundle): void {
  emulator.ui.queueAlertResponse('OK');
  bundle.call('menuCheckWorkbook');
}

describe('«Текущий лист» in the sidebar', () => {
  it('reads at most six times per refresh, the same for 10 and for 100 schools', () => {
    for (const sheet of [() => BASE, () => tabName(1)]) {
      const ten = refreshReads(10, sheet);
      const hundred = refreshReads(100, sheet);
      expect(hundred).toEqual(ten);
      expect(ten.issues).toBeLessThanOrEqual(6);
      expect(ten.stamp).toBeLessThanOrEqual(4);
    }
  });

  it('checks «Место работы» against the school list the sidebar sends, not against the other sheets', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 3);
    bundle.call('onEdit', emulator.userEdit(BASE, 'C3', 'МБОУ «СОШ № 77»'));
    activate(emulator, BASE);
    const unknown = (payload: IssuesPayload) =>
      payload.issues.filter((issue) => issue.code === 'org/unknown').map((issue) => issue.cell);
    const withList = bundle.call('sidebarIssues', 'sheet', {
      organisations: [1, 2, 3].map(schoolName),
    }) as IssuesPayload;
    expect(unknown(withList)).toEqual(['C3']);
    const withoutList = bundle.call('sidebarIssues', 'sheet', null) as IssuesPayload;
    expect(unknown(withoutList)).toEqual([]);
    expect(withoutList.partial).toBe(true);
  });

  it('says a sheet of no known kind is not checked', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 2);
    emulator.seedSheet('Инструкция', [['Как заполнять таблицу'], ['Вносите данные до 20 ноября']]);
    activate(emulator, 'Инструкция');
    const payload = bundle.call('sidebarIssues', 'sheet', null) as IssuesPayload;
    expect(payload).toMatchObject({
      recognised: false,
      issues: [],
      counts: { error: 0, warning: 0, info: 0 },
    });
  });
});

describe('«Вся таблица» in the sidebar', () => {
  it('reads each sheet at most twice and gives the same change stamp the poll does', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 20);
    activate(emulator, BASE);
    emulator.resetCalls();
    const payload = bundle.call('sidebarIssues', 'workbook', null) as IssuesPayload;
    const cellReads =
      /\.(getValues|getNumberFormats|getMergedRanges|getNotes|getBackgrounds|getSheetValues)$/;
    for (const [sheet, calls] of Object.entries(emulator.callsBySheet())) {
      const reads = Object.entries(calls)
        .filter(([method]) => cellReads.test(method))
        .reduce((sum, [, n]) => sum + n, 0);
      expect(reads, sheet).toBeLessThanOrEqual(2);
    }
    expect(bundle.call('sidebarChangeStamp')).toBe(payload.stamp);
    expect(payload.context?.organisations).toHaveLength(20);
  });
});

describe('marks after edits faster than onEdit', () => {
  it('catch up when the sidebar asks, to the marks a full check leaves', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 3);
    fullCheck(emulator, bundle);
    // Five quick edits, each a mistake or a repair; Google runs the first and queues two.
    const burst = emulator.editBurst([
      { sheet: BASE, a1: 'B3', value: 'Петрoва Мария Ивановна' },
      { sheet: BASE, a1: 'G4', value: 'по интересам' },
      { sheet: BASE, a1: 'B5', value: 'Орлова В.М.' },
      { sheet: BASE, a1: 'G6', value: 'педагог-педагог' },
      { sheet: BASE, a1: 'A7', value: 9 },
    ]);
    expect(burst.dropped.length).toBeGreaterThan(0);
    for (const event of burst.delivered) bundle.call('onEdit', event);
    const live = marks(emulator, BASE);
    fullCheck(emulator, bundle);
    const full = marks(emulator, BASE);
    expect(live).not.toEqual(full);
    // Back to the live state, then the sidebar's catch-up.
    emulator.uncounted(() => {
      const range = emulator.spreadsheet.getSheetByName(BASE)!.getRange('A1:H14');
      range.setNotes(live.notes);
      range.setBackgrounds(live.backgrounds);
    });
    activate(emulator, BASE);
    expect(bundle.call('sidebarCatchUpMarks')).toEqual({ ok: true, message: '' });
    expect(marks(emulator, BASE)).toEqual(full);
  });
});

describe('the sidebar as it opens', () => {
  it('carries the school list the last full check saved, safe inside the page', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 2);
    const odd = 'МБОУ «СОШ № 1» </script><img src=x onerror=alert(1)>';
    emulator.uncounted(() => emulator.spreadsheet.getSheetByName(tabName(1))!.getRange('B2').setValue(odd));
    fullCheck(emulator, bundle);
    bundle.call('menuOpenSidebar');
    const page = emulator.ui.sidebars.at(-1)!.content;
    const element = /<script type="application\/json" id="cmn-context">([^<]*)<\/script>/.exec(page);
    expect(element).not.toBeNull();
    expect(JSON.parse(element![1])).toEqual({ organisations: [odd, schoolName(2)] });
    expect(page).not.toContain('<img src=x');
  });
});

describe('«Вся таблица» on a spreadsheet with nothing to check', () => {
  it('is not «no errors»', () => {
    const { bundle } = start();
    const payload = bundle.call('sidebarIssues', 'workbook', null) as IssuesPayload;
    expect(payload).toMatchObject({ recognised: false, issues: [] });
  });
});
