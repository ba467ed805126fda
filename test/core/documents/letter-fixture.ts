/**
 * A demo municipality with «Список ОО» naming the heads (a man, a woman, a Turkic name with «оглы», a name
 * given by initials) and «Параметры» filled with the letters' own details: the letters built from it.
 */
import { makeDocuments } from '../../../src/app/documents';
import { summarise } from '../../../src/app/summarise';
import type { Documents } from '../../../src/core/documents/documents';
import type { OrganizationSummary } from '../../../src/core/findings/analysis-result';
import { generateMunicipality } from '../../../src/demo/municipality';
import { memoryWorkbook } from '../../tools/memory-workbook';

export const HEADS = [
  'Сорокин Павел Ильич',
  'Кузнецова Ольга Викторовна',
  'Мамедов Ильхам Гасан оглы',
  'Петров П. П.',
] as const;

export const LETTER_PARAMETERS = {
  'Отправитель письма': 'МКУ «Информационно-методический центр в сфере образования»',
  'Адрес и телефон отправителя': '646580, с. Усть-Ишим, ул. Горького, 30; тел. (38150) 2-19-77',
  'Исходящий номер письма': '28',
  'Дата письма': '20.12.2025',
  Исполнитель: 'Иванова Ирина Петровна',
  'Телефон исполнителя': '(38150) 2-19-77',
} as const;

export interface LetterFixture {
  readonly documents: Documents;
  /** The schools in the order of HEADS (then the rest), as their tabs name them. */
  readonly schools: readonly string[];
  /** Every person's name in «База наставников» (mentors and mentees). */
  readonly baseNames: readonly string[];
  readonly organizations: readonly OrganizationSummary[];
}

/**
 * `sheets` with «Список ОО» giving the heads of `schools` (HEADS in order, the rest without a head) and
 * «Параметры» with the letters' details filled.
 */
export function withLetterDetails(
  sheets: Readonly<Record<string, readonly (readonly unknown[])[]>>,
  schools: readonly string[],
): Record<string, unknown[][]> {
  const copy: Record<string, unknown[][]> = Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => [name, rows.map((row) => [...row])]),
  );
  copy['Список ОО'] = [
    ['ОО', 'Лист', 'Руководитель', 'Куратор', 'E-mail куратора'],
    ...schools.map((school, i) => [school, '', HEADS[i] ?? '', '', '']),
  ];
  for (const [label, value] of Object.entries(LETTER_PARAMETERS)) {
    const row = copy['Параметры'].find((cells) => cells[0] === label);
    if (row) row[1] = value;
    else copy['Параметры'].push([label, value]);
  }
  return copy;
}

/** The school names of a demo municipality, as its tabs give them. */
export function demoSchools(
  sheets: readonly { readonly values: readonly (readonly unknown[])[] }[],
): string[] {
  return sheets.flatMap((sheet) =>
    sheet.values[1]?.[0] === 'Образовательная организация:' ? [String(sheet.values[1][1])] : [],
  );
}

export function letterFixture(): LetterFixture {
  const demo = generateMunicipality({ seed: 11, orgs: 6 });
  const schools = demoSchools(demo.sheets);
  const sheets = withLetterDetails(
    Object.fromEntries(demo.sheets.map((sheet) => [sheet.name, sheet.values])),
    schools,
  );
  // The first school's form did not ask about the mentors' survey (5.1, 5.2 are optional).
  const firstTab = demo.sheets.find((sheet) => sheet.values[1]?.[1] === schools[0])?.name as string;
  sheets[firstTab] = sheets[firstTab].filter((row) => !row.includes('5.1') && !row.includes('5.2'));
  const base = sheets['База наставников'];
  const baseNames = base
    .slice(1)
    .flatMap((row) => [row[1], row[5]])
    .flatMap((cell) => String(cell ?? '').split(/[;,\n]/))
    .map((name) => name.trim())
    .filter((name) => /^[А-ЯЁA-Z][а-яёa-z]+ [А-ЯЁ][а-яё]+/.test(name));
  const workbook = memoryWorkbook(sheets);
  const summarised = summarise(workbook);
  const { documents } = makeDocuments(workbook, summarised, { generatedAt: '20.12.2025' });
  return { documents, schools, baseNames, organizations: summarised.result.organizations };
}
