/**
 * The typography of RUSSIAN.md §§ 2, 4, 6 checked on every text of the documents a head signs — the справка,
 * its public version and every letter — built from the demo municipality (several seeds) and from the
 * acceptance municipality filled by four curators in four ways.
 */
import { describe, expect, it } from 'vitest';
import { makeDocuments } from '../../../src/app/documents';
import { summarise } from '../../../src/app/summarise';
import { closedClauses } from '../../../src/core/text/closed-clause';
import type { DocModel } from '../../../src/core/documents/doc-model';
import { documentText } from '../../../src/core/text/document-text';
import { generateMunicipality } from '../../../src/demo/municipality';
import { municipality } from '../../acceptance/municipality-fixture';
import { memoryWorkbook } from '../../tools/memory-workbook';
import { demoSchools, withLetterDetails } from './letter-fixture';

const META = { generatedAt: '02.12.2025 10:15' };

/** Each text of a model on its own: a heading, a run, a list item's run, a table cell. */
function textsOf(model: DocModel): string[] {
  return model.blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
        return [block.text];
      case 'paragraph':
        return block.runs.map((run) => run.text);
      case 'list':
        return block.items.flatMap((item) => item.map((run) => run.text));
      case 'table':
        return block.rows.flat();
      case 'page-break':
        return [];
    }
  });
}

function documentsOf(
  sheets: Record<string, unknown[][]>,
  options: Parameters<typeof memoryWorkbook>[1] = {},
) {
  const workbook = memoryWorkbook(sheets, options);
  const { documents } = makeDocuments(workbook, summarise(workbook), META);
  return [
    ['справка', documents.report],
    ['справка для публикации', documents.publicReport],
    ...documents.letters.map((letter) => [`письмо: ${letter.school}`, letter.model] as const),
  ] as const;
}

function demo(seed: number, orgs: number) {
  const generated = generateMunicipality({ seed, orgs });
  const sheets = Object.fromEntries(generated.sheets.map((sheet) => [sheet.name, sheet.values]));
  return documentsOf(withLetterDetails(sheets, demoSchools(generated.sheets)));
}

function acceptance() {
  const fixture = municipality();
  return documentsOf(fixture.sheets, {
    merges: fixture.merges,
    numberFormats: fixture.numberFormats,
    generated: fixture.generated,
  });
}

/** The places a line must not break at, with an ordinary space there (RUSSIAN.md § 4). */
const BREAKABLE: readonly [string, RegExp][] = [
  ['«№ 5»', /№ \d/],
  ['«5 ОО»', /\d ОО(?![\p{L}])/u],
  ['«100 %»', /\d %/],
  ['«2025 г.»', /\d г\./],
  ['«М. А.»', /(?<![\p{L}])\p{Lu}\. \p{Lu}\./u],
  ['«М. А. Черкасова»', /(?<![\p{L}])\p{Lu}\. \p{Lu}\p{Ll}/u],
  ['«Сорокину П. И.»', /\p{Lu}\p{Ll}+ \p{Lu}\.[ \u00a0]?\p{Lu}\./u],
];

/** What a head's document never has (RUSSIAN.md §§ 2, 4, 6). */
const NEVER: readonly [string, RegExp][] = [
  ['«(ы)»', /\p{L}\([а-яё]{1,2}\)/u],
  ['«пары/группы»', /[а-яё]{2}\/[а-яё]{2}/i],
  ['«100,0 %» beside «100 %»', /\d,0[ \u00a0]?%/],
  ['«за период 2025»', /за период \d/],
  ['«не реже 1 раза»', /не (?:реже|чаще|менее|более)[ \u00a0][1-9][ \u00a0]раз/],
  ['«#REF!»', /#(?:REF|ССЫЛКА|ЗНАЧ|VALUE|ДЕЛ|DIV|Н\/Д|N\/A)/],
  ['«ошибок: 1 … их»', /ошибок: 1\. Исправьте их/],
  ['«Дефицитов …: 1. Они»', /: 1\. Они/],
  ['straight quotes', /"/],
  ['«цели» for «целевого значения»', /ниже цели|Целей не/],
  ['a service note', /Для публикации|Справочно/],
  [
    'a clause of a title not closed before a dash or «ниже целевого значения»',
    /, (?:(?:в|на|у) )?(?:котор[а-яё]+|[а-яё]+(?:вш|ш|ющ|ящ|ащ|ущ|нн|ённ|енн)(?:ий|ая|ое|ие|их|ые|ых))(?: [^,;:—.]*)?[ \u00a0](?:—|ниже целевого значения)/,
  ],
];

/** The deepest nesting of «ёлочек» in a text: 1 when the inner quotes are „лапки“. */
function quoteDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '«') deepest = Math.max(deepest, ++depth);
    if (char === '»') depth -= 1;
  }
  return deepest;
}

describe.each([
  ['the demo municipality, seed 7, 5 schools', () => demo(7, 5)],
  ['the demo municipality, seed 2025, 8 schools', () => demo(2025, 8)],
  ['the acceptance municipality', acceptance],
])('the documents of %s', (_name, build) => {
  const documents = build();

  it('are built: the two reports and a letter per school', () => {
    expect(documents.length).toBeGreaterThan(3);
  });

  it('keep «№ 5», «5 ОО», «100 %», «2025 г.» and initials on one line', () => {
    for (const [name, model] of documents)
      for (const text of textsOf(model))
        for (const [place, pattern] of BREAKABLE) expect(text, `${name}: ${place}`).not.toMatch(pattern);
  });

  it('have none of the forms RUSSIAN.md forbids', () => {
    for (const [name, model] of documents)
      for (const text of textsOf(model))
        for (const [what, pattern] of NEVER) expect(text, `${name}: ${what}`).not.toMatch(pattern);
  });

  it('put „лапки“ inside «ёлочек», never «ёлочки» inside «ёлочек»', () => {
    for (const [name, model] of documents)
      for (const text of textsOf(model)) expect(quoteDepth(text), `${name}: ${text}`).toBeLessThanOrEqual(1);
  });

  it('are typeset once and for all: typesetting again changes nothing', () => {
    for (const [name, model] of documents)
      for (const text of textsOf(model)) expect(closedClauses(documentText(text)), name).toBe(text);
  });

  it('write every percent in one style: «70 %» whole, «18,4 %» with its one decimal', () => {
    for (const [name, model] of documents) {
      const percents = textsOf(model).flatMap((text) => text.match(/\d+(?:,\d+)?\u00a0%/g) ?? []);
      for (const figure of percents) expect(figure, name).toMatch(/^\d+(?:,[1-9])?\u00a0%$/);
    }
  });
});

describe('the typography on a text that needs all of it', () => {
  it("turns a coordinator's line into the house style", () => {
    expect(
      documentText(
        'Приказ(ы) о закреплении пар/групп в ОО «МБОУ «СОШ № 5»»: 100,0 % при целевом значении 70 %',
      ),
    ).toBe(
      'Приказ (приказы) о закреплении пар (групп) в ОО «МБОУ „СОШ №\u00a05“»: 100\u00a0% при целевом значении 70\u00a0%',
    );
  });
});
