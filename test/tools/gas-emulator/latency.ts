/**
 * Virtual time spent in service calls. Every call the counter counts charges a fixed number of
 * virtual milliseconds — nothing sleeps — so a test or the benchmark can print how long a run
 * would take on Google from the calls it makes.
 *
 * Google publishes no per-call latency. Its best-practices guide says calls to other services are
 * what makes scripts slow ("Using JavaScript operations within your script is considerably faster
 * than calling other services", https://developers.google.com/apps-script/guides/support/best-practices)
 * and that alternating reads and writes is slow. The defaults below (30 ms a read, 50 ms a write)
 * are assumptions, not measurements: round figures with writes dearer than reads. Set
 * EmulatorOptions.latency to model something else.
 */

export interface LatencyOptions {
  /** Milliseconds charged for a read (get*, is*, has*, find*); default 30. */
  readMs?: number;
  /** Milliseconds charged for any other call; default 50. */
  writeMs?: number;
  /** Milliseconds for particular calls by 'Class.method', e.g. { 'SpreadsheetApp.flush': 200 }. */
  methodMs?: Record<string, number>;
}

export const DEFAULT_READ_MS = 30;
export const DEFAULT_WRITE_MS = 50;

/**
 * Google Docs edits are not round trips: Document.saveAndClose() "causes pending updates to be
 * flushed and applied" (https://developers.google.com/apps-script/reference/document/document#saveAndClose()),
 * so an edit of a document element is charged as in-memory work, and the flush and the creation of
 * a document (a new file in Drive) as the dear calls. Estimates, like the figures above.
 */
export const DOCUMENT_EDIT_MS = 5;
const DOCUMENT_CLASSES = new Set([
  'Document',
  'Body',
  'Paragraph',
  'ListItem',
  'Table',
  'TableRow',
  'TableCell',
  'Text',
]);
/**
 * Drive's conversion of an upload into a Google Doc is one request that uploads the file and waits
 * for the import: charged at 5 s whatever the size (a document of fifty letters is a few megabytes),
 * a lookup of a file at a round trip's 0.5 s, and Utilities.newBlob at 0.3 s for turning megabytes
 * of bytes into a Blob. Estimates, like the figures above.
 */
export const DOCUMENT_CALL_MS: Readonly<Record<string, number>> = {
  'DocumentApp.create': 1000,
  'DocumentApp.openById': 500,
  'Document.saveAndClose': 1000,
  'Drive.Files.create': 5000,
  'Drive.Files.update': 5000,
  'Drive.Files.get': 500,
  'Drive.Files.list': 500,
  'Utilities.newBlob': 300,
};

export class VirtualClock {
  private elapsed = 0;
  /** Never reset: the time a script's own clock has run ahead since the emulator started. */
  private total = 0;
  private readonly readMs: number;
  private readonly writeMs: number;
  private readonly methodMs: Record<string, number>;

  constructor(options: LatencyOptions = {}) {
    this.readMs = options.readMs ?? DEFAULT_READ_MS;
    this.writeMs = options.writeMs ?? DEFAULT_WRITE_MS;
    this.methodMs = options.methodMs ?? {};
  }

  /** The call observer: charges one call. */
  readonly observe = (name: string, write: boolean): void => {
    const ms =
      this.methodMs[name] ??
      DOCUMENT_CALL_MS[name] ??
      (isDocumentEdit(name) ? DOCUMENT_EDIT_MS : write ? this.writeMs : this.readMs);
    this.elapsed += ms;
    this.total += ms;
  };

  elapsedMs(): number {
    return this.elapsed;
  }

  /** All the virtual time so far, whatever reset() cleared: what Date.now() in a loaded bundle adds. */
  totalMs(): number {
    return this.total;
  }

  reset(): void {
    this.elapsed = 0;
  }
}

function isDocumentEdit(name: string): boolean {
  return DOCUMENT_CLASSES.has(name.slice(0, name.indexOf('.')));
}
