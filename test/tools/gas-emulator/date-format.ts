/**
 * Date formatting in an IANA time zone: Utilities.formatDate (Java SimpleDateFormat subset) and
 * the date part of cell display values (Sheets number-format tokens).
 */

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** Calendar fields of `date` as a wall clock in `timeZone` shows them. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour % 24,
    minute: parts.minute,
    second: parts.second,
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * SimpleDateFormat's 'Z': the RFC 822 zone offset of that moment, «+0300», «+0700», «-0500»
 * (Java SimpleDateFormat reference, «Time zone: RFC 822 time zone»), which Utilities.formatDate
 * follows.
 */
function rfc822Offset(date: Date, p: ZonedParts): string {
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const minutes = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
}

function field(letter: string, count: number, p: ZonedParts, date: Date): string | null {
  switch (letter) {
    case 'Z':
      return rfc822Offset(date, p);
    case 'y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
      return count <= 2 ? pad(p.month, count) : null;
    case 'd':
      return pad(p.day, count);
    case 'H':
      return pad(p.hour, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    default:
      return null;
  }
}

/**
 * Java SimpleDateFormat subset: y (yyyy, yy), M (MM, M), d, H, m, s, Z, 'quoted text' and ''
 * for an apostrophe. Other pattern letters throw, so a test notices an unsupported pattern.
 */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw new Error(`Unterminated quote in date pattern "${pattern}"`);
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      const text = field(ch, count, p, date);
      if (text === null)
        throw new Error(`Illegal pattern character '${ch}' (the emulator supports y, M, d, H, m, s, Z)`);
      out += text;
      i += count;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * A Sheets date number format ('dd.mm.yyyy', 'dd.MM.yyyy H:mm:ss'): m/mm means minutes right
 * after an hour or before seconds, month otherwise, as in Sheets.
 */
export function formatSheetDate(date: Date, timeZone: string, format: string): string {
  const p = zonedParts(date, timeZone);
  const tokens = format.match(/"[^"]*"|\\.|y+|Y+|m+|M+|d+|D+|h+|H+|s+|S+|[^"\\yYmMdDhHsS]+/g) ?? [];
  let lastUnit = '';
  return tokens
    .map((token, index) => {
      const ch = token[0];
      if (ch === '"') return token.slice(1, -1);
      if (ch === '\\') return token.slice(1);
      const lower = ch.toLowerCase();
      const n = token.length;
      if (lower === 'y') return ((lastUnit = 'y'), n <= 2 ? pad(p.year % 100, 2) : String(p.year));
      if (lower === 'd') return ((lastUnit = 'd'), pad(p.day, Math.min(n, 2)));
      if (lower === 'h') return ((lastUnit = 'h'), pad(p.hour, Math.min(n, 2)));
      if (lower === 's') return ((lastUnit = 's'), pad(p.second, Math.min(n, 2)));
      if (lower === 'm') {
        const nextUnit = tokens
          .slice(index + 1)
          .find((t) => /^[yYmMdDhHsS]/.test(t))?.[0]
          ?.toLowerCase();
        const minutes = lastUnit === 'h' || nextUnit === 's';
        lastUnit = 'm';
        return pad(minutes ? p.minute : p.month, Math.min(n, 2));
      }
      return token;
    })
    .join('');
}
