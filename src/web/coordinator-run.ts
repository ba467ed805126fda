/**
 * The coordinator's run over a dropped municipal workbook, composed of the use cases exactly as the command
 * line composes them (src/cli/commands): what was read, the check, the figures (`summary`), then the files
 * to download one after another — the copy with «Сводная» and «Рекомендации» (`summary -o`), the reports and
 * the letters (`report`), the long format (`export`).
 */
import { makeDocuments } from '../app/documents';
import { generateRecommendations, generateSummary } from '../app/generate';
import { formatGeneratedAt } from '../app/generated-at';
import { localDay } from '../app/local-day';
import { recognisedAny } from '../app/recognised';
import { exportRegion } from '../app/region/export-region';
import { longParquetBytes } from '../app/region/long-parquet-bytes';
import { municipalityOfFile, summariseBook } from '../app/region/municipal-book';
import { summarise, type Summarised } from '../app/summarise';
import type { Workbook } from '../app/workbook';
import { severityCounts } from '../core/issues/issue-report';
import { longCsvHeader, longCsvLine } from '../core/long-format/long-csv';
import { LETTERS_NAME, PUBLIC_REPORT_NAME, REPORT_NAME } from '../core/documents/messages';
import { uniqueFileNames } from '../core/text/windows-file-name';
import { schoolYearOn } from '../app/school-year';
import { addTemplates, withTabNames } from '../app/template-files';
import type { Catalogue } from '../core/catalogue/catalogue';
import type { RosterEntry } from '../core/roster';
import { newXlsxWorkbook } from '../xlsx/xlsx-workbook';
import { docxBytes } from '../docx/docx-document';
import { storedZip } from '../docx/docx-package';
import { countsText } from './counts-text';
import { figureLines } from './figure-lines';
import { schoolGroups, sheetGroups } from './issue-groups';
import { DOWNLOAD_TEXTS as D, WORKER_TEXTS as T } from './messages';
import { openBook, readDroppedBook } from './open-book';
import { collectDropped } from './collect-run';
import type { DroppedFile, FileLine, RunView } from './web-contract';
import { breathe, progress, type Channel } from './channel';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Prepared {
  readonly id: string;
  readonly label: string;
  readonly fileName: string;
  readonly mime: string;
  readonly make: () => Promise<Uint8Array>;
}

const encoder = new TextEncoder();

/** The CSV exactly as `export --format csv` writes it: the header and each row, lines ended by CRLF. */
function csvBytes(rows: Parameters<typeof longCsvLine>[0][]): Uint8Array {
  return encoder.encode([longCsvHeader(), ...rows.map(longCsvLine)].map((text) => `${text}\r\n`).join(''));
}

interface Read {
  readonly file: DroppedFile;
  readonly summarised: Summarised;
  readonly sheetOrder: readonly string[];
}

function summaryView({ file, summarised, sheetOrder }: Read, downloads: readonly Prepared[]): RunView {
  const { result } = summarised;
  return {
    role: 'coordinator',
    files: [{ name: file.name, read: true, note: T.read }],
    facts: [
      T.period(result.period),
      T.schools(result.organizations.length),
      ...result.skipped.map((each) => T.skipped(each.sheet, each.reason)),
    ],
    notSubmitted: result.notSubmitted,
    counts: countsText(severityCounts(result.issues)),
    schools: schoolGroups(result.organizations),
    groups: sheetGroups(result.issues, sheetOrder, result.organizations),
    figures: figureLines(result.indicators),
    downloads: downloads.map(({ id, label }) => ({ id, label })),
  };
}

/** The files to download, each made only when its turn comes (the page shows the figures first). */
/** Each school of «Список ОО» its own file, as `template --school ОО --roster книга.xlsx` writes it; in one .zip. */
async function schoolTemplates(
  roster: readonly RosterEntry[],
  catalogue: Catalogue,
  date: Date,
): Promise<Uint8Array> {
  const period = schoolYearOn(localDay(date));
  const names = uniqueFileNames(roster.map((line) => line.name));
  const files = new Map<string, Uint8Array>();
  for (const [i, line] of roster.entries()) {
    const book = newXlsxWorkbook();
    addTemplates(book, 'school', { schools: withTabNames([line]), catalogue, period });
    files.set(`${names[i]}.xlsx`, await book.toBuffer());
  }
  return storedZip(files);
}

