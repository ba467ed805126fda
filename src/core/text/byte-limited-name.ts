/**
 * File names are limited in bytes, not characters: ext4, XFS and APFS take at most 255 bytes of
 * UTF-8 per name, and a Cyrillic letter is two of them, «№» three. A name cut here never ends in
 * half a character.
 */

/** Bytes of `text` in UTF-8, counted per code point (a lone surrogate as the three bytes of U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest start of `text` whose UTF-8 takes at most `maxBytes`, cut between characters. */
export function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}
