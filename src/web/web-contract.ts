/**
 * What the page and its worker say to each other (postMessage). Everything the page shows is in these
 * plain objects, already worded in Russian by the worker; the page only puts it on screen as text.
 */
import type { Severity } from '../core/issues/severity';

export type Role = 'coordinator' | 'curator';

export interface DroppedFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
  /** The file's modification time (File.lastModified): when a school's file was saved, if its book does not say. */
  readonly modified?: number;
}

/** The page asks for one run over the files dropped on one zone. */
export interface RunRequest {
  readonly role: Role;
  readonly files: readonly DroppedFile[];
  /** The computer's time when the files were dropped: generated sheets and documents are dated by it. */
  readonly now: number;
}

export interface FileLine {
  readonly name: string;
  readonly read: boolean;
  readonly note: string;
}

export interface IssueLine {
  readonly cell: string;
  readonly severity: Severity;
  readonly label: string;
  readonly message: string;
  readonly hint: string;
}

export interface IssueGroup {
  readonly title: string;
  readonly counts: string;
  readonly issues: readonly IssueLine[];
  readonly omitted: string;
}

export interface FigureLine {
  readonly code: string;
  readonly title: string;
  readonly value: string;
  readonly target: string;
  readonly met: string;
  /** Whether the target is reached; null without a target or a value. */
  readonly reached: boolean | null;
  readonly counted: string;
}

export interface RunView {
  readonly role: Role;
  readonly files: readonly FileLine[];
  /** One-line facts under the files: the period, schools counted, sheets left out. */
  readonly facts: readonly string[];
  readonly notSubmitted: readonly string[];
  /** «Найдены 2 ошибки и 1 предупреждение» or «Ошибок и предупреждений не найдено.». */
  readonly counts: string;
  /** Each school with errors (the coordinator's run): its errors wherever they are. */
  readonly schools: readonly IssueGroup[];
  /** Every issue by sheet. */
  readonly groups: readonly IssueGroup[];
  readonly figures: readonly FigureLine[];
  /** The downloads the worker prepares next, in the order they come: id and caption. */
  readonly downloads: readonly { readonly id: string; readonly label: string }[];
}

export type WorkerMessage =
  | { readonly type: 'progress'; readonly step: string; readonly done: number; readonly total: number }
  | { readonly type: 'view'; readonly view: RunView }
  | {
      readonly type: 'download';
      readonly id: string;
      readonly fileName: string;
      readonly mime: string;
      readonly bytes: ArrayBuffer;
    }
  | { readonly type: 'finished' }
  | { readonly type: 'refused'; readonly files: readonly FileLine[]; readonly message: string }
  | { readonly type: 'failed'; readonly message: string };
