/**
 * «E-mail куратора» holds one address or several, separated by `;` or `,`
 * (docs/domain.md#roster-and-parameters; line breaks and spaces between addresses are taken as separators
 * too, as a pasted column gives them). A part that is not an address is reported and left out: it could not
 * be given edit rights anyway.
 */
import { isDate } from '../sheet/cell-value';

export interface CuratorEmails {
  /** Valid addresses as typed (trimmed), each once (compared without case). */
  readonly emails: readonly string[];
  /** Parts that are not an e-mail address, as typed. */
  readonly invalid: readonly string[];
}

const SEPARATORS = /[;,\n\r]+/;
const SPACES = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/;
/** One local part, one «@», a domain with a dot; no spaces (what Google accepts as an account). */
const EMAIL = /^[^\s@<>()[\]\\"]+@[^\s@<>()[\]\\",]+\.[^\s@<>()[\]\\",.]{2,}$/u;
/** «Иванова И. И. <ivanova@school.ru>» and «mailto:…» as mail programs copy them. */
const ANGLE = /<([^<>]+)>$/;

export function splitCuratorEmails(value: unknown): CuratorEmails {
  const emails: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  const text =
    typeof value === 'string'
      ? value
      : value === null || value === undefined || isDate(value)
        ? ''
        : String(value);
  for (const typed of text.split(SEPARATORS).flatMap(parts)) {
    const address = (ANGLE.exec(typed)?.[1] ?? typed).replace(/^mailto:/i, '').trim();
    if (!EMAIL.test(address)) {
      invalid.push(typed);
      continue;
    }
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    emails.push(address);
  }
  return { emails, invalid };
}

/** «Иванова И. И. <ivanova@school.ru>» is one part; «a@s.ru b@s.ru» two; «не указан» one. */
function parts(chunk: string): string[] {
  const typed = chunk.split(SPACES).filter((word) => word !== '');
  if (typed.length === 0) return [];
  const whole = typed.join(' ');
  return ANGLE.test(whole) || !typed.every((word) => word.includes('@')) ? [whole] : typed;
}
