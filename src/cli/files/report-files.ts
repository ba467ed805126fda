/**
 * Where `cmn-sheets report` puts the documents (docs/domain.md#command-line): the two reports at the top of
 * the folder and the letters in «Адресные рекомендации/», one file per school named after it.
 */
import { join } from 'node:path';
import type { Documents } from '../../core/documents/documents';
import type { DocModel } from '../../core/documents/doc-model';
import { LETTERS_NAME, PUBLIC_REPORT_NAME, REPORT_NAME } from '../../core/documents/messages';
import { uniqueFileNames, windowsFileName } from '../../core/text/windows-file-name';

export type DocumentKind = 'report' | 'public-report' | 'letter';

export interface PlannedFile {
  readonly path: string;
  readonly kind: DocumentKind;
  readonly school: string | null;
  readonly model: DocModel;
}

export const DEFAULT_REPORT_DIR = 'отчёт';

export function lettersFolder(dir: string): string {
  return join(dir, windowsFileName(LETTERS_NAME));
}

export function plannedFiles(dir: string, documents: Documents): PlannedFile[] {
  const letterNames = uniqueFileNames(documents.letters.map((letter) => letter.school));
  return [
    { path: join(dir, `${REPORT_NAME}.docx`), kind: 'report', school: null, model: documents.report },
    {
      path: join(dir, `${PUBLIC_REPORT_NAME}.docx`),
      kind: 'public-report',
      school: null,
      model: documents.publicReport,
    },
    ...documents.letters.map((letter, i) => ({
      path: join(lettersFolder(dir), `${letterNames[i]}.docx`),
      kind: 'letter' as const,
      school: letter.school,
      model: letter.model,
    })),
  ];
}
