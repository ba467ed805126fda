/**
 * PropertiesService: three string stores that outlive one execution (they live as long as the
 * emulator). Values are stored as strings, as Google does; missing keys read null.
 */
import { service, type Env } from './env';

/**
 * «Quotas for Google services» (developers.google.com/apps-script/guides/services/quotas):
 * Properties value size 9 KB / val. A longer value makes the call throw.
 */
const MAX_VALUE_BYTES = 9 * 1024;

function checkedValue(value: unknown): string {
  const text = String(value);
  if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
  return text;
}

export class Properties {
  constructor(private readonly _store: Map<string, string>) {}

  getProperty(key: string): string | null {
    return this._store.get(String(key)) ?? null;
  }

  setProperty(key: string, value: unknown): this {
    this._store.set(String(key), checkedValue(value));
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const checked = Object.entries(properties).map(([key, value]) => [key, checkedValue(value)] as const);
    if (deleteAllOthers) this._store.clear();
    for (const [key, value] of checked) this._store.set(key, value);
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }

  deleteProperty(key: string): this {
    this._store.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this._store.clear();
    return this;
  }
}

export function createPropertiesService(env: Env) {
  const stores = {
    document: new Map<string, string>(),
    script: new Map<string, string>(),
    user: new Map<string, string>(),
  };
  const open = (store: Map<string, string>) => service(env, 'Properties', new Properties(store));
  return service(env, 'PropertiesService', {
    getDocumentProperties: (): Properties => open(stores.document),
    getScriptProperties: (): Properties => open(stores.script),
    getUserProperties: (): Properties => open(stores.user),
  });
}
