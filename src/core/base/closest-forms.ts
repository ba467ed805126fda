/**
 * The entries of the forms vocabulary closest to an unrecognised text, so a hint can name two or
 * three of them instead of the whole list. Closeness is the Dice coefficient over letter
 * trigrams, which forgives word order, dashes and small misspellings alike.
 */

function trigrams(text: string): Map<string, number> {
  const padded = ` ${text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]+/g, ' ')
    .trim()} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [gram, count] of a) {
    shared += Math.min(count, b.get(gram) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Up to `limit` candidates, closest first; ties keep the vocabulary's order. */
export function closestForms(text: string, candidates: readonly string[], limit = 3): string[] {
  const typed = trigrams(text);
  return candidates
    .map((candidate, index) => ({ candidate, index, score: similarity(typed, trigrams(candidate)) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.candidate);
}
