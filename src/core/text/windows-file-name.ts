/**
 * File names that Windows accepts (the coordinator copies the letters to a Windows PC or a flash
 * drive): no `< > : " / \ | ? *` or control characters, no trailing dot or space, none of the
 * reserved device names, and short enough to stay under the 260-character path limit with the
 * folder in front. School names keep their «ёлочки» and «№», which Windows allows.
 */
import { cutToBytes, utf8Length } from './byte-limited-name';

// Control characters are refused by Windows as well; whitespace ones are spaces by then.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Characters of a name without its extension: leaves room for the folders in front of it. */
const MAX_LENGTH = 120;
/**
 * UTF-8 bytes of a name without its extension, «(2)» included: with «.docx» and the hidden
 * temporary's dot, process number and suffix (atomic-write.ts) it stays under the 255 bytes a
 * Linux or macOS file system takes.
 */
export const MAX_NAME_BYTES = 200;

function tidy(name: string): string {
  return name.replace(/[. ]+$/, '');
}

export function windowsFileName(name: string): string {
  let safe = tidy(
    cutToBytes(
      // By characters, not UTF-16 units: a name is never cut inside an emoji.
      Array.from(name.replace(/\s+/g, ' ').replace(FORBIDDEN, '_').trim()).slice(0, MAX_LENGTH).join(''),
      MAX_NAME_BYTES,
    ),
  );
  if (safe === '') safe = '_';
  if (RESERVED.test(safe)) safe = `_${safe}`;
  return safe;
}

/** `base` with «(n)» after it, the base shortened so that the whole still fits MAX_NAME_BYTES. */
function numbered(base: string, n: number): string {
  const suffix = ` (${n})`;
  return `${tidy(cutToBytes(base, MAX_NAME_BYTES - utf8Length(suffix)))}${suffix}`;
}

/**
 * Names for several documents in one folder, told apart: two schools whose names become the same
 * (Windows compares names without regard to case) get «(2)», «(3)».
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = windowsFileName(name);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = numbered(base, n);
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
