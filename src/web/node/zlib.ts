/**
 * `node:zlib` for the browser bundle: zip-entries.ts inflates each part with `inflateRawSync` and stops at
 * `maxOutputLength`. Here fflate (a dependency of docx) inflates the data in small slices, so a part that
 * claims little and unpacks to much is stopped after at most one slice's worth of output past the limit,
 * with the same RangeError Node gives — never inflated whole first.
 */
import { Inflate } from 'fflate';
import { Buffer } from 'buffer';

/** Compressed bytes per step: deflate expands at most ~1 032 times, so one step adds at most ~16 MB. */
const SLICE = 16 * 1024;

export function inflateRawSync(data: Uint8Array, options: { maxOutputLength?: number } = {}): Buffer {
  const max = options.maxOutputLength ?? Number.MAX_SAFE_INTEGER;
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflate = new Inflate((chunk) => {
    length += chunk.length;
    if (length > max) throw new RangeError(`Cannot create a Buffer larger than ${max} bytes`);
    chunks.push(chunk);
  });
  if (data.length === 0) inflate.push(data, true);
  for (let at = 0; at < data.length; at += SLICE)
    inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  return Buffer.concat(chunks, length);
}
