/** The text of a .docx read back as a reader would find it: paragraphs of word/document.xml, in order. */
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities, named and numeric (the writer spells a no-break space as `&#xa0;`). */
function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#[0-9]+);/gi, (_, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name];
  });
}

/** Paragraphs (table cells hold paragraphs too), each the concatenation of its runs' text. */
export async function docxParagraphs(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => unescape(run[1])).join(''),
  );
}

export async function docxText(path: string): Promise<string> {
  return (await docxParagraphs(path)).join('\n');
}

/** The named part of the package, e.g. `word/document.xml`. */
export async function docxPart(path: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  return (zip.file(part) as JSZip.JSZipObject).async('string');
}
