/**
 * The letters as .docx, read back from word/document.xml as a reader finds them: an official letter
 * (RUSSIAN.md § 6) with the addressee in the dative, the salutation, the subject, the outgoing number, the
 * signature and «Исполнитель»; figures in words; the documents of the stages named; errors once, in an
 * appendix for the curator, without «#REF!»; no person's name from the base in the letter's body.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import * as T from '../../../src/core/documents/messages';
import { stagesOf } from '../../../src/core/documents/letter-measures';
import { plainText, type TableBlock } from '../../../src/core/documents/doc-model';
import { documentText } from '../../../src/core/text/document-text';
import { docxBytes } from '../../../src/docx/docx-document';
import { HEADS, letterFixture, type LetterFixture } from './letter-fixture';

/** The no-break space the letters put in «№ 28», «П. И.» (RUSSIAN.md § 4). */
const NB = '\u00a0';

let fixture: LetterFixture;
const texts = new Map<string, string[]>();

async function paragraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  const unescape = (text: string) =>
    text.replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] as string,
    );
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => unescape(run[1])).join(''),
  );
}

function letterOf(i: number): string[] {
  return texts.get(fixture.schools[i]) as string[];
}

/** The letter without its appendix: what the head reads. */
function body(lines: readonly string[]): string {
  const end = lines.indexOf(T.APPENDIX_HEADING);
  return (end < 0 ? lines : lines.slice(0, end)).join('\n');
}

beforeAll(async () => {
  fixture = letterFixture();
  for (const letter of fixture.documents.letters)
    texts.set(letter.school, await paragraphs(await docxBytes(letter.model)));
}, 60_000);

