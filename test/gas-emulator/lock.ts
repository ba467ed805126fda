/**
 * LockService. A lock belongs to the running execution (re-acquiring it succeeds); another
 * execution is simulated by Emulator.holdLock(kind), and then tryLock returns false and waitLock
 * throws Google's timeout message at once (no real waiting).
 */
import { fail, service, type Env } from './env';

export type LockKind = 'document' | 'script' | 'user';

export interface LockState {
  /** Who holds each lock: this execution, another one, or nobody. */
  holders: Record<LockKind, 'self' | 'other' | null>;
}

export function newLockState(): LockState {
  return { holders: { document: null, script: null, user: null } };
}

export class Lock {
  constructor(private readonly _env: Env, private readonly _state: LockState, private readonly _kind: LockKind) {}

  tryLock(_timeoutInMillis: number): boolean {
    if (this._state.holders[this._kind] === 'other') return false;
    this._state.holders[this._kind] = 'self';
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) fail(this._env, 'Lock timeout: another process was holding the lock for too long.');
  }

  releaseLock(): void {
    if (this._state.holders[this._kind] === 'self') this._state.holders[this._kind] = null;
  }

  hasLock(): boolean { return this._state.holders[this._kind] === 'self'; }
}

export function createLockService(env: Env, state: LockState) {
  const lock = (kind: LockKind) => service(env, 'Lock', new Lock(env, state, kind));
  return service(env, 'LockService', {
    getDocumentLock: (): Lock => lock('document'),
    getScriptLock: (): Lock => lock('script'),
    getUserLock: (): Lock => lock('user'),
  });
}
