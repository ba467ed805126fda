/**
 * `collect` decides from the schools' own files what goes into one municipal workbook
 * (docs/domain.md#command-line): every school tab once (of tabs of one school in two files, the one saved
 * later, then the one the analysis would count: fewer invalid inputs, then more filled ones, then the first;
 * file names play no part), the bases of the files whose data is used, each tab's school on the roster, and
 * the municipality's own settings sheets. Every sheet not taken is named with a Russian reason; a file that
 * cannot be read or holds nothing of ours is one skipped entry.
 */
import { createOrganisationMatcher } from '../../core/base/organisations';
import type { Catalogue } from '../../core/catalogue/catalogue';
import type { Grid } from '../../core/sheet/grid';
import { byName } from '../../core/indicators/aggregate';
import { SKIP_REASONS } from '../../core/monitoring/messages';
import { schoolTabSkipReason } from '../../core/monitoring/monitoring-header';
import { parseSchoolTab, type SchoolTab } from '../../core/monitoring/school-tab';
import { BASE_SHEET_NAME, CATALOGUE_SHEET_NAME } from '../../core/templates/messages';
import { sheetNameFor } from '../../core/templates/sheet-name';
import { matchRoster, parseRosterSheet, ROSTER_SHEET_NAME, type RosterEntry } from '../../core/roster';
import { schoolKey } from '../../core/text/school-name';
import { better, filledInputs, invalidInputs } from '../sheet-kinds/kinds/school-tab-kind';
import { recogniseKind } from '../sheet-kinds/registry';
import type { Workbook } from '../workbook';
import { mergeBases, type MergedBase } from './merged-base';
import { COLLECT_REASONS as R } from './messages';

/**
 * When a file was last saved: its book's own «modified» property (`book`), else the file's modification time
 * (`file`), which a copy or an unpacked archive may have reset.
 */
export interface SavedAt {
  readonly at: Date;
  readonly from: 'book' | 'file';
}

/** A file given to the collection: opened (with when it was saved, when known), or the reason it could not be. */
export type CollectInput =
  | { readonly file: string; readonly workbook: Workbook; readonly saved?: SavedAt }
  | { readonly file: string; readonly reason: string };

/** The kinds of sheet that are the municipality's settings and lists, carried from its own book only. */
export const SETTINGS_KINDS = ['parameters', 'roster', 'catalogue', 'templates'] as const;
type SettingsKind = (typeof SETTINGS_KINDS)[number];

/** A settings sheet of a file: its name and kind. */
export interface SettingsSheet {
  readonly sheet: string;
  readonly kind: SettingsKind;
}

/** The municipality's settings sheets carried into the collected book, and the file they come from. */
export interface CarriedSettings {
  readonly file: string;
  readonly sheets: readonly SettingsSheet[];
}

export interface TakenSheet {
  readonly file: string;
  readonly sheet: string;
  /** The school of a tab; for a base, the school of its file when the file has one. */
  readonly school: string | null;
}

export interface SkippedEntry {
  readonly file: string;
  /** Null when the whole file is skipped. */
  readonly sheet: string | null;
  readonly reason: string;
}

/** A school tab to copy into the municipal workbook under `name`. */
export interface CollectedTab {
  readonly file: string;
  readonly sheet: string;
  readonly school: string;
  readonly name: string;
}

export interface CollectionPlan {
  readonly taken: readonly TakenSheet[];
  readonly skipped: readonly SkippedEntry[];
  /** Schools whose tabs were taken but which the roster does not list. */
  readonly notOnRoster: readonly string[];
  /** In roster order, then the schools the roster does not list, alphabetically. */
  readonly tabs: readonly CollectedTab[];
  readonly base: MergedBase;
  /** The roster with «Лист» set to each school's tab in the new workbook; null without a roster. */
  readonly roster: readonly RosterEntry[] | null;
  /** The municipality's settings sheets to carry; null when no file given is the municipality's book. */
  readonly settings: CarriedSettings | null;
}

interface Candidate {
  readonly file: string;
  readonly tab: SchoolTab;
  readonly saved: SavedAt | null;
}

/**
 * What the collection needs of one opened file: its school tabs read, its base, what it skips. The
 * workbook itself can be let go once this is taken (docs/decisions.md#interrupted-runs-and-outputs).
 */
export interface FileReading {
  readonly file: string;
  readonly candidates: Candidate[];
  base: Grid | null;
  readonly skipped: SkippedEntry[];
  readonly saved: SavedAt | null;
  /** Its settings sheets: carried when the file is the municipality's book, else named as not taken. */
  readonly settings: SettingsSheet[];
  /** The schools of its «Список ОО», when it has one. */
  roster: readonly RosterEntry[] | null;
}

