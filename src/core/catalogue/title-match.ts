/**
 * Which catalogue indicator a row means when its code is unknown or missing and its title is not
 * the catalogue's own: the title is compared, by what it means (title-meaning.ts: content-word stems,
 * ordinary wordings brought to one form), with the title of every indicator and with the wordings of the
 * official documents (title-variants.ts). A wording whose key terms disagree with the title (a mentee's
 * row and a mentor's indicator, pupils and pedagogues, «молодые» on one side only) is never close.
 *
 * A title is close enough when it holds nearly every word of a wording (coverage ≥ 0.8) and most
 * of its own words belong to that wording (precision ≥ 0.5), or when it is a shorter form with no
 * stray word (precision 1, coverage ≥ 0.5, two words at least: «Наличие дорожной карты»). Of the
 * close ones the wording with most shared words wins (the more specific: «… в сетевых сообществах
 * в роли наставника» over «… в роли наставника»); a tie between two candidates is no match — a
 * guess would put a figure under the wrong indicator. Otherwise the closest candidate is only
 * named as a suggestion.
 */
import { sameStem } from '../text/word-stems';
import { keyTermsAgree, meaningStems } from './title-meaning';

export interface TitleCandidate<T> {
  readonly target: T;
  /** Stable key telling candidates apart (an indicator id). */
  readonly key: string;
  readonly wordings: readonly string[];
}

export interface TitleMatch<T> {
  readonly target: T;
  /** The title is close enough to read the row as this candidate. */
  readonly close: boolean;
}

interface Score {
  readonly shared: number;
  readonly coverage: number;
  readonly precision: number;
  /** The key terms of the title and the wording agree (title-meaning.ts). */
  readonly agree: boolean;
}

const NO_SCORE: Score = { shared: 0, coverage: 0, precision: 0, agree: false };
/** A candidate whose words the title holds less than this share of is not even worth suggesting («Итого» is no «Справка по итогам …»). */
const SUGGESTION_FLOOR = 0.4;

function score(row: readonly string[], wording: readonly string[]): Score {
  if (row.length === 0 || wording.length === 0) return NO_SCORE;
  const shared = wording.filter((word) => row.some((own) => sameStem(own, word))).length;
  const belonging = row.filter((own) => wording.some((word) => sameStem(own, word))).length;
  return {
    shared,
    coverage: shared / wording.length,
    precision: belonging / row.length,
    agree: keyTermsAgree(row, wording),
  };
}

function isClose(s: Score): boolean {
  return (
    s.agree &&
    ((s.coverage >= 0.8 && s.precision >= 0.5) || (s.precision === 1 && s.coverage >= 0.5 && s.shared >= 2))
  );
}

const mean = (s: Score) => (s.coverage + s.precision) / 2;

/** Close ones first, then those whose key terms agree, then most shared words, then the mean of coverage and precision. */
function better(a: Score, b: Score): boolean {
  if (isClose(a) !== isClose(b)) return isClose(a);
  if (a.agree !== b.agree) return a.agree;
  if (a.shared !== b.shared) return a.shared > b.shared;
  return mean(a) > mean(b);
}

/** The candidate the title means (close) or most resembles (not close); null when nothing resembles it. */
export function matchTitle<T>(title: string, candidates: readonly TitleCandidate<T>[]): TitleMatch<T> | null {
  const row = meaningStems(title);
  if (row.length === 0) return null;
  let best: { candidate: TitleCandidate<T>; score: Score } | null = null;
  let tied = false;
  for (const candidate of candidates) {
    let own = NO_SCORE;
    for (const wording of candidate.wordings) {
      const s = score(row, meaningStems(wording));
      if (better(s, own)) own = s;
    }
    if (best === null || better(own, best.score)) {
      best = { candidate, score: own };
      tied = false;
    } else if (!better(best.score, own) && best.candidate.key !== candidate.key) {
      tied = true;
    }
  }
  if (best === null || best.score.coverage < SUGGESTION_FLOOR) return null;
  return { target: best.candidate.target, close: isClose(best.score) && !tied };
}

/**
 * How much a title resembles the closest of some wordings, from 0 to 1 (the mean of coverage and precision),
 * for naming the nearest indicators of an unread row or the nearest rows of an unread indicator; 0 below the
 * suggestion floor.
 */
export function resemblance(title: string, wordings: readonly string[]): number {
  const row = meaningStems(title);
  let best = 0;
  for (const wording of wordings) {
    const s = score(row, meaningStems(wording));
    if (s.coverage >= SUGGESTION_FLOOR) best = Math.max(best, mean(s));
  }
  return best;
}

/**
 * How a title resembles one candidate, for suggestions: whether the candidate holds every word of the title with
 * its key terms agreeing (`holds`), and how alike they are (0 below the suggestion floor). A candidate that holds
 * the title is worth suggesting however many words it adds, and comes before the others: «Количество
 * наставляемых» is most like «Педагоги в роли наставляемого», not like «Наставляемые, участвовавшие в опросе»,
 * which shares more of its words but narrows it to those surveyed.
 */
function likeness(row: readonly string[], wordings: readonly string[]): { holds: boolean; alike: number } {
  let best = { holds: false, alike: 0 };
  for (const wording of wordings) {
    const s = score(row, meaningStems(wording));
    const holds = s.agree && s.precision === 1;
    const alike = s.coverage >= SUGGESTION_FLOOR || holds ? mean(s) : 0;
    if (alike === 0) continue;
    if ((holds && !best.holds) || (holds === best.holds && alike > best.alike)) best = { holds, alike };
  }
  return best;
}

/** The `count` candidates a title resembles most: those that hold the title first, then the most alike. */
export function nearestCandidates<T>(
  title: string,
  candidates: readonly TitleCandidate<T>[],
  count: number,
): T[] {
  const row = meaningStems(title);
  return candidates
    .map((candidate) => ({ candidate, ...likeness(row, candidate.wordings) }))
    .filter(({ alike }) => alike > 0)
    .sort((a, b) => (a.holds !== b.holds ? (a.holds ? -1 : 1) : b.alike - a.alike))
    .slice(0, count)
    .map(({ candidate }) => candidate.target);
}
