/**
 * Recognition of «Форма наставничества» cells against the vocabulary. A cell may hold one form,
 * one kind, or a form followed by kinds («педагог — педагог, групповое»).
 */
import { cellText, normaliseKey, tidyCellText } from '../text/normalise';
import { FORMS_VOCABULARY, type FormEntry } from './forms-vocabulary';

export type FormStatus = 'standard' | 'nonstandard' | 'unknown';

export interface FormMatch {
  readonly status: FormStatus;
  /** Canonical spelling of every recognised part, joined by «, »; null when unknown. */
  readonly canonical: string | null;
  /** For a nonstandard cell: the value to propose. */
  readonly fix: string | null;
  /** True when a part was recognised only as a one-letter typo. */
  readonly typo: boolean;
  /** For an unknown cell of several parts: the first part not recognised. */
  readonly unknownPart: string | null;
}

export interface FormMatcher {
  readonly match: (value: unknown) => FormMatch;
  /** Canonical spellings of forms and kinds, for hints. */
  readonly forms: readonly string[];
  readonly kinds: readonly string[];
}

const FILLER_WORDS = new Set([
  'наставничество',
  'наставничества',
  'наставничеств',
  'форма',
  'формы',
  'вид',
  'модель',
  'ролевое',
]);
const WORD_SYNONYMS: Readonly<Record<string, string>> = {
  учитель: 'педагог',
  учителя: 'педагога',
  учителей: 'педагогов',
};
const PHRASE_SYNONYMS: readonly [RegExp, string][] = [[/образовательн\S* (организаци|учрежден)\S*/g, 'оо']];
const MIN_TYPO_KEY_LENGTH = 5;

/**
 * Key under which loose spellings meet: dashes, brackets and separators as spaces, no filler
 * words, `учитель` as `педагог`, adjective endings unified («групповая» = «групповое»).
 */
export function looseFormKey(text: string): string {
  let key = normaliseKey(text).replace(/[-()/.,;:+]/g, ' ');
  for (const [pattern, replacement] of PHRASE_SYNONYMS) key = key.replace(pattern, replacement);
  return key
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => WORD_SYNONYMS[word] ?? word)
    .map((word) => (word.length >= 5 ? word.replace(/(ая|ый|ой|ий)$/, 'ое') : word))
    .filter((word) => !FILLER_WORDS.has(word))
    .join(' ');
}

interface Resolved {
  readonly entry: FormEntry;
  readonly typed: string;
  readonly standard: boolean;
  readonly typo: boolean;
}

interface Deletion {
  readonly entry: FormEntry;
  readonly position: number;
}

interface VocabularyIndex {
  readonly exact: ReadonlyMap<string, FormEntry>;
  readonly loose: ReadonlyMap<string, FormEntry>;
  readonly deletions: ReadonlyMap<string, readonly Deletion[]>;
}

function buildIndex(entries: readonly FormEntry[]): VocabularyIndex {
  const exact = new Map<string, FormEntry>();
  const loose = new Map<string, FormEntry>();
  const deletions = new Map<string, Deletion[]>();
  for (const entry of entries) {
    for (const spelling of [entry.canonical, ...entry.accepted]) {
      const key = cellText(spelling);
      if (!exact.has(key)) exact.set(key, entry);
    }
    for (const spelling of [entry.canonical, ...entry.accepted, ...entry.variants]) {
      const key = looseFormKey(spelling);
      if (key === '' || loose.has(key)) continue;
      loose.set(key, entry);
      if (key.length < MIN_TYPO_KEY_LENGTH) continue;
      for (let i = 0; i < key.length; i++) {
        const deleted = key.slice(0, i) + key.slice(i + 1);
        const list = deletions.get(deleted);
        if (list) list.push({ entry, position: i });
        else deletions.set(deleted, [{ entry, position: i }]);
      }
    }
  }
  return { exact, loose, deletions };
}