/** A file read for the collection, or the reason it could not be. */
export type CollectReading = FileReading | { readonly file: string; readonly reason: string };

function recognisedKind(grid: Grid) {
  return recogniseKind(grid);
}

/** Names Excel and LibreOffice give a new sheet: they say nothing about the school. */
const DEFAULT_TAB_NAME = /^(лист|sheet|list)\s*\d*$/i;

/**
 * A tab with no «Образовательная организация» cell is named by its tab; when that is only
 * «Лист1», the school is the one the file is named after («03 МБОУ СОШ № 5.xlsx»), or every such
 * school would look like one.
 */
function namedByFile(tab: SchoolTab, file: string): SchoolTab {
  if (tab.name !== tab.sheet || !DEFAULT_TAB_NAME.test(tab.sheet.trim())) return tab;
  const name = (file.split(/[\\/]/).pop() ?? file)
    .replace(/\.[^.]*$/, '')
    .replace(/^\d+[\s._)-]+/, '')
    .trim();
  return name === '' ? tab : { ...tab, name };
}

const isSettingsKind = (id: string): id is SettingsKind => (SETTINGS_KINDS as readonly string[]).includes(id);

/**
 * A municipality's own book, whose settings are carried: it has «Список ОО», which a school's file made by
 * `template --school` never has, or «Параметры» beside no school tab or several (a school may have copied
 * «Параметры» into its own file of one tab).
 */
export function isMunicipalBook(reading: FileReading): boolean {
  const has = (kind: SettingsKind) => reading.settings.some((each) => each.kind === kind);
  return has('roster') || (has('parameters') && reading.candidates.length !== 1);
}

export function readCollectFile(
  file: string,
  workbook: Workbook,
  catalogue: Catalogue,
  saved: SavedAt | null = null,
): FileReading {
  const reading: FileReading = {
    file,
    candidates: [],
    base: null,
    skipped: [],
    saved,
    settings: [],
    roster: null,
  };
  const skip = (sheet: string, reason: string) => reading.skipped.push({ file, sheet, reason });
  for (const info of workbook.listSheets()) {
    if (info.generated !== null || info.backup) {
      skip(info.name, R.generated);
      continue;
    }
    const grid = workbook.readSheet(info.name);
    const kind = recognisedKind(grid);
    if (kind === null) {
      skip(info.name, schoolTabSkipReason(grid) ?? SKIP_REASONS.noHeader);
    } else if (kind.id === 'school-tab') {
      const tab = parseSchoolTab(grid, catalogue);
      if (tab === null || tab.matchedRows === 0) skip(info.name, SKIP_REASONS.noIndicators);
      else reading.candidates.push({ file, tab: namedByFile(tab, file), saved });
    } else if (kind.id === 'base') {
      if (reading.base === null) reading.base = grid;
      else skip(info.name, R.secondBase(reading.base.name));
    } else if (isSettingsKind(kind.id) && !reading.settings.some((each) => each.kind === kind.id)) {
      reading.settings.push({ sheet: info.name, kind: kind.id });
      if (kind.id === 'roster') reading.roster = parseRosterSheet(grid).entries;
    } else {
      skip(info.name, R.notCarried(info.name));
    }
  }
  if (reading.candidates.length === 0 && reading.base === null && !isMunicipalBook(reading)) {
    reading.skipped.length = 0;
    reading.skipped.push({ file, sheet: null, reason: R.foreign });
  }
  return reading;
}

/** How much later `a`'s file was saved than `b`'s, in milliseconds; 0 within one file or when either is unknown. */
function savedLater(a: Candidate, b: Candidate): number {
  if (a.file === b.file || a.saved === null || b.saved === null) return 0;
  return a.saved.at.getTime() - b.saved.at.getTime();
}

/** A resubmission wins by when it was saved, then by the analysis' own choice (`better`); never by its name. */
function preferred(each: Candidate, kept: Candidate): boolean {
  const later = savedLater(each, kept);
  return later !== 0 ? later > 0 : better(each.tab, kept.tab);
}

