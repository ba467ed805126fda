/**
 * When a book was last saved, as the book itself says: the `dcterms:modified` of its core properties
 * (docProps/core.xml, ECMA-376 part 2 §11), which Excel and LibreOffice set at every save and which a copy
 * or a mail attachment keeps, unlike the file's own time.
 */
import { zipEntries } from './zip-entries';

const CORE_PART = 'docProps/core.xml';
/** The core properties are a few hundred bytes; more is not a real part, and it is not read. */
const CORE_LIMIT = 64 * 1024;
const MODIFIED = /<dcterms:modified\b[^>]*>\s*([^<\s]+)\s*<\/dcterms:modified>/;

/** The book's own «modified» time; null when it has none or it is not a date (W3CDTF). */
export function xlsxSavedAt(bytes: Uint8Array): Date | null {
  try {
    const entry = zipEntries(bytes).find((each) => each.name.replace(/^\//, '') === CORE_PART);
    if (entry === undefined) return null;
    const found = MODIFIED.exec(entry.bytes(CORE_LIMIT).toString('utf8'));
    const at = found === null ? NaN : Date.parse(found[1]);
    return Number.isNaN(at) ? null : new Date(at);
  } catch {
    // A part that cannot be read says nothing about the date: the file's own time stands in for it.
    return null;
  }
}
