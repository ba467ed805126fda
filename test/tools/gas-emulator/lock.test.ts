/**
 * LockService.getDocumentLock() outside a containing document. Google's reference, "Class
 * LockService" → getDocumentLock() (https://developers.google.com/apps-script/reference/lock/lock-service):
 * "If this method is called outside of the context of a containing document (such as from a
 * standalone script or webapp), null is returned." Return type `Lock|null`.
 */
import { describe, it, expect } from 'vitest';
import { createEmulator, loadBundle } from './index';
import type { Lock } from './lock';

type LockServiceGlobal = { getDocumentLock(): Lock | null; getScriptLock(): Lock; getUserLock(): Lock };

describe('getDocumentLock outside a document', () => {
  it('returns a lock in a bound script (the default) and null with documentContext: false', () => {
    const bound = createEmulator().globals.LockService as LockServiceGlobal;
    expect(bound.getDocumentLock()?.tryLock(0)).toBe(true);
    const standalone = createEmulator({ documentContext: false });
    const service = standalone.globals.LockService as LockServiceGlobal;
    expect(service.getDocumentLock()).toBeNull();
    expect(service.getScriptLock().tryLock(0)).toBe(true);
    expect(service.getUserLock().tryLock(0)).toBe(true);
    expect(standalone.calls()['LockService.getDocumentLock']).toBe(1);
  });

  it('switches with setDocumentContext, so a script that assumes a lock fails as it would on Google', () => {
    const emulator = createEmulator();
    const bundle = loadBundle(
      'function guarded() { var lock = LockService.getDocumentLock(); return lock.tryLock(1000); }',
      emulator,
    );
    expect(bundle.call('guarded')).toBe(true);
    emulator.setDocumentContext(false);
    expect(() => bundle.call('guarded')).toThrow("Cannot read properties of null (reading 'tryLock')");
    emulator.setDocumentContext(true);
    expect(bundle.call('guarded')).toBe(true);
  });
});
