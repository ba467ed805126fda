/**
 * Metamorphic: a school tab whose every title is reworded the way municipalities word them (a leading
 * «Количество» / «Численность» / «Общее количество» / «Всего», a unit in the title, «ОО» spelt out, «педагоги»
 * as «педагогические работники», the words of a phrase in another order, no code column) gives the same
 * figures as the tab in the catalogue's own titles.
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
