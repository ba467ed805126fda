/** Bytes already in memory (a .docx), written whole or not at all (see atomic-write.ts). */
import { writeFileAtomic } from './atomic-write';

export function atomicBytes(path: string, bytes: Uint8Array): Promise<void> {
  return writeFileAtomic(path, async (out) => {
    await new Promise<void>((resolve, reject) =>
      out.write(bytes, (error) => (error ? reject(error) : resolve())),
    );
  });
}