/** Why `tab` lost to `kept`, in the words of the copied-tab rule. */
function lostReason(kept: Candidate, lost: Candidate): string {
  const school = lost.tab.name;
  if (kept.file === lost.file) return R.sameFileTab(school, kept.tab.sheet);
  const head = R.otherFileTab(school, kept.file, kept.tab.sheet);
  if (savedLater(kept, lost) > 0 && kept.saved !== null && lost.saved !== null)
    return `${head}: ${R.savedLater(kept.saved, lost.saved)}`;
  const keptInvalid = invalidInputs(kept.tab);
  const lostInvalid = invalidInputs(lost.tab);
  if (keptInvalid < lostInvalid) return `${head}: ${R.fewerErrors(keptInvalid, lostInvalid)}`;
  const keptFilled = filledInputs(kept.tab);
  const lostFilled = filledInputs(lost.tab);
  if (keptFilled > lostFilled) return `${head}: ${R.moreFilled(keptFilled, lostFilled)}`;
  return `${head}: ${R.earlier}`;
}

/**
 * Which school a tab is, for telling two sends of one school: its name up to quotes, «№» and
 * case; with a roster, the roster school the name clearly means («СОШ 2» and «МБОУ «СОШ № 2»»
 * are one school), as «Место работы» is matched.
 */
function schoolIdentity(roster: readonly RosterEntry[] | null): (tab: SchoolTab) => string {
  if (roster === null || roster.length === 0) return (tab) => schoolKey(tab.name);
  const keys = new Set(roster.map((entry) => schoolKey(entry.name)));
  const matcher = createOrganisationMatcher(roster.map((entry) => entry.name));
  return (tab) => {
    const key = schoolKey(tab.name);
    if (keys.has(key)) return key;
    const suggestion = matcher(tab.name).suggestion;
    return suggestion === null ? key : schoolKey(suggestion);
  };
}

export function planCollection(
  inputs: readonly CollectInput[],
  catalogue: Catalogue,
  roster: readonly RosterEntry[] | null,
): CollectionPlan {
  const read = inputs.map((input) =>
    'reason' in input ? input : readCollectFile(input.file, input.workbook, catalogue, input.saved ?? null),
  );
  return planReadings(read, roster);
}

/**
 * The municipality's settings: those of the `--roster` book when it has any (`given`), else those of the first
 * input that is a municipal book (isMunicipalBook); null when neither is.
 */
function settingsSource(
  readings: readonly FileReading[],
  given: CarriedSettings | null,
): { settings: CarriedSettings | null; reading: FileReading | null } {
  if (given !== null && given.sheets.length > 0) return { settings: given, reading: null };
  const reading = readings.find(isMunicipalBook) ?? null;
  return { settings: reading === null ? null : { file: reading.file, sheets: reading.settings }, reading };
}

/**
 * The plan from files already read (readCollectFile), in the order they were given; `given` are the settings
 * sheets of the `--roster` book, when it is a workbook.
 */
