/** Where the command writes: process.stdout / process.stderr, or a buffer in tests. */
export interface OutStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
}
