import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { columnTwips, docxBytes, TEXT_WIDTH } from '../../src/docx/docx-document';
import type { DocModel } from '../../src/core/documents/doc-model';

async function documentXml(model: DocModel): Promise<string> {
  const zip = await JSZip.loadAsync(await docxBytes(model));
  return (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
}

describe('the .docx writer', () => {
  it('gives table columns in twips that add up to the text width exactly', () => {
    expect(TEXT_WIDTH).toBe(11906 - 1701 - 850);
    for (const widths of [[1], [0.3, 0.7], [0.37, 0.11, 0.14, 0.12, 0.15, 0.11], [1, 1, 1]]) {
      const twips = columnTwips(widths);
      expect(twips.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH);
      expect(twips.every((width) => width > 0)).toBe(true);
    }
  });

  it('keeps short rows on one page and lets a row too long for a page break, so Word does not cut it', async () => {
    const xml = await documentXml({
      name: 'т',
      blocks: [
        {
          kind: 'table',
          widths: [0.3, 0.7],
          headerRows: 1,
          rows: [
            ['Дефицит', 'Рекомендация'],
            ['Нет плана', 'Разработать план.'],
            ['Нет приказа', 'Издать приказ. '.repeat(100)],
          ],
        },
      ],
    });
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => row.includes('<w:cantSplit/>'))).toEqual([true, true, false]);
    expect(rows[0]).toContain('<w:tblHeader/>');
  });

  it('keeps a table’s last row on the page of what follows when the model asks, so a signature is not left alone', async () => {
    const table = (keepWithNext: boolean): DocModel => ({
      name: 'т',
      blocks: [
        {
          kind: 'table',
          widths: [0.5, 0.5],
          headerRows: 1,
          rows: [
            ['Дефицит', 'Число ОО'],
            ['Нет плана', '3'],
            ['Нет приказа', '1'],
          ],
          keepWithNext,
        },
        { kind: 'paragraph', runs: [{ text: 'Директор' }] },
      ],
    });
    const rows = async (model: DocModel) =>
      [...(await documentXml(model)).matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
    const kept = await rows(table(true));
    expect(kept.map((row) => row.includes('<w:keepNext/>'))).toEqual([false, false, true]);
    // The empty paragraph that closes the table passes the hold on to the signature.
    expect(await documentXml(table(true))).toMatch(/<\/w:tbl><w:p><w:pPr><w:keepNext\/>/);
    expect((await rows(table(false))).some((row) => row.includes('<w:keepNext/>'))).toBe(false);
  });

  it('ends the paragraph before a page break with the break, leaving no paragraph of a break alone', async () => {
    const xml = await documentXml({
      name: 'т',
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'Исполнитель: Иванова' }] },
        { kind: 'page-break' },
        { kind: 'heading', level: 2, text: 'Приложение' },
        { kind: 'table', widths: [1], headerRows: 1, rows: [['№'], ['1']] },
        { kind: 'page-break' },
        { kind: 'paragraph', runs: [{ text: 'Следующее письмо' }] },
      ],
    });
    const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map(
      (match) => match[0],
    );
    const breaks = paragraphs.filter((paragraph) => paragraph.includes('<w:br w:type="page"/>'));
    expect(breaks).toHaveLength(2);
    expect(breaks[0]).toContain('Исполнитель: Иванова');
    // After a table, the paragraph that closes it carries the break.
    expect(xml).toMatch(/<\/w:tbl><w:p>(?:(?!<\/w:p>)[\s\S])*<w:br w:type="page"\/>/);
    expect(xml.indexOf('Исполнитель')).toBeLessThan(xml.indexOf('Приложение'));
  });

  it('writes runs with their looks and headings kept with the next paragraph', async () => {
    const xml = await documentXml({
      name: 'т',
      blocks: [
        { kind: 'heading', level: 2, text: '1. Участники' },
        {
          kind: 'paragraph',
          runs: [
            { text: 'Основание: ', bold: true },
            { text: 'приказ', italic: true },
          ],
        },
      ],
    });
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/><w:keepNext\/>/);
    expect(xml).toMatch(/<w:b\/>[\s\S]*?Основание: /);
    expect(xml).toMatch(/<w:i\/>[\s\S]*?приказ/);
  });

  it('numbers the pages in a centred footer with a PAGE field when the model asks, and draws no footer otherwise', async () => {
    const parts = async (model: DocModel) => {
      const zip = await JSZip.loadAsync(await docxBytes(model));
      return { zip, xml: await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string') };
    };
    const blocks = [{ kind: 'paragraph' as const, runs: [{ text: 'Текст' }] }];
    const numbered = await parts({ name: 'т', blocks, pageNumbers: true });
    expect(numbered.xml).toMatch(/<w:footerReference w:type="default" r:id="rId\d+"\/>/);
    const footers = Object.keys(numbered.zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers).toHaveLength(1);
    const footer = await (numbered.zip.file(footers[0]) as JSZip.JSZipObject).async('string');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toContain('<w:jc w:val="center"/>');
    const plain = await parts({ name: 'т', blocks });
    expect(plain.xml).not.toContain('footerReference');
  });

  it('keeps a sentence that introduces a table with it, and no other paragraph', async () => {
    const xml = await documentXml({
      name: 'т',
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'Обычный абзац' }] },
        { kind: 'paragraph', runs: [{ text: 'Вводная фраза:' }], keepWithNext: true },
        { kind: 'table', widths: [1], headerRows: 1, rows: [['Мероприятие']] },
      ],
    });
    const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((match) => match[0]);
    const of = (text: string) => paragraphs.find((paragraph) => paragraph.includes(text)) as string;
    expect(of('Вводная фраза:')).toContain('<w:keepNext/>');
    expect(of('Обычный абзац')).not.toContain('keepNext');
  });
});
