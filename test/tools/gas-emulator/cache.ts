/**
 * CacheService: string caches with expiry on the emulator's clock (default 600 s, at most
 * 21600 s, as Google). Missing or expired keys read null.
 */
import { service, type Env } from './env';

const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21600;

interface Entry {
  value: string;
  expires: number;
}

export class Cache {
  constructor(
    private readonly _env: Env,
    private readonly _store: Map<string, Entry>,
  ) {}

  private _live(key: string): Entry | null {
    const entry = this._store.get(key);
    if (!entry) return null;
    if (entry.expires <= this._env.now().getTime()) {
      this._store.delete(key);
      return null;
    }
    return entry;
  }

  get(key: string): string | null {
    return this._live(String(key))?.value ?? null;
  }

  put(key: string, value: unknown, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    const ttl = Math.min(expirationInSeconds, MAX_TTL_SECONDS);
    this._store.set(String(key), { value: String(value), expires: this._env.now().getTime() + ttl * 1000 });
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const entry = this._live(String(key));
      if (entry) out[key] = entry.value;
    }
    return out;
  }

  putAll(values: Record<string, unknown>, expirationInSeconds = DEFAULT_TTL_SECONDS): void {
    for (const [key, value] of Object.entries(values)) this.put(key, value, expirationInSeconds);
  }

  remove(key: string): void {
    this._store.delete(String(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this._store.delete(String(key));
  }
}

export function createCacheService(env: Env) {
  const stores = {
    document: new Map<string, Entry>(),
    script: new Map<string, Entry>(),
  };
  // «Gets the cache instance scoped to the current user and script»
  // (https://developers.google.com/apps-script/reference/cache/cache-service#getUserCache()):
  // one store per user, so what one user keeps is never another's.
  const users = new Map<string, Map<string, Entry>>();
  const userStore = (): Map<string, Entry> => {
    const store = users.get(env.userEmail) ?? new Map<string, Entry>();
    users.set(env.userEmail, store);
    return store;
  };
  const open = (store: Map<string, Entry>) => service(env, 'Cache', new Cache(env, store));
  return service(env, 'CacheService', {
    getDocumentCache: (): Cache => open(stores.document),
    getScriptCache: (): Cache => open(stores.script),
    getUserCache: (): Cache => open(userStore()),
  });
}
