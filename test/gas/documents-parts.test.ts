/**
 * The letters cut into Google Docs of at most 1 020 000 characters (documents-google.test.ts cites
 * the limit), and the texts of «Создать справку и письма» about documents kept on Drive, checked
 * against RUSSIAN.md with a full official name of about 150 characters.
 */
import { describe, expect, it } from 'vitest';
import { paragraph, plainText } from '../../src/core/documents/doc-model';
import type { SchoolLetter } from '../../src/core/documents/documents';
import { LETTERS_BUDGET, lettersParts } from '../../src/gas/document-parts';
import { DOCUMENT_MESSAGES } from '../../src/gas/messages';

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

  it('leaves Google’s limit room: the budget and a letter’s page break stay below 1 020 000', () => {
    expect(LETTERS_BUDGET).toBeLessThan(1_020_000);
    const sample = letter('А', 100);
    expect(plainText(sample.model).length + 1).toBe(101);
  });
});

describe('texts about documents kept on Drive', () => {
  const made = [
    { name: LONG_NAME, url: 'https://docs.google.com/open?id=1' },
    { name: 'Аналитическая справка — Район, 2025', url: 'https://docs.google.com/open?id=2' },
  ];

  it('name ready and unfinished documents with nested quotes, two sentences of what to do, Google’s text last', () => {
    const text = DOCUMENT_MESSAGES.interrupted(
      'Service Documents failed while accessing document with id 1.',
      made,
      { name: DOCUMENT_MESSAGES.unfinishedName(LONG_NAME), url: null, recorded: false },
    );
    expect(text).toContain(
      '«Адресные рекомендации — Муниципальное казённое учреждение „Управление образования администрации Усть-Ишимского муниципального района“, 2025/2026 учебный год»: https://docs.google.com/open?id=1',
    );
    expect(text).toContain(
      'Не дописан документ «Адресные рекомендации — Муниципальное казённое учреждение „Управление образования администрации Усть-Ишимского муниципального района“, 2025/2026 учебный год (не завершён)»\n' +
        'Следующий запуск команды его не использует: этот документ можно удалить.',
    );
    expect(
      text.startsWith('Справка и письма сформированы не полностью: сбой на стороне сервиса Google.'),
    ).toBe(true);
    expect(text.endsWith('Подробности: Service Documents failed while accessing document with id 1.')).toBe(
      true,
    );
    expect(text).not.toMatch(/"/);
  });

  it('say «не сформированы» when nothing was made, and shorten a long text of Google’s', () => {
    const text = DOCUMENT_MESSAGES.interrupted(`Unexpected error ${'x'.repeat(500)}`, [], null);
    expect(text).toMatch(
      /^Справка и письма не сформированы: ошибка сервиса Google\.\n\nЧто сделать: запустите команду ещё раз\.\n\nПодробности: Unexpected error x+…$/,
    );
    expect(text.length).toBeLessThan(450);
  });

  it.each([
    [
      4,
      3,
      0,
      'Документы Google на вашем Диске готовы (писем ОО: 4). Создано документов: 3. Откройте их по ссылкам:',
    ],
    [
      4,
      0,
      3,
      'Документы Google на вашем Диске готовы (писем ОО: 4). Перезаписано документов этого периода: 3 — их прежнее содержимое заменено. Откройте их по ссылкам:',
    ],
    [
      21,
      1,
      2,
      'Документы Google на вашем Диске готовы (писем ОО: 21). Создано документов: 1. Перезаписано документов этого периода: 2 — их прежнее содержимое заменено. Откройте их по ссылкам:',
    ],
  ])(
    'count %i letters, %i created and %i rewritten documents without a zero part',
    (letters, created, rewritten, text) => {
      expect(DOCUMENT_MESSAGES.ready(letters, created, rewritten)).toBe(text);
    },
  );
});
