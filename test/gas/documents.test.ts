/**
 * «Создать справку и письма» end to end on the built dist/Code.js: three Google Docs on the
 * emulator, converted by Drive from the .docx the command line writes, named with the municipality
 * and the period, the reports with page numbers in the footer, the letters with a heading and a page
 * per school carrying «Рекомендации» as the coordinator edited it, and a dialog with the links.
 */
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../tools/gas-emulator';
import { VISIBLE_HEADERS } from '../../src/core/recommendations/recommendation-row';
import { MAX_DOCUMENT_CHARACTERS, Paragraph, Table } from '../tools/gas-emulator/document-app';
import { docBlocks, docText, sections } from './document-state';
import { schoolName, seedMunicipality, start } from './municipality';

function seedParameters(emulator: Emulator): void {
  emulator.seedSheet('Параметры', [
    ['Параметр', 'Значение'],
    ['Муниципалитет', 'Усть-Ишимский муниципальный район'],
    ['Период', '2025/2026 учебный год'],
    ['Основание', 'приказ Комитета образования от 01.10.2025 № 245'],
    ['Сроки проведения', '20–25 ноября 2025 года'],
    ['Ответственный за мониторинг', 'МКУ «ИМЦ в сфере образования»'],
    ['Должность подписывающего', 'Директор МКУ «ИМЦ в сфере образования»'],
    ['ФИО подписывающего', 'М. А. Черкасова'],
  ]);
}

/** Rewrites one text and marks another school's row «устранено», as the coordinator would on the sheet. */
function editRecommendations(emulator: Emulator): {
  edited: string;
  resolved: { school: string; text: string };
} {
  return emulator.uncounted(() => {
    const sheet = emulator.spreadsheet.getSheetByName('Рекомендации')!;
    const rows = sheet.getDataRange().getValues();
    const header = rows.findIndex((row) => row.includes(VISIBLE_HEADERS.text));
    const col = (name: string) => rows[header].indexOf(name);
    const first = header + 1;
    const other = rows.findIndex(
      (row, i) =>
        i > first &&
        row[col(VISIBLE_HEADERS.organization)] !== rows[first][col(VISIBLE_HEADERS.organization)] &&
        row[col(VISIBLE_HEADERS.organization)] !== '',
    );
    const edited = 'Провести заседание педагогического совета по итогам мониторинга (правка координатора).';
    sheet.getRange(first + 1, col(VISIBLE_HEADERS.text) + 1).setValue(edited);
    sheet.getRange(other + 1, col(VISIBLE_HEADERS.status) + 1).setValue('устранено');
    return {
      edited,
      resolved: {
        school: String(rows[other][col(VISIBLE_HEADERS.organization)]),
        text: String(rows[other][col(VISIBLE_HEADERS.text)]),
      },
    };
  });
}

