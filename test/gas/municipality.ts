/**
 * A small municipality for the end-to-end tests: school tabs laid out as the add-on's template
 * makes them, and a «База наставников» whose mentors agree with the tabs.
 */
import { readFileSync } from 'node:fs';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';
import { BASE_HEADER_ROW } from '../core/base/base-grid';
import {
  createEmulator,
  loadBundle,
  type Emulator,
  type EmulatorOptions,
  type LoadedBundle,
} from '../tools/gas-emulator';

const SURNAMES = [
  'Иванова',
  'Петрова',
  'Сидорова',
  'Кузнецова',
  'Смирнова',
  'Попова',
  'Васильева',
  'Соколова',
  'Михайлова',
  'Новикова',
];
const NAMES = [
  'Анна Сергеевна',
  'Мария Ивановна',
  'Елена Петровна',
  'Ольга Николаевна',
  'Наталья Викторовна',
];
const MENTEES = [
  'Фёдорова Дарья Алексеевна',
  'Морозова Юлия Андреевна',
  'Волкова Ирина Олеговна',
  'Алексеева Ксения Павловна',
];

export function schoolName(i: number): string {
  return `МБОУ «СОШ № ${i}»`;
}

/** Tab names are short, as coordinators make them; the full name is in B2. */
export function tabName(i: number): string {
  return `СОШ № ${i}`;
}

/** Input values of school i: consistent, with 2 mentors (the base lists 2 per school). */
export function schoolValues(i: number): Record<string, unknown> {
  const counts: Record<string, number> = {
    ped_total: 30 + i,
    ped_mentors: 2,
    ped_mentees: 3,
    ped_under35: 8,
    ped_under35_mentees: 3,
    young_total: 4,
    young_mentees: i % 2 === 0 ? 4 : 2,
    mentors_of_young: 2,
    mentors_municipal_active: 1,
    mentors_regional_active: 0,
    kpk_trained: 3,
    programs_approved: 1,
    personal_programs: 3,
    pairs_count: 3,
  };
  const values: Record<string, unknown> = {};
  for (const def of BUILTIN_CATALOGUE.indicators.filter(isInput)) {
    if (def.type === 'flag') values[def.id] = def.id === 'doc_roadmap' && i % 3 === 0 ? 'нет' : 'да';
    else values[def.id] = counts[def.id] ?? (def.required ? 1 : '');
  }
  return values;
}

export function schoolTab(i: number, overrides: Record<string, unknown> = {}): unknown[][] {
  const values = { ...schoolValues(i), ...overrides };
  const rows: unknown[][] = [
    ['Мониторинг реализации целевой модели наставничества'],
    ['Образовательная организация:', schoolName(i)],
    ['Период:', '2025/2026'],
    [],
    ['Код', 'Раздел', 'Показатель', 'Ед. изм.', 'Значение', 'Комментарий / ссылка'],
  ];
  for (const def of BUILTIN_CATALOGUE.indicators.filter(isInput)) {
    rows.push([
      `'${def.code}`,
      def.section,
      def.title,
      def.type === 'flag' ? 'да/нет' : 'чел.',
      values[def.id],
      '',
    ]);
  }
  return rows;
}

/** Two mentors per school, each with one or two mentees. */
export function baseRows(schools: number): unknown[][] {
  const rows: unknown[][] = [BASE_HEADER_ROW];
  let n = 0;
  for (let i = 1; i <= schools; i++) {
    for (let k = 0; k < 2; k++) {
      n++;
      const mentor = `${SURNAMES[(i + k) % SURNAMES.length]} ${NAMES[(i * 2 + k) % NAMES.length]}`;
      const mentees =
        k === 0
          ? MENTEES[i % MENTEES.length]
          : `${MENTEES[(i + 1) % MENTEES.length]}; ${MENTEES[(i + 2) % MENTEES.length]}`;
      rows.push([
        n,
        mentor,
        schoolName(i),
        'Методика преподавания, классное руководство',
        'Победитель конкурса «Учитель года»',
        mentees,
        'педагог — молодой педагог',
        schoolName(i),
      ]);
    }
  }
  return rows;
}

const LETTERS = 'абвгдежзик';

/** A distinct Cyrillic surname for every n: the digits of n spelt as letters. */
function uniqueSurname(n: number): string {
  return `Ученико${[...String(n)].map((digit) => LETTERS[Number(digit)]).join('')}ва`;
}

/** A base of `count` valid rows with distinct pairs (for call-count benchmarks). */
export function bigBaseRows(count: number): unknown[][] {
  const rows: unknown[][] = [BASE_HEADER_ROW];
  for (let n = 1; n <= count; n++) {
    const mentor = `${SURNAMES[n % SURNAMES.length]} ${NAMES[n % NAMES.length]}`;
    rows.push([
      n,
      mentor,
      schoolName(1),
      'Методика',
      'Грамота',
      `${uniqueSurname(n)} Дарья Алексеевна`,
      'педагог — педагог',
      schoolName(1),
    ]);
  }
  return rows;
}

export function seedMunicipality(emulator: Emulator, schools: number): void {
  emulator.seedSheet('База наставников', baseRows(schools));
  for (let i = 1; i <= schools; i++) emulator.seedSheet(tabName(i), schoolTab(i));
  emulator.uncounted(() => {
    const first = emulator.spreadsheet.getSheetByName('Лист1');
    if (first) emulator.spreadsheet.deleteSheet(first);
  });
}

let code: string | null = null;
let sidebar: string | null = null;
let scopes: readonly string[] | null = null;

/** The built add-on (run `node build.mjs` first; `npm test` does) on a fresh emulator. */
export function start(options: EmulatorOptions = {}): { emulator: Emulator; bundle: LoadedBundle } {
  code ??= readFileSync('dist/Code.js', 'utf8');
  sidebar ??= readFileSync('dist/sidebar.html', 'utf8');
  // The built manifest's scopes: a call the add-on is not allowed fails here as it would in Google.
  scopes ??= (JSON.parse(readFileSync('dist/appsscript.json', 'utf8')) as { oauthScopes: string[] })
    .oauthScopes;
  const emulator = createEmulator({ oauthScopes: scopes, ...options, htmlFiles: { sidebar } });
  const bundle = loadBundle(code, emulator);
  return { emulator, bundle };
}