export function planReadings(
  inputs: readonly CollectReading[],
  givenRoster: readonly RosterEntry[] | null,
  given: CarriedSettings | null = null,
): CollectionPlan {
  const readings: FileReading[] = [];
  const unreadable = new Map<string, string>();
  for (const input of inputs) {
    if ('reason' in input) unreadable.set(input.file, input.reason);
    else readings.push(input);
  }
  const source = settingsSource(readings, given);
  const roster = givenRoster ?? source.reading?.roster ?? null;
  // «The first of two files»: the order in which the tabs were given.
  const order = new Map(readings.flatMap((reading) => reading.candidates).map((each, i) => [each, i]));

  const schoolOf = schoolIdentity(roster);
  const bySchool = new Map<string, Candidate[]>();
  for (const candidate of readings.flatMap((reading) => reading.candidates)) {
    const key = schoolOf(candidate.tab);
    bySchool.set(key, [...(bySchool.get(key) ?? []), candidate]);
  }
  const chosen = new Set<Candidate>();
  const lost = new Map<Candidate, string>();
  for (const candidates of bySchool.values()) {
    const best = candidates.reduce((kept, each) => (preferred(each, kept) ? each : kept));
    chosen.add(best);
    for (const each of candidates) if (each !== best) lost.set(each, lostReason(best, each));
  }

  // Tabs of different files may share a name («Лист1»): they are matched by their place instead.
  const schools = [...chosen];
  const match = matchRoster(
    roster ?? [],
    schools.map((candidate, i) => ({ ...candidate.tab, sheet: String(i) })),
    ROSTER_SHEET_NAME,
  );
  const entryOf = new Map(
    schools.map((candidate, i) => [candidate, match.entryOfTab.get(String(i)) ?? null]),
  );
  const rosterIndex = new Map((roster ?? []).map((entry, i) => [entry, i]));
  const ordered = schools.sort((a, b) => {
    const ra = entryOf.get(a) ?? null;
    const rb = entryOf.get(b) ?? null;
    if (ra && rb) return (rosterIndex.get(ra) ?? 0) - (rosterIndex.get(rb) ?? 0);
    if (ra || rb) return ra ? -1 : 1;
    return byName(a.tab.name, b.tab.name) || (order.get(a) ?? 0) - (order.get(b) ?? 0);
  });
  const carried = (source.settings?.sheets ?? []).map((each) => each.sheet);
  const names = [CATALOGUE_SHEET_NAME, BASE_SHEET_NAME, ROSTER_SHEET_NAME, ...carried];
  const tabs: CollectedTab[] = ordered.map((candidate) => {
    const wanted = entryOf.get(candidate)?.sheet ?? candidate.tab.name;
    const name = sheetNameFor(wanted, names) ?? (sheetNameFor(candidate.tab.sheet, names) as string);
    names.push(name);
    return { file: candidate.file, sheet: candidate.tab.sheet, school: candidate.tab.name, name };
  });

  // A file's base goes with its data: not when another file of its school was chosen instead.
  const ownTabs = (reading: FileReading) => reading.candidates.filter((candidate) => chosen.has(candidate));
  const usedBase = (reading: FileReading) =>
    reading.base !== null && (reading.candidates.length === 0 || ownTabs(reading).length > 0);
  const base = mergeBases(
    readings.filter(usedBase).map((reading) => ({ file: reading.file, grid: reading.base as Grid })),
  );

  // The settings of the `--roster` book are taken as well, though the book is no input.
  const taken: TakenSheet[] =
    source.reading === null && source.settings !== null
      ? source.settings.sheets.map(({ sheet }) => ({
          file: source.settings?.file as string,
          sheet,
          school: null,
        }))
      : [];
  const skipped: SkippedEntry[] = [];
  for (const input of inputs) {
    const reason = unreadable.get(input.file);
    if (reason !== undefined) {
      skipped.push({ file: input.file, sheet: null, reason });
      continue;
    }
    const reading = readings.find((each) => each.file === input.file) as FileReading;
    const own = ownTabs(reading);
    for (const candidate of reading.candidates) {
      if (chosen.has(candidate))
        taken.push({ file: reading.file, sheet: candidate.tab.sheet, school: candidate.tab.name });
      else
        skipped.push({
          file: reading.file,
          sheet: candidate.tab.sheet,
          reason: lost.get(candidate) as string,
        });
    }
    if (reading.base !== null) {
      const sheet = reading.base.name;
      const rows = base.files.find((each) => each.file === reading.file);
      if (rows === undefined) {
        const school = schoolOf(reading.candidates[0].tab);
        const winner = [...chosen].find((each) => schoolOf(each.tab) === school);
        skipped.push({ file: reading.file, sheet, reason: R.baseOfSkippedFile(winner?.file ?? '') });
      } else {
        // «Its rows of the base, if any»: a base with no row of its own is not taken.
        if (rows.taken > 0)
          taken.push({ file: reading.file, sheet, school: own.length === 1 ? own[0].tab.name : null });
        if (rows.repeated > 0)
          skipped.push({ file: reading.file, sheet, reason: R.repeatedRows(rows.repeated) });
        else if (rows.taken === 0) skipped.push({ file: reading.file, sheet, reason: R.emptyBase });
      }
    }
    skipped.push(...reading.skipped);
    if (reading === source.reading)
      for (const { sheet } of reading.settings) taken.push({ file: reading.file, sheet, school: null });
    else if (source.settings !== null)
      for (const { sheet } of reading.settings)
        skipped.push({ file: reading.file, sheet, reason: R.settings(sheet, source.settings.file) });
    else if (source.settings === null)
      for (const { sheet } of reading.settings)
        skipped.push({ file: reading.file, sheet, reason: R.noMunicipalBook(sheet) });
  }

  const tabOf = new Map<RosterEntry, string>();
  ordered.forEach((candidate, i) => {
    const entry = entryOf.get(candidate);
    if (entry) tabOf.set(entry, tabs[i].name);
  });
  const notOnRoster =
    roster === null ? [] : ordered.filter((candidate) => !entryOf.get(candidate)).map((c) => c.tab.name);

  return {
    taken,
    skipped,
    notOnRoster,
    tabs,
    base,
    roster:
      roster === null ? null : roster.map((entry) => ({ ...entry, sheet: tabOf.get(entry) ?? entry.sheet })),
    settings: source.settings,
  };
}
