/**
 * The letters cut into Google Docs of at most 1 020 000 characters (documents-google.test.ts cites
 * the limit), and the texts of «Создать справку и письма» about documents kept on Drive, checked
 * against RUSSIAN.md with a full official name of about 150 characters.
 */
import { describe, expect, it } from 'vitest';
import { paragraph, plainText } from '../../src/core/documents/doc-model';
import type { SchoolLetter } from '../../src/core/documents/documents';
import { LETTERS_BUDGET, LETTERS_PER_DOCUMENT, lettersParts } from '../../src/gas/document-parts';
import { DOCUMENT_MESSAGES } from '../../src/gas/document-messages';

const LONG_NAME =
  'Адресные рекомендации — Муниципальное казённое учреждение «Управление образования администрации Усть-Ишимского муниципального района», 2025/2026 учебный год';

function letter(school: string, characters: number): SchoolLetter {
  return { school, model: { name: school, blocks: [paragraph('я'.repeat(characters))] } };
}

describe('letters cut into documents', () => {
  it('keeps every letter whole and each part within the budget, in order', () => {
    const letters = Array.from({ length: 7 }, (_, i) => letter(`СОШ № ${i + 1}`, 299));
    const parts = lettersParts('Адресные рекомендации — Район, 2025', letters, 1000);
    // 300 characters a letter with its page break: three letters to a part of 1 000.
    expect(parts.map((part) => part.letters.map((l) => l.school))).toEqual([
      ['СОШ № 1', 'СОШ № 2', 'СОШ № 3'],
      ['СОШ № 4', 'СОШ № 5', 'СОШ № 6'],
      ['СОШ № 7'],
    ]);
    expect(parts.map((part) => part.name)).toEqual([
      'Адресные рекомендации — Район, 2025 (часть 1 из 3)',
      'Адресные рекомендации — Район, 2025 (часть 2 из 3)',
      'Адресные рекомендации — Район, 2025 (часть 3 из 3)',
    ]);
    expect(parts.map((part) => part.kind)).toEqual(['letters', 'letters-2', 'letters-3']);
  });

  it('gives one part the book’s own name, and a letter larger than the budget a part of its own', () => {
    const one = lettersParts('Книга', [letter('А', 10), letter('Б', 10)]);
    expect(one).toEqual([{ name: 'Книга', kind: 'letters', letters: one[0].letters }]);
    const big = lettersParts('Книга', [letter('А', 10), letter('Б', 5000), letter('В', 10)], 1000);
    expect(big.map((part) => part.letters.length)).toEqual([1, 1, 1]);
  });

  it('puts at most LETTERS_PER_DOCUMENT letters into a document, however short they are', () => {
    const letters = Array.from({ length: 2 * LETTERS_PER_DOCUMENT + 1 }, (_, i) =>
      letter(`СОШ № ${i + 1}`, 10),
    );
    const parts = lettersParts('Книга', letters);
    expect(parts.map((part) => part.letters.length)).toEqual([LETTERS_PER_DOCUMENT, LETTERS_PER_DOCUMENT, 1]);
    expect(parts.at(-1)!.name).toBe('Книга (часть 3 из 3)');
  });

  it('leaves Google’s limit room: the budget and a letter’s page break stay below 1 020 000', () => {
    expect(LETTERS_BUDGET).toBeLessThan(1_020_000);
    const sample = letter('А', 100);
    expect(plainText(sample.model).length + 1).toBe(101);
  });
});

describe('texts about documents kept on Drive', () => {
  const made = [
    { name: LONG_NAME, url: 'https://docs.google.com/document/d/1/edit' },
    { name: 'Аналитическая справка — Район, 2025', url: 'https://docs.google.com/document/d/2/edit' },
  ];

  it('name the ready documents with nested quotes, count the rest, two sentences of what to do, Google’s text last', () => {
    const text = DOCUMENT_MESSAGES.stopped(
      { kind: 'service', error: 'API call to drive.files.create failed with error: Internal Error' },
      made,
      4,
    );
    expect(text).toContain(
      '«Адресные рекомендации — Муниципальное казённое учреждение „Управление образования администрации Усть-Ишимского муниципального района“, 2025/2026 учебный год»: https://docs.google.com/document/d/1/edit',
    );
    expect(text).toContain('Осталось сформировать документов: 4.');
    expect(
      text.startsWith('Справка и письма сформированы не полностью: сбой на стороне сервиса Google.'),
    ).toBe(true);
    expect(text).toContain(
      'Что сделать: запустите команду ещё раз. Готовые документы останутся как есть, будут сформированы остальные, новых копий не появится.',
    );
    expect(
      text.endsWith('Подробности: API call to drive.files.create failed with error: Internal Error.'),
    ).toBe(true);
    expect(text).not.toMatch(/"/);
  });

  it('send the coordinator to the next day at Google’s daily limit, and give no details when the time ran out', () => {
    const quota = DOCUMENT_MESSAGES.stopped(
      { kind: 'quota', error: 'Service invoked too many times for one day: docs create.' },
      made,
      1,
    );
    expect(quota).toMatch(
      /^Справка и письма сформированы не полностью: исчерпан дневной лимит Google на создание документов\./,
    );
    expect(quota).toContain('Что сделать: запустите команду через сутки.');
    const time = DOCUMENT_MESSAGES.stopped({ kind: 'time' }, made, 2);
    expect(time).toContain(
      'время одного запуска подходит к концу (Google отводит команде не более шести минут).',
    );
    expect(time).not.toContain('Подробности');
  });

  it('say «не сформированы» when nothing was made, and shorten a long text of Google’s', () => {
    const text = DOCUMENT_MESSAGES.stopped(
      { kind: 'service', error: `Unexpected error ${'x'.repeat(500)}` },
      [],
      8,
    );
    expect(text).toMatch(
      /^Справка и письма не сформированы: ошибка сервиса Google\.\n\nОсталось сформировать документов: 8\.\n\nЧто сделать: запустите команду ещё раз\. .+\n\nПодробности: Unexpected error x+…$/,
    );
    expect(text.length).toBeLessThan(600);
  });

  it.each([
    [
      4,
      { created: 3, rewritten: 0, unchanged: 0 },
      'Документы Google на вашем Диске готовы (писем ОО: 4). Создано документов: 3. Откройте их по ссылкам:',
    ],
    [
      4,
      { created: 0, rewritten: 3, unchanged: 0 },
      'Документы Google на вашем Диске готовы (писем ОО: 4). Перезаписано документов этого периода: 3 — их прежнее содержимое заменено. Откройте их по ссылкам:',
    ],
    [
      21,
      { created: 1, rewritten: 0, unchanged: 2 },
      'Документы Google на вашем Диске готовы (писем ОО: 21). Создано документов: 1. Оставлено без изменений документов, готовых с прошлого запуска: 2. Откройте их по ссылкам:',
    ],
  ])('count %i letters and the documents made, without a zero part', (letters, counts, text) => {
    expect(DOCUMENT_MESSAGES.ready(letters, counts)).toBe(text);
  });

  it('name the permission a coordinator refused and what to do, in two sentences', () => {
    const text = DOCUMENT_MESSAGES.driveRefused;
    expect(text).toMatch(
      /^Справка и письма не сформированы: .+\. Что сделать: .+ запустите команду ещё раз\.$/,
    );
    expect(text).toContain('файлам Google Диска');
  });
});
