/**
 * Metamorphic: a school tab whose every title is reworded the way municipalities word them (a leading
 * «Количество» / «Численность» / «Общее количество» / «Всего», a unit in the title, «ОО» spelt out, «педагоги»
 * as «педагогические работники», abbreviations, the words of a phrase in another order, no code column) gives
 * the same figures as the tab in the catalogue's own titles; so does a survey block in a municipality's words,
 * its row of respondents with or without the role.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUILTIN_CATALOGUE, isInput, type IndicatorDef } from '../../../src/core/catalogue/catalogue';
import { TITLE_VARIANTS } from '../../../src/core/catalogue/title-variants';
import { parseSchoolTab } from '../../../src/core/monitoring/school-tab';

const INPUTS = BUILTIN_CATALOGUE.indicators.filter(isInput);

/** One rewriting rule: a title of the catalogue and its indicator in, a reworded title out. */
type Rule = (title: string, def: IndicatorDef) => string;

const lead = (title: string) => title[0].toLowerCase() + title.slice(1);

const RULES: Readonly<Record<string, Rule>> = {
  count: (title, def) => (def.type === 'count' ? `Количество: ${lead(title)}` : title),
  number: (title, def) => (def.type === 'count' ? `Численность — ${lead(title)}` : title),
  total: (title, def) => (def.type === 'count' ? `Общее количество: ${lead(title)}` : title),
  all: (title, def) => (def.type === 'count' ? `${title}, всего` : title),
  presence: (title, def) => (def.type === 'flag' ? `Наличие: ${lead(title)}` : title),
  persons: (title, def) => `${title} ${def.type === 'flag' ? '(да/нет)' : '(чел.)'}`,
  units: (title, def) => `${title}${def.type === 'flag' ? ' (1/0)' : ', ед.'}`,
  school: (title) => title.replace(/(?<![А-Яа-яЁё])ОО(?![А-Яа-яЁё])/g, 'образовательной организации'),
  addSchool: (title) => `${title} в ОО`,
  pedagogues: (title) => title.replace(/^Педагоги(?= )/, 'Педагогические работники'),
  abbreviations: (title) =>
    title
      .replace(/педагогических работников/g, 'пед. работников')
      .replace(/целевой модели наставничества/gi, 'ЦМН')
      .replace(/образовательной организации/g, 'ОО')
      .replace(/курсы повышения квалификации/g, 'КПК'),
  // «Педагоги в роли наставника» → «В роли наставника — педагоги».
  order: (title) => {
    const at = title.indexOf(' в роли ');
    return at < 0 ? title : `В роли ${title.slice(at + ' в роли '.length)} — ${lead(title.slice(0, at))}`;
  },
};

const valueOf = (def: IndicatorDef, index: number) => (def.type === 'flag' ? index % 2 : 100 + index);

function tab(title: (def: IndicatorDef) => string, withCodes: boolean) {
  const header = withCodes ? ['Код', 'Показатель', 'Значение'] : ['Показатель', 'Значение'];
  const rows = INPUTS.map((def, index) => {
    const cells = [title(def), valueOf(def, index)];
    return withCodes ? ['', ...cells] : cells;
  });
  const parsed = parseSchoolTab({ name: 'СОШ 1', values: [header, ...rows] }, BUILTIN_CATALOGUE);
  if (parsed === null) throw new Error('not a school tab');
  return parsed;
}

const figures = (parsed: ReturnType<typeof tab>) =>
  Object.fromEntries(INPUTS.map((def) => [def.id, parsed.inputs[def.id].value]));

