/**
 * Letters typed for the digits they look like: «3O» (Latin O) for 30, «l5» for 15, «1О» (Cyrillic
 * О) for 10, «З» for 3, «б» for 6. Such a value is not a number with a note («5 человек»): it is a
 * number mistyped, and reading «3O» as 3 would put a wrong figure into the totals.
 */
/** The letters, Latin and Cyrillic, and the digit each stands for. */
const LOOKALIKES: Readonly<Record<string, { readonly digit: string; readonly script: Script }>> = {
  O: { digit: '0', script: 'latin' },
  o: { digit: '0', script: 'latin' },
  О: { digit: '0', script: 'cyrillic' },
  о: { digit: '0', script: 'cyrillic' },
  l: { digit: '1', script: 'latin' },
  I: { digit: '1', script: 'latin' },
  З: { digit: '3', script: 'cyrillic' },
  з: { digit: '3', script: 'cyrillic' },
  б: { digit: '6', script: 'cyrillic' },
};

export type Script = 'latin' | 'cyrillic';

export interface LetterForDigit {
  readonly letter: string;
  readonly digit: string;
  readonly script: Script;
}

export interface DigitLookalike {
  /** Each distinct letter once, in the order it first comes. */
  readonly letters: readonly LetterForDigit[];
  /** The text with the digits in place of the letters: what the curator meant («30»). */
  readonly corrected: string;
}

const LETTER = /[A-Za-zА-Яа-яЁё]/u;

/**
 * The letters that may stand for digits in `text` and the text with the digits in their place, or
 * null when it has none of them or any other letter («3 чел.», «около 5» are no mistyped numbers).
 * Whether the corrected text is a number is the reader's to decide (value.ts).
 */
export function digitLookalike(text: string): DigitLookalike | null {
  const letters: LetterForDigit[] = [];
  let corrected = '';
  for (const char of text) {
    const lookalike = LOOKALIKES[char];
    if (Object.prototype.hasOwnProperty.call(LOOKALIKES, char)) {
      if (!letters.some((entry) => entry.letter === char)) letters.push({ letter: char, ...lookalike });
      corrected += lookalike.digit;
    } else if (LETTER.test(char)) return null;
    else corrected += char;
  }
  return letters.length === 0 ? null : { letters, corrected };
}