describe('«Создать справку и письма»', () => {
  it('creates the report, the report for publication and one document of letters, and shows their links', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 4);
    seedParameters(emulator);
    bundle.call('menuGenerateRecommendations');
    const { edited, resolved } = editRecommendations(emulator);
    emulator.resetCalls();
    bundle.call('menuCreateDocuments');

    expect(emulator.calls()['Drive.Files.create']).toBe(3);
    expect(emulator.calls()['DocumentApp.create']).toBeUndefined();
    const names = emulator.documents.map((doc) => doc.getName());
    expect(names).toEqual([
      'Аналитическая справка — Усть-Ишимский муниципальный район, 2025/2026 учебный год',
      'Аналитическая справка для публикации — Усть-Ишимский муниципальный район, 2025/2026 учебный год',
      'Адресные рекомендации — Усть-Ишимский муниципальный район, 2025/2026 учебный год',
    ]);
    const [report, published, letters] = emulator.documents;
    // The reports number their pages in the footer, as the command line's .docx does; letters do not.
    expect(report._footer).toEqual({ text: '', pageNumbers: true });
    expect(published._footer).toEqual({ text: '', pageNumbers: true });
    expect(letters._footer).toBeNull();
    const schools = [1, 2, 3, 4].map(schoolName);
    for (const school of schools) {
      expect(docText(report)).toContain(school);
      expect(docText(published)).not.toContain(school);
    }
    expect(docText(report)).toContain('Основание: приказ Комитета образования от 01.10.2025 № 245');
    expect(docBlocks(report)[0]).toMatchObject({ heading: 'HEADING1', alignment: 'CENTER' });
    // «Основание:» in bold, the order itself not; tables span the text width of A4 less 30 and 15 mm.
    const basis = report._body._children.find((child) =>
      child.getText().startsWith('Основание:'),
    ) as Paragraph;
    expect(basis._store.styles[0].bold).toBe(true);
    expect(basis._store.styles.at(-1)!.bold).toBe(false);
    const table = report._body._children.find((child): child is Table => child instanceof Table)!;
    const widths = table._widths.map(Number);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(595.28 - (45 * 72) / 25.4, -1);
    expect(table._rows[0]._cells[0]._store.styles.every((style) => style.bold)).toBe(true);
    expect(table._rows[1]._cells[0]._store.styles.some((style) => style.bold)).toBe(false);
    expect(report._body._margins.left).toBeCloseTo((30 * 72) / 25.4, 1);

    // A letter and a page per school, in alphabetical order, each with its own rows only.
    const pages = sections(letters);
    expect(pages).toHaveLength(4);
    const addressees = docBlocks(letters)
      .filter((block) => block.text.startsWith('Директору '))
      .map((block) => block.text);
    expect(addressees).toEqual(schools.map((school) => `Директору ${school}`));
    expect(pages.filter((page) => page.includes(edited))).toHaveLength(1);
    const resolvedPage = pages[schools.indexOf(resolved.school)];
    expect(resolvedPage).toContain(`Директору ${resolved.school}`);
    expect(resolvedPage).not.toContain(resolved.text);
    pages.forEach((page, i) => {
      for (const other of schools.filter((_, k) => k !== i)) expect(page).not.toContain(`Директору ${other}`);
    });

    const dialog = emulator.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Справка и письма');
    for (const doc of emulator.documents)
      expect(dialog.content).toContain(
        `href="https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk"`,
      );
    expect(dialog.content).toContain('писем ОО: 4');
    expect(emulator.ui.toasts.map((toast) => toast.message)).toContain(`Создание документа «${names[0]}»…`);
  });

  it('shows users’ text in the dialog as text, never as markup', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 2);
    emulator.seedSheet('Параметры', [
      ['Параметр', 'Значение'],
      ['Муниципалитет', '<img src=x onerror=alert(1)> район'],
    ]);
    bundle.call('menuCreateDocuments');
    const content = emulator.ui.dialogs.at(-1)!.content;
    expect(content).not.toContain('<img');
    expect(content).toContain('&lt;img src=x onerror=alert(1)&gt; район');
  });

  it('shows placeholders and says which parameters are missing when there is no «Параметры» sheet', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 2);
    bundle.call('menuCreateDocuments');
    expect(emulator.documents[0].getName()).toBe(
      'Аналитическая справка — [указать: Муниципалитет], 2025/2026',
    );
    expect(docText(emulator.documents[0])).toContain('Основание: [указать: Основание]');
    expect(emulator.ui.dialogs.at(-1)!.content).toContain(
      'Не заполнены параметры документов на листе «Параметры»',
    );
  });

  it('makes 300 letters in six documents of 50 schools within the 6-minute limit and 4 000 calls, none past a Doc’s 1 020 000 characters', () => {
    const { emulator, bundle } = start();
    seedMunicipality(emulator, 300);
    emulator.resetCalls();
    bundle.call('menuCreateDocuments');
    expect(emulator.ui.alerts).toEqual([]);
    // The reports, then the letters (docs/decisions.md#documents-through-drive).
    const letterDocuments = emulator.documents.slice(2);
    expect(letterDocuments.map((document) => sections(document).length)).toEqual([50, 50, 50, 50, 50, 50]);
    expect(letterDocuments.map((document) => document.getName().replace(/^.*\(/, '('))).toEqual(
      [1, 2, 3, 4, 5, 6].map((part) => `(часть ${part} из 6)`),
    );
    for (const document of emulator.documents)
      expect(docText(document).length).toBeLessThanOrEqual(MAX_DOCUMENT_CHARACTERS);
    expect(emulator.calls()['Drive.Files.create']).toBe(8);
    expect(emulator.callSummary().total).toBeLessThanOrEqual(4000);
    expect(emulator.elapsedMs()).toBeLessThan(6 * 60 * 1000);
    expect(emulator.driveQuota.documentsCreated).toBe(8);
    expect(
      emulator.ui.toasts.filter((toast) => toast.message.startsWith('Адресные рекомендации: готово писем')),
    ).toHaveLength(5);
  }, 120_000);
});
