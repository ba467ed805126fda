/**
 * A school's own file as a curator returns it: made by `cmn-sheets template --school`, then its
 * «Значение» column and «База наставников» filled in with exceljs, as Excel would save them.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { utimes, writeFile } from 'node:fs/promises';
import { BUILTIN_CATALOGUE, isInput } from '../../src/core/catalogue/catalogue';

/** Valid values that agree with each other (parts never exceed their totals). */
export const VALID_VALUES: Readonly<Record<string, string | number>> = {
  '1.1': 40,
  '1.2': 2,
  '1.3': 3,
  '1.4': 10,
  '1.5': 2,
  '1.6': 3,
  '1.7': 3,
  '1.8': 2,
  '1.9': 1,
  '1.11': 5,
  '2.9': 1,
  '2.10': 3,
  '2.11': 3,
  '4.1': 300,
  '4.2': 100,
  '4.3': 5,
  '4.4': 3,
  '4.5': 10,
  '4.6': 120,
  '4.7': 20,
  '5.1': 2,
  '5.2': 2,
  '5.3': 3,
  '5.4': 3,
};

/** Every input of the catalogue: the values above, «да» for documents, 0 for the other counts. */
export function validValues(): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const def of BUILTIN_CATALOGUE.indicators.filter(isInput)) {
    const code = def.code as string;
    values[code] = VALID_VALUES[code] ?? (def.type === 'flag' ? 'да' : 0);
  }
  return values;
}

export interface Mentor {
  readonly fio: string;
  readonly mentees: string;
  readonly form?: string;
}

/** Two mentors, as 1.2 = 2 of VALID_VALUES says. */
export const TWO_MENTORS: readonly Mentor[] = [
  { fio: 'Петрова Анна Сергеевна', mentees: 'Сидоров Иван Петрович' },
  { fio: 'Кузнецова Ольга Викторовна', mentees: 'Орлова Мария Андреевна; Белов Олег Игоревич' },
];

const SURNAMES = ['Лебедева', 'Соколова', 'Морозова', 'Волкова', 'Зайцева', 'Павлова'];
const MENTEES = ['Громов Илья Сергеевич', 'Титова Анна Олеговна', 'Фомин Пётр Ильич', 'Шилова Вера Павловна'];

/** Two mentors of the `n`-th school, named apart from every other school's. */
export function mentorsOf(n: number): Mentor[] {
  return [0, 1].map((i) => ({
    fio: `${SURNAMES[(2 * n + i) % SURNAMES.length]}${n >= 3 ? '-Орлова' : ''} Елена Викторовна`,
    mentees: MENTEES[(2 * n + i) % MENTEES.length],
  }));
}

/**
 * Fills the template's school tab (values by code in column A, into «Значение») and appends the
 * mentors to its base, in place.
 */
export async function fillSchoolFile(
  path: string,
  school: string,
  values: Readonly<Record<string, unknown>>,
  mentors: readonly Mentor[] = [],
): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const tab = book.worksheets.find((sheet) => sheet.getCell('A5').value === 'Код');
  if (!tab) throw new Error(`no school tab in ${path}`);
  for (let row = 6; row <= tab.rowCount; row++) {
    const code = tab.getCell(row, 1).value;
    if (typeof code === 'string' && code in values)
      tab.getCell(row, 5).value = values[code] as ExcelJS.CellValue;
  }
  const base = book.getWorksheet('База наставников');
  if (!base) throw new Error(`no base in ${path}`);
  mentors.forEach((mentor, i) => {
    base.getRow(i + 2).values = [
      i + 1,
      mentor.fio,
      school,
      'Методика преподавания предмета, сопровождение молодых педагогов',
      'Победитель муниципального конкурса «Педагог года»',
      mentor.mentees,
      mentor.form ?? 'педагог — молодой педагог',
      school,
    ];
  });
  await book.xlsx.writeFile(path);
}

/**
 * Sets when a file was saved: its book's own «modified» (docProps/core.xml; none when `book` is null, as some
 * writers leave it out) and the file's modification time.
 */
export async function setSaved(
  path: string,
  book: Date | null,
  file: Date = book ?? new Date(),
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  // exceljs writes the time of the save when `modified` is not set: it is removed from its output instead.
  workbook.modified = book ?? new Date();
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  if (book === null) {
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    zip.file('docProps/core.xml', core.replace(/<dcterms:modified[^>]*>[^<]*<\/dcterms:modified>/, ''));
  }
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
  await utimes(path, file, file);
}