/** The single entry at Damerau distance 1 from the key, or null when none or several. */
function typoEntry(index: VocabularyIndex, key: string): FormEntry | null {
  if (key.length < MIN_TYPO_KEY_LENGTH - 1) return null;
  const found = new Set<FormEntry>();
  for (const deletion of index.deletions.get(key) ?? []) found.add(deletion.entry);
  for (let i = 0; i < key.length; i++) {
    const deleted = key.slice(0, i) + key.slice(i + 1);
    const inserted = index.loose.get(deleted);
    if (inserted && deleted.length >= MIN_TYPO_KEY_LENGTH) found.add(inserted);
    for (const deletion of index.deletions.get(deleted) ?? [])
      if (deletion.position === i) found.add(deletion.entry);
    if (i + 1 < key.length) {
      const swapped = key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
      const entry = index.loose.get(swapped);
      if (entry) found.add(entry);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

function resolvePart(index: VocabularyIndex, part: string): Resolved | null {
  const exact = index.exact.get(part);
  if (exact) return { entry: exact, typed: part, standard: true, typo: false };
  const key = looseFormKey(part);
  if (key === '') return null;
  const loose = index.loose.get(key);
  if (loose) return { entry: loose, typed: part, standard: false, typo: false };
  const typo = typoEntry(index, key);
  return typo ? { entry: typo, typed: part, standard: false, typo: true } : null;
}

/** Parts of a cell: the whole text, else pieces split by separators, a bracketed kind split off its form. */
function resolveCell(index: VocabularyIndex, text: string): { parts: Resolved[] } | { unknown: string } {
  const whole = resolvePart(index, text);
  if (whole) return { parts: [whole] };
  const parts: Resolved[] = [];
  for (const piece of text.split(/\s*[,;\n+]\s*/).filter((p) => p !== '')) {
    const resolved = resolvePart(index, piece);
    if (resolved) {
      parts.push(resolved);
      continue;
    }
    const bracketed = /^(.+?)\s*\((.+)\)$/.exec(piece);
    const inner = bracketed ? [resolvePart(index, bracketed[1]), resolvePart(index, bracketed[2])] : [];
    if (inner.length === 2 && inner[0] && inner[1])
      parts.push({ ...inner[0], standard: false }, { ...inner[1], standard: false });
    else return { unknown: piece };
  }
  return parts.length > 0 ? { parts } : { unknown: text };
}

const UNKNOWN_WHOLE: FormMatch = {
  status: 'unknown',
  canonical: null,
  fix: null,
  typo: false,
  unknownPart: null,
};

/** A matcher over the built-in vocabulary plus `extraForms` (from the settings sheet); results are cached per text. */
export function createFormMatcher(): FormMatcher {
  const entries = FORMS_VOCABULARY;
  const index = buildIndex(entries);
  const cache = new Map<string, FormMatch>();
  const match = (value: unknown): FormMatch => {
    const text = typeof value === 'string' ? tidyCellText(value) : cellText(value);
    const cached = cache.get(text);
    if (cached) return cached;
    const result = matchText(index, text);
    cache.set(text, result);
    return result;
  };
  return {
    match,
    forms: entries.filter((entry) => entry.kind === 'form').map((entry) => entry.canonical),
    kinds: entries.filter((entry) => entry.kind === 'kind').map((entry) => entry.canonical),
  };
}

function matchText(index: VocabularyIndex, text: string): FormMatch {
  if (text === '') return UNKNOWN_WHOLE;
  const resolved = resolveCell(index, text);
  if ('unknown' in resolved) {
    return { ...UNKNOWN_WHOLE, unknownPart: resolved.unknown === text ? null : resolved.unknown };
  }
  const { parts } = resolved;
  const canonical = parts.map((part) => part.entry.canonical).join(', ');
  const proposed = parts.map((part) => (part.standard ? part.typed : part.entry.canonical)).join(', ');
  const typo = parts.some((part) => part.typo);
  if (proposed === text && !typo)
    return { status: 'standard', canonical, fix: null, typo: false, unknownPart: null };
  return { status: 'nonstandard', canonical, fix: proposed, typo, unknownPart: null };
}