describe('reworded titles', () => {
  it('give the same figures as the catalogue’s own titles', () => {
    const expected = figures(tab((def) => def.title, true));
    expect(Object.values(expected).every((value) => value !== null)).toBe(true);
    fc.assert(
      fc.property(
        fc.subarray(Object.keys(RULES), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (names, withCodes) => {
          const reworded = (def: IndicatorDef) =>
            names.reduce((title, name) => RULES[name](title, def), def.title);
          const parsed = tab(reworded, withCodes);
          expect([names, figures(parsed)]).toEqual([names, expected]);
          expect(parsed.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('reworded official wordings', () => {
  it('read every wording of the regulation and of the order as its indicator', () => {
    const official = INPUTS.filter((def) => TITLE_VARIANTS[def.id] !== undefined);
    fc.assert(
      fc.property(
        fc.subarray(Object.keys(RULES), { maxLength: 2 }),
        fc.nat(),
        fc.boolean(),
        (names, pick, withCodes) => {
          const wording = (def: IndicatorDef) => {
            const wordings = TITLE_VARIANTS[def.id];
            return names.reduce((title, name) => RULES[name](title, def), wordings[pick % wordings.length]);
          };
          const header = withCodes ? ['Код', 'Показатель', 'Значение'] : ['Показатель', 'Значение'];
          const rows = official.map((def, index) =>
            withCodes ? ['', wording(def), valueOf(def, index)] : [wording(def), valueOf(def, index)],
          );
          const parsed = parseSchoolTab({ name: 'СОШ 1', values: [header, ...rows] }, BUILTIN_CATALOGUE);
          const read = official.map((def) => [def.id, parsed?.inputs[def.id].value]);
          expect([names, pick, read]).toEqual([
            names,
            pick,
            official.map((def, index) => [def.id, valueOf(def, index)]),
          ]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** A survey block of a municipality's form: the level of satisfaction and those surveyed, in its own words. */
const LEVEL: Readonly<Record<'mentors' | 'mentees', readonly string[]>> = {
  mentors: [
    'Уровень удовлетворенности наставников участием в программах наставничества по различным формам наставничества (опросный)',
    'Удовлетворённость наставников, %',
    'Доля наставников, удовлетворённых участием в программах наставничества (%)',
    'Уровень удовлетворённости наставников (в процентах)',
  ],
  mentees: [
    'Уровень удовлетворенности наставляемых участием в программах наставничества по различным формам наставничества (опросный)',
    'Удовлетворённость наставляемых участием в программах наставничества, %',
    'Доля удовлетворённых наставляемых, %',
    'Удельный вес наставляемых, удовлетворённых участием (%)',
  ],
};
/** Those surveyed with the role in the title. */
const SURVEYED: Readonly<Record<'mentors' | 'mentees', readonly string[]>> = {
  mentors: [
    'Наставники, участвовавшие в опросе',
    'Количество наставников, принявших участие в анкетировании',
    'Число опрошенных наставников',
    'Количество наставников, прошедших анкетирование (чел.)',
    'Численность наставников — респондентов',
  ],
  mentees: [
    'Наставляемые, участвовавшие в опросе',
    'Количество наставляемых, принявших участие в опросе',
    'Число опрошенных наставляемых, чел.',
    'Количество участников анкетирования из числа наставляемых',
  ],
};
/** Those surveyed with no role: the block's role is theirs. */
const RESPONDENTS = [
  'Количество респондентов',
  'Число опрошенных',
  'Приняли участие в анкетировании (чел.)',
  'Количество участников опроса',
  'из них приняли участие в анкетировании',
  'Численность респондентов, чел.',
];

describe('a survey block in a municipality’s words', () => {
  const figures = { mentors: { level: '87,5', surveyed: 16 }, mentees: { level: '90 %', surveyed: 40 } };

  it('reads those surveyed and the level of satisfaction, with or without the role in the respondents’ row', () => {
    const title = fc.nat();
    fc.assert(
      fc.property(
        fc.record({ level: title, surveyed: title, respondents: title }),
        fc.record({ level: title, surveyed: title, respondents: title }),
        fc.boolean(),
        fc.boolean(),
        (mentors, mentees, roleless, section) => {
          const block = (role: 'mentors' | 'mentees', pick: typeof mentors) => {
            const level = [LEVEL[role][pick.level % LEVEL[role].length], figures[role].level];
            const surveyed = roleless
              ? [RESPONDENTS[pick.respondents % RESPONDENTS.length], figures[role].surveyed]
              : [SURVEYED[role][pick.surveyed % SURVEYED[role].length], figures[role].surveyed];
            // A row with no role comes under the row it belongs to; one with its role anywhere in the block.
            return roleless || pick.level % 2 === 0 ? [level, surveyed] : [surveyed, level];
          };
          const rows = [
            ['Показатель', 'Значение'],
            ['Общее количество педагогических работников ОО', 40],
            ['Количество педагогов в роли наставника', 12],
            ...(section ? [['Раздел 5. Удовлетворённость участием в программах наставничества', '']] : []),
            ...block('mentors', mentors),
            ...block('mentees', mentees),
          ];
          const parsed = parseSchoolTab({ name: 'СОШ 1', values: rows }, BUILTIN_CATALOGUE);
          const read = [
            'mentors_surveyed',
            'satisfaction_mentors',
            'mentees_surveyed',
            'satisfaction_mentees',
          ].map((id) => parsed?.inputs[id]?.value);
          expect([rows.map((row) => row[0]), read]).toEqual([
            rows.map((row) => row[0]),
            [16, 0.875, 40, 0.9],
          ]);
          expect(parsed?.unreadRows).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads a block under a heading that names the role: respondents, the satisfied and the level with none', () => {
    const rows = [
      ['Показатель', 'Значение'],
      ['Общее количество педагогических работников ОО', 40],
      ['Анкетирование наставников', ''],
      ['Число опрошенных', 16],
      ['из них удовлетворены участием', 14],
      ['Уровень удовлетворённости, %', '87,5'],
      ['Анкетирование наставляемых', ''],
      ['Количество респондентов', 40],
      ['Уровень удовлетворённости (в процентах)', 90],
    ];
    const parsed = parseSchoolTab({ name: 'СОШ 1', values: rows }, BUILTIN_CATALOGUE);
    const read = ['mentors_surveyed', 'mentors_satisfied', 'satisfaction_mentors', 'mentees_surveyed'].map(
      (id) => parsed?.inputs[id]?.value,
    );
    expect(read).toEqual([16, 14, 0.875, 40]);
    expect(parsed?.inputs.satisfaction_mentees?.value).toBe(0.9);
    expect(parsed?.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
  });

  it('keeps a row under the title of an indicator the coordinator added for its own', () => {
    const added: IndicatorDef = {
      code: '6.1',
      id: 'respondents_all',
      section: 'Анкетирование',
      title: 'Количество респондентов',
      type: 'count',
      target: null,
      required: false,
      source: 'Показатели',
    };
    const catalogue = { indicators: [...BUILTIN_CATALOGUE.indicators, added] };
    const rows = [
      ['Показатель', 'Значение'],
      ['Удовлетворённость наставников, %', '87,5'],
      ['Количество респондентов', 16],
    ];
    const parsed = parseSchoolTab({ name: 'СОШ 1', values: rows }, catalogue);
    expect(parsed?.inputs.respondents_all.value).toBe(16);
    expect(parsed?.inputs.mentors_surveyed.value).toBeNull();
  });

  it('leaves a row of respondents with no role unread when no survey row of one role is above it', () => {
    const rows = [
      ['Показатель', 'Значение'],
      ['Общее количество педагогических работников ОО', 40],
      ['Количество респондентов', 16],
      ['Количество наставников и наставляемых', 30],
      ['Число опрошенных', 25],
    ];
    const parsed = parseSchoolTab({ name: 'СОШ 1', values: rows }, BUILTIN_CATALOGUE);
    expect(parsed?.inputs.mentors_surveyed.value).toBeNull();
    expect(parsed?.inputs.mentees_surveyed.value).toBeNull();
    expect(parsed?.unreadRows.map((row) => row.title)).toEqual([
      'Количество респондентов',
      'Количество наставников и наставляемых',
      'Число опрошенных',
    ]);
  });
});
