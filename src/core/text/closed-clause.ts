/**
 * A participial phrase or a «который» clause that follows a noun is closed by a comma before what the sentence
 * goes on with (RUSSIAN.md § 5): «доля ОО, разместивших лучшие практики на своих ресурсах, — 12,5 %», «доля
 * педагогов, прошедших КПК по наставничеству, ниже целевого значения». The titles of indicators carry such
 * clauses, and the documents put them before a dash or before «ниже целевого значения» in many sentences; the
 * comma is added where the document is typeset, once for all of them. Before a colon no comma is added: the
 * colon takes its place.
 */

/** The first word of the clause: «котор…» after an optional preposition, or a participle («прошедших», «удовлетворённые»). */
const OPENING =
  '(?:(?:в|на|у|из|с|для|по|от|к) )?котор[а-яё]+|[а-яё]+(?:вш|ш|ющ|ящ|ащ|ущ|нн|ённ|енн|ем|им)(?:ий|ая|ое|ие|их|ые|ых|ым|ыми|ими|его|ей|ую|ого|ому)';

/** The clause runs to the dash or the predicate with no comma, semicolon, colon or dash of its own. */
const CLAUSE = new RegExp(
  `(, (?:${OPENING})(?=[ \\u00a0])[^,;:—.!?\\n]*?)(?=[ \\u00a0](?:—|ниже целевого значения|выше целевого значения))`,
  'g',
);

export function closedClauses(text: string): string {
  return text.replace(CLAUSE, '$1,');
}
