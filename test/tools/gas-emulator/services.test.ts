import { describe, it, expect } from 'vitest';
import { createEmulator } from './index';
import type { Lock } from './lock';
import type { Properties } from './properties';
import type { Cache } from './cache';
import type { User } from './session';

function services(now?: () => Date) {
  const emulator = createEmulator({ userEmail: 'kurator@school1.ru', now });
  const g = emulator.globals as {
    LockService: { getDocumentLock(): Lock; getScriptLock(): Lock; getUserLock(): Lock };
    PropertiesService: {
      getDocumentProperties(): Properties;
      getScriptProperties(): Properties;
      getUserProperties(): Properties;
    };
    CacheService: { getDocumentCache(): Cache; getScriptCache(): Cache };
    Session: {
      getActiveUser(): User;
      getEffectiveUser(): User;
      getScriptTimeZone(): string;
      getActiveUserLocale(): string;
    };
    Utilities: { formatDate(date: Date, tz: string, pattern: string): string; sleep(ms: number): void };
    Logger: { log(...args: unknown[]): unknown; getLog(): string };
    console: { log(...args: unknown[]): void; error(...args: unknown[]): void };
    ScriptApp: { AuthMode: Record<string, string> };
  };
  return { emulator, ...g };
}

describe('LockService', () => {
  it('grants a free lock and reports holding it', () => {
    const { LockService } = services();
    const lock = LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('refuses a lock another execution holds until it is released', () => {
    const { emulator, LockService } = services();
    const release = emulator.holdLock('document');
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(30000)).toBe(false);
    expect(() => lock.waitLock(30000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    release();
    expect(lock.tryLock(0)).toBe(true);
  });
});

describe('PropertiesService', () => {
  it('stores strings per scope and reads null for missing keys', () => {
    const { PropertiesService } = services();
    const props = PropertiesService.getDocumentProperties();
    expect(props.getProperty('catalogueVersion')).toBeNull();
    props.setProperty('catalogueVersion', 3).setProperties({ period: '2025', schools: 12 });
    expect(PropertiesService.getDocumentProperties().getProperties()).toEqual({
      catalogueVersion: '3',
      period: '2025',
      schools: '12',
    });
    expect(PropertiesService.getScriptProperties().getKeys()).toEqual([]);
    props.deleteProperty('period');
    expect(props.getKeys()).toEqual(['catalogueVersion', 'schools']);
    props.setProperties({ only: 'x' }, true);
    expect(props.getProperties()).toEqual({ only: 'x' });
    props.deleteAllProperties();
    expect(PropertiesService.getDocumentProperties().getProperties()).toEqual({});
  });

  it('refuses a value over 9 KB, counted in UTF-8 bytes, and keeps the store as it was', () => {
    // «Quotas for Google services»: Properties value size 9 KB / val.
    const props = services().PropertiesService.getDocumentProperties();
    props.setProperty('short', 'я'.repeat(4608));
    expect(() => props.setProperty('long', 'я'.repeat(4609))).toThrow('Argument too large');
    expect(() => props.setProperties({ ok: 'x', long: 'я'.repeat(4609) })).toThrow('Argument too large');
    expect(props.getKeys()).toEqual(['short']);
  });
});

describe('CacheService', () => {
  it('returns null for missing and expired entries', () => {
    let now = new Date('2025-11-20T09:00:00Z');
    const { CacheService } = services(() => now);
    const cache = CacheService.getDocumentCache();
    expect(cache.get('issues')).toBeNull();
    cache.put('issues', '[]', 60);
    cache.putAll({ a: '1', b: '2' });
    expect(cache.get('issues')).toBe('[]');
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
    expect(CacheService.getScriptCache().get('issues')).toBeNull();
    now = new Date('2025-11-20T09:01:01Z');
    expect(cache.get('issues')).toBeNull();
    expect(cache.get('a')).toBe('1');
    cache.removeAll(['a']);
    cache.remove('b');
    expect(cache.getAll(['a', 'b'])).toEqual({});
  });
});

describe('Session and ScriptApp', () => {
  it('reports the user, time zone and locale', () => {
    const { Session, ScriptApp } = services();
    expect(Session.getActiveUser().getEmail()).toBe('kurator@school1.ru');
    expect(Session.getEffectiveUser().getEmail()).toBe('kurator@school1.ru');
    expect(Session.getScriptTimeZone()).toBe('Europe/Moscow');
    expect(Session.getActiveUserLocale()).toBe('ru');
    expect(ScriptApp.AuthMode.LIMITED).toBe('LIMITED');
    expect(Object.keys(ScriptApp.AuthMode)).toEqual(['NONE', 'LIMITED', 'FULL', 'CUSTOM_FUNCTION']);
  });
});

describe('Utilities.formatDate', () => {
  const moment = new Date('2025-11-20T21:05:09Z');

  it('formats in Europe/Moscow (UTC+3), crossing midnight', () => {
    const { Utilities } = services();
    expect(Utilities.formatDate(moment, 'Europe/Moscow', 'dd.MM.yyyy HH:mm:ss')).toBe('21.11.2025 00:05:09');
    expect(Utilities.formatDate(moment, 'Europe/Moscow', 'd.M.yy H:mm')).toBe('21.11.25 0:05');
    expect(Utilities.formatDate(moment, 'UTC', 'yyyy-MM-dd')).toBe('2025-11-20');
    expect(Utilities.formatDate(moment, 'Asia/Yekaterinburg', "'Сформировано' dd.MM.yyyy 'в' HH:mm")).toBe(
      'Сформировано 21.11.2025 в 02:05',
    );
  });

  it('prints the RFC 822 offset for Z, as Java SimpleDateFormat does', () => {
    const { Utilities } = services();
    expect(Utilities.formatDate(moment, 'Europe/Moscow', 'Z')).toBe('+0300');
    expect(Utilities.formatDate(moment, 'Asia/Novosibirsk', 'Z')).toBe('+0700');
    expect(Utilities.formatDate(moment, 'Asia/Vladivostok', 'Z')).toBe('+1000');
    expect(Utilities.formatDate(moment, 'America/New_York', 'Z')).toBe('-0500');
    expect(Utilities.formatDate(new Date('2025-07-01T12:00:00Z'), 'America/New_York', 'Z')).toBe('-0400');
    expect(Utilities.formatDate(moment, 'UTC', 'Z')).toBe('+0000');
  });

  it('prints an apostrophe for two quotes and rejects unsupported letters', () => {
    const { Utilities } = services();
    expect(Utilities.formatDate(moment, 'UTC', "HH''mm")).toBe("21'05");
    expect(() => Utilities.formatDate(moment, 'UTC', 'EEE')).toThrow("Illegal pattern character 'E'");
  });
});

describe('Logger and console', () => {
  it('records output instead of printing it', () => {
    const { emulator, Logger, console: scriptConsole } = services();
    Logger.log('Проверено листов: %s', 12);
    scriptConsole.log('сводная', { schools: 3 });
    scriptConsole.error('ошибка');
    expect(emulator.logs).toEqual([
      { level: 'Logger', message: 'Проверено листов: 12' },
      { level: 'log', message: 'сводная {"schools":3}' },
      { level: 'error', message: 'ошибка' },
    ]);
    expect(Logger.getLog()).toBe('Проверено листов: 12');
  });
});