describe('a letter to a school as .docx', () => {
  it('is addressed in the dative and greets a man, a woman and a head with «оглы» by name and patronymic', () => {
    expect(HEADS[0]).toBe('Сорокин Павел Ильич');
    expect(letterOf(0)).toEqual(
      expect.arrayContaining([
        `Директору ${documentText(fixture.schools[0])}`,
        `Сорокину${NB}П.${NB}И.`,
        'Уважаемый Павел Ильич!',
      ]),
    );
    expect(letterOf(1)).toEqual(
      expect.arrayContaining([`Кузнецовой${NB}О.${NB}В.`, 'Уважаемая Ольга Викторовна!']),
    );
    expect(letterOf(2)).toEqual(
      expect.arrayContaining([`Мамедову${NB}И.${NB}Г.`, 'Уважаемый Ильхам Гасан оглы!']),
    );
    // «Петров П. П.» gives no patronymic to read the gender from: a blank to fill, not a guess.
    expect(letterOf(3)).toEqual(expect.arrayContaining([T.HEAD_PLACEHOLDER, T.NEUTRAL_SALUTATION]));
    for (const lines of texts.values()) expect(lines.join('\n')).not.toMatch(/Руководителю\n/);
  });

  it('carries the sender, «Исх. № … от …», the subject, the signature and «Исполнитель» from «Параметры»', () => {
    for (const lines of texts.values()) {
      expect(lines[0]).toBe('МКУ «Информационно-методический центр в сфере образования»');
      // The number stays with its sign: «№ 28» never breaks at the end of a line.
      expect(lines).toContain(`Исх. №${NB}28 от 20.12.2025`);
      expect(lines).toContain(T.LETTER_SUBJECT);
      expect(lines).toContain(`________________ М.${NB}А.${NB}Черкасова`);
      expect(lines).toContain('Исполнитель: Иванова Ирина Петровна, тел. (38150) 2-19-77');
      // An official letter has no heading of its own: the subject says what it is.
      expect(lines.join('\n')).not.toContain(`${T.LETTERS_NAME} —`);
      // Addressee, number and date, subject, salutation, body; the signature closes the letter before any appendix.
      const at = (text: string) => lines.findIndex((line) => line.startsWith(text));
      expect(at('Директору')).toBeGreaterThan(0);
      expect(at('Директору')).toBeLessThan(at('Исх. №'));
      expect(at('Исх. №')).toBeLessThan(at(T.LETTER_SUBJECT));
      expect(at(T.LETTER_SUBJECT)).toBeLessThan(at('Уважаем'));
      expect(at('Уважаем')).toBeLessThan(at('Направляем адресные рекомендации'));
      expect(at('Направляем адресные рекомендации')).toBeLessThan(at('Исполнитель:'));
      const appendix = lines.indexOf(T.APPENDIX_HEADING);
      if (appendix >= 0) expect(at('Исполнитель:')).toBeLessThan(appendix);
    }
  });

  it('says figures in words: no «нет / да», no «a / b», no «#REF!»', () => {
    for (const [school, lines] of texts) {
      const text = lines.join('\n');
      expect(text, school).not.toContain('нет / да');
      expect(text, school).not.toMatch(/\S \/ \S/);
      expect(text, school).not.toContain('#REF!');
    }
    // The planted formula error is named in words in its school's appendix.
    expect(letterOf(1).join('\n')).toContain('Ошибка в формуле');
  });

  it('names no person of «База наставников» in the body', () => {
    expect(fixture.baseNames.length).toBeGreaterThan(10);
    for (const [school, lines] of texts) {
      const text = body(lines);
      for (const name of fixture.baseNames)
        expect(text, `${name} in the letter to ${school}`).not.toContain(name);
    }
  });

  it('has the appendix for the curator only when the school has errors, each error once', () => {
    let withErrors = 0;
    let onBase = 0;
    for (const org of fixture.organizations) {
      const lines = texts.get(org.name) as string[];
      const errors = org.dataErrors ?? [];
      expect(lines.includes(T.APPENDIX_HEADING), org.name).toBe(errors.length > 0);
      expect(lines.includes(T.LETTER_BODY_ERRORS), org.name).toBe(errors.length > 0);
      if (errors.length === 0) continue;
      withErrors++;
      if (errors.some((issue) => issue.sheet !== org.sheet)) onBase++;
      expect(lines).toContain(
        T.appendixIntro(
          errors.length,
          errors.some((issue) => issue.sheet !== org.sheet && issue.params.origin === undefined),
        ),
      );
      for (const issue of errors) {
        const place =
          issue.sheet === org.sheet
            ? `лист ОО, ячейка ${issue.cell}`
            : `лист «${issue.sheet}», ячейка ${issue.cell}`;
        expect(
          lines.filter((line) => line === place),
          place,
        ).toHaveLength(1);
      }
      // The recommendation on the sheet lists them too («— «лист»!E7 …»); the letter does not.
      expect(lines.some((line) => line.startsWith('— «'))).toBe(false);
    }
    expect(withErrors).toBeGreaterThan(1);
    // An error on «База наставников» is placed on that sheet, the others on the school's own tab.
    expect(onBase).toBeGreaterThan(0);
  });

  it('names the documents of each stage its recommendations belong to', () => {
    for (const letter of fixture.documents.letters) {
      const lines = texts.get(letter.school) as string[];
      const table = letter.model.blocks.find(
        (block): block is TableBlock =>
          block.kind === 'table' && block.rows[0][0] === T.RECOMMENDATION_HEADERS[0],
      );
      if (table === undefined) continue;
      const stages = stagesOf(
        table.rows
          .slice(1)
          .map((row) => ({ organization: '', deficit: '', figure: '', text: '', stage: row[2], term: '' })),
      );
      expect(stages.length).toBeGreaterThan(0);
      const list = lines.filter((line) => /^Этап \d/.test(line));
      expect(list).toHaveLength(stages.length);
      for (const stage of stages)
        for (const document of T.STAGE_DOCUMENTS[stage])
          expect(
            list.some((line) => line.includes(document)),
            `${document} (${letter.school})`,
          ).toBe(true);
    }
  });

  it('leaves out the figures the school’s form did not ask', () => {
    const figures = (i: number) => {
      const letter = fixture.documents.letters.find((entry) => entry.school === fixture.schools[i]);
      return plainText({
        name: '',
        blocks: (letter?.model.blocks ?? []).filter(
          (block) => block.kind === 'table' && block.rows[0][0] === T.FIGURE_HEADERS[0],
        ),
      });
    };
    const survey = 'Удовлетворённость наставников участием в программах наставничества';
    expect(figures(1)).toContain(survey);
    expect(figures(0)).not.toContain(survey);
    for (const i of [0, 1, 2]) expect(figures(i)).not.toMatch(/\t—\t/);
  });
});
