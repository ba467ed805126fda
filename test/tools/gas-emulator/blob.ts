/**
 * Utilities.newBlob and the Blob it makes, as far as the add-on uses them. Google's reference:
 * newBlob(data: Byte[], contentType, name) "Create a new Blob object from a byte array, content
 * type, and name" (https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(Byte,String,String)).
 * A Byte is Java's: an integer from -128 to 127, so the emulator takes a plain array of such
 * integers (or a string, as Google's newBlob(data: String) does) and refuses anything else — a
 * typed array or a byte above 127 — rather than guess what Google would make of it.
 */
import { fail, service, type Env } from './env';

export class Blob {
  constructor(
    /** The bytes, 0…255. */
    readonly _bytes: Uint8Array,
    private _contentType: string | null,
    private _name: string | null,
  ) {}

  getContentType(): string | null {
    return this._contentType;
  }

  setContentType(contentType: string): this {
    this._contentType = String(contentType);
    return this;
  }

  getName(): string | null {
    return this._name;
  }

  setName(name: string): this {
    this._name = String(name);
    return this;
  }

  /** Java bytes, -128…127, as Google returns them. */
  getBytes(): number[] {
    return Array.from(this._bytes, (byte) => (byte > 127 ? byte - 256 : byte));
  }
}

function bytesOf(env: Env, data: unknown): Uint8Array {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (!Array.isArray(data))
    fail(env, 'The parameters (' + typeof data + ") don't match the method signature for Utilities.newBlob.");
  const bytes = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const value: unknown = data[i];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < -128 || value > 127)
      fail(env, `Cannot convert ${String(value)} to byte.`);
    bytes[i] = value & 0xff;
  }
  return bytes;
}

export function newBlob(env: Env, data: unknown, contentType?: unknown, name?: unknown): Blob {
  return service(
    env,
    'Blob',
    new Blob(
      bytesOf(env, data),
      contentType === undefined ? null : String(contentType),
      name === undefined ? null : String(name),
    ),
  );
}
