/**
 * A string function that remembers its answers. Keys of headers and indicator titles are computed
 * for the same few hundred texts on every one of 300 school tabs; the regexes behind them are what
 * a summary run spends most of its time on. The memory is bounded: past `limit` entries it starts
 * afresh, so a 10 000-row base of unique names cannot grow it without end.
 */
export function memoised(fn: (text: string) => string, limit = 20_000): (text: string) => string {
  let cache = new Map<string, string>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const result = fn(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, result);
    return result;
  };
}
