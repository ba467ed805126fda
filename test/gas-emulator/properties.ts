/**
 * PropertiesService: three string stores that outlive one execution (they live as long as the
 * emulator). Values are stored as strings, as Google does; missing keys read null.
 */
import { service, type Env } from './env';

export class Properties {
  constructor(private readonly _store: Map<string, string>) {}

  getProperty(key: string): string | null { return this._store.get(String(key)) ?? null; }

  setProperty(key: string, value: unknown): this {
    this._store.set(String(key), String(value));
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this._store.clear();
    for (const [key, value] of Object.entries(properties)) this._store.set(key, String(value));
    return this;
  }

  getProperties(): Record<string, string> { return Object.fromEntries(this._store); }
  getKeys(): string[] { return [...this._store.keys()]; }

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
  const stores = { document: new Map<string, string>(), script: new Map<string, string>(), user: new Map<string, string>() };
  const open = (store: Map<string, string>) => service(env, 'Properties', new Properties(store));
  return service(env, 'PropertiesService', {
    getDocumentProperties: (): Properties => open(stores.document),
    getScriptProperties: (): Properties => open(stores.script),
    getUserProperties: (): Properties => open(stores.user),
  });
}