function downloadsOf({ file, summarised }: Read, workbook: Workbook, date: Date): Prepared[] {
  const base = municipalityOfFile(file.name);
  const municipality = base;
  const generatedAt = formatGeneratedAt(date);
  // `report` summarises without today's date, `summary` with it: each as its command does.
  let documents: ReturnType<typeof makeDocuments>['documents'] | null = null;
  const made = () =>
    (documents ??= makeDocuments(workbook, summarise(workbook, { municipality }), {
      generatedAt: generatedAt.slice(0, 10),
    }).documents);
  let rows: ReturnType<typeof exportRegion>['rows'] | null = null;
  const longRows = () => (rows ??= exportRegion([summariseBook(workbook, file.name, municipality)]).rows);
  const roster = summarised.analysis.roster?.entries ?? [];
  const templates: Prepared[] =
    roster.length === 0
      ? []
      : [
          {
            id: 'templates',
            label: D.templates,
            fileName: `${D.templatesFile}.zip`,
            mime: 'application/zip',
            make: () => schoolTemplates(roster, summarised.analysis.catalogue, date),
          },
        ];
  return [
    {
      id: 'summary',
      label: D.summary,
      fileName: `${base} — ${D.summary}.xlsx`,
      mime: XLSX,
      make: async () => {
        const opened = await openBook(file);
        if (!('workbook' in opened)) throw new Error(opened.reason);
        const copy = opened.workbook;
        const { result } = summarise(copy, { municipality, today: localDay(date) });
        generateSummary(copy, result, { generatedAt });
        generateRecommendations(copy, result, { generatedAt });
        return copy.toBuffer();
      },
    },
    {
      id: 'report',
      label: D.report,
      fileName: `${REPORT_NAME}.docx`,
      mime: DOCX,
      make: () => docxBytes(made().report),
    },
    {
      id: 'public-report',
      label: D.publicReport,
      fileName: `${PUBLIC_REPORT_NAME}.docx`,
      mime: DOCX,
      make: () => docxBytes(made().publicReport),
    },
    {
      id: 'letters',
      label: D.letters,
      fileName: `${LETTERS_NAME}.zip`,
      mime: 'application/zip',
      make: async () => {
        const letters = made().letters;
        const names = uniqueFileNames(letters.map((letter) => letter.school));
        const files = new Map<string, Uint8Array>();
        for (const [i, letter] of letters.entries())
          files.set(`${names[i]}.docx`, await docxBytes(letter.model));
        return storedZip(files);
      },
    },
    {
      id: 'csv',
      label: D.csv,
      fileName: `${base}.csv`,
      mime: 'text/csv',
      make: async () => csvBytes(longRows()),
    },
    {
      id: 'parquet',
      label: D.parquet,
      fileName: `${base}.parquet`,
      mime: 'application/vnd.apache.parquet',
      make: () => longParquetBytes(longRows()),
    },
    ...templates,
  ];
}

const isText = (file: DroppedFile) => /\.(txt|tsv)$/i.test(file.name);

/** The one municipal workbook of the run: the dropped book, or the book collected from the dropped files. */
async function municipalBook(
  files: readonly DroppedFile[],
  channel: Channel,
): Promise<{ file: DroppedFile; lines: readonly FileLine[] | null; collected: boolean } | null> {
  if (files.length === 1 && !isText(files[0])) return { file: files[0], lines: null, collected: false };
  const collected = await collectDropped(files, channel);
  if (collected.book === null) {
    channel.send({ type: 'refused', files: collected.files, message: collected.message });
    return null;
  }
  return { file: collected.book, lines: collected.files, collected: true };
}

export async function runCoordinator(
  files: readonly DroppedFile[],
  now: number,
  channel: Channel,
): Promise<void> {
  const date = new Date(now);
  const chosen = await municipalBook(files, channel);
  if (chosen === null) return;
  const { file } = chosen;
  const book = await readDroppedBook(file, channel, chosen.lines);
  if (book === null) return;
  const { workbook } = book;
  progress(channel, T.summarising);
  await breathe();
  const summarised = summarise(workbook, {
    municipality: municipalityOfFile(file.name),
    today: localDay(date),
  });
  if (!recognisedAny(summarised.analysis)) return book.refuse(T.nothingRecognised(file.name));
  const read = { file, summarised, sheetOrder: workbook.listSheets().map((sheet) => sheet.name) };
  const collected: Prepared[] = chosen.collected
    ? [
        {
          id: 'collected',
          label: D.collected,
          fileName: file.name,
          mime: XLSX,
          make: async () => new Uint8Array(file.bytes.slice(0)),
        },
      ]
    : [];
  const downloads = [...collected, ...downloadsOf(read, workbook, date)];
  const view = summaryView(read, downloads);
  channel.send({ type: 'view', view: chosen.lines === null ? view : { ...view, files: chosen.lines } });
  for (const [index, each] of downloads.entries()) {
    progress(channel, T.preparing(each.label), index, downloads.length);
    await breathe();
    const bytes = await each.make();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    channel.send({ type: 'download', id: each.id, fileName: each.fileName, mime: each.mime, bytes: buffer }, [
      buffer,
    ]);
  }
  channel.send({ type: 'finished' });
}
