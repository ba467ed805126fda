/**
 * LockService. A lock belongs to the running execution (re-acquiring it succeeds); another
 * execution is simulated by Emulator.holdLock(kind), and then tryLock returns false and waitLock
 * throws Google's timeout message at once (no real waiting).
 *
 * getDocumentLock() returns null outside the context of a containing document. Google's
 * reference, "Class LockService" → getDocumentLock()
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()):
 * "If this method is called outside of the context of a containing document (such as from a
 * standalone script or webapp), null is returned." Its return type is `Lock|null`. The emulator
 * runs in a document context unless EmulatorOptions.documentContext is false or
 * Emulator.setDocumentContext(false) was called.
 */
import { fail, service, type Env } from './env';

export type LockKind = 'document' | 'script' | 'user';

export interface LockState {
  /** Who holds each lock: this execution, another one, or nobody. */
  holders: Record<LockKind, 'self' | 'other' | null>;
  /** False when the script runs outside a containing document: getDocumentLock() gives null. */
  documentContext: boolean;
}

export function newLockState(documentContext = true): LockState {
  return { holders: { document: null, script: null, user: null }, documentContext };
}

export class Lock {
  constructor(
    private readonly _env: Env,
    private readonly _state: LockState,
    private readonly _kind: LockKind,
  ) {}

  tryLock(_timeoutInMillis: number): boolean {
    if (this._state.holders[this._kind] === 'other') return false;
    this._state.holders[this._kind] = 'self';
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      fail(this._env, 'Lock timeout: another process was holding the lock for too long.');
  }

  releaseLock(): void {
    if (this._state.holders[this._kind] === 'self') this._state.holders[this._kind] = null;
  }

  hasLock(): boolean {
    return this._state.holders[this._kind] === 'self';
  }
}

export function createLockService(env: Env, state: LockState) {
  const lock = (kind: LockKind) => service(env, 'Lock', new Lock(env, state, kind));
  return service(env, 'LockService', {
    getDocumentLock: (): Lock | null => (state.documentContext ? lock('document') : null),
    getScriptLock: (): Lock => lock('script'),
    getUserLock: (): Lock => lock('user'),
  });
}
