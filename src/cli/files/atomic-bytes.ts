/**
 * Bytes made in memory (a .docx, an .xlsx), written whole or not at all (see atomic-write.ts).
 * Given as a function, they are made once the temporary file exists: Ctrl-C while they are being
 * made is then reported, and cleaned up, as one during the write itself.
 */
import { writeFileAtomic } from './atomic-write';

export function atomicBytes(path: string, bytes: Uint8Array | (() => Promise<Uint8Array>)): Promise<void> {
  return writeFileAtomic(path, async (out) => {
    const made = typeof bytes === 'function' ? await bytes() : bytes;
    await new Promise<void>((resolve, reject) =>
      out.write(made, (error) => (error ? reject(error) : resolve())),
    );
  });
}
