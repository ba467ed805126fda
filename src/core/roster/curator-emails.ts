/**
 * «E-mail куратора» holds one address or several, separated by `;` or `,` (SPEC 7; a line break
 * is taken as a separator too, as a pasted column gives it). An address that is not one is
 * reported and left out: it could not be given edit rights anyway.
 */
import { cellText } from '../text/normalise';

export interface CuratorEmails {
  /** Valid addresses as typed (trimmed), each once (compared without case). */
  readonly emails: readonly string[];
  /** Parts that are not an e-mail address, as typed. */
  readonly invalid: readonly string[];
}

const SEPARATORS = /[;,\n\r]+/;
/** One local part, one «@», a domain with a dot; no spaces (what Google accepts as an account). */
const EMAIL = /^[^\s@<>()[\]\\"]+@[^\s@<>()[\]\\",]+\.[^\s@<>()[\]\\",.]{2,}$/u;
/** «Иванова И. И. <ivanova@school.ru>» and «mailto:…» as mail programs copy them. */
const ANGLE = /<([^<>]+)>$/;

export function splitCuratorEmails(value: unknown): CuratorEmails {
  const emails: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const part of cellText(value).split(SEPARATORS)) {
    const typed = part.trim();
    if (typed === '') continue;
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
