/**
 * A coordinator who unticks the Drive permission on Google's consent screen. Google's consent for
 * Apps Script is granular: "Granular OAuth permissions allow users to authorize specific scopes,
 * and scripts should be designed to handle these permissions using requireScopes or
 * getAuthorizationInfo methods" (https://developers.google.com/apps-script/concepts/scopes). As
 * Google documents the two (https://developers.google.com/apps-script/reference/script/script-app,
 * https://developers.google.com/apps-script/reference/script/authorization-info):
 * getAuthorizationInfo(authMode, oAuthScopes) "checks if the user has granted authorization for all
 * the requested scopes" — getAuthorizationStatus() REQUIRED or NOT_REQUIRED, getAuthorizationUrl()
 * null when none is needed, getAuthorizedScopes() the granted ones of those asked about — and
 * requireScopes(authMode, oAuthScopes) "Validates if the user has granted consent for the requested
 * scopes … If not, ends the current execution and renders a consent prompt".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_MESSAGES } from '../../src/gas/document-messages';
import { createEmulator } from '../tools/gas-emulator';
import { seedMunicipality, start } from './municipality';

const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const MANIFEST_SCOPES = (JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] })
  .oauthScopes;

interface AuthorizationInfoLike {
  getAuthorizationStatus(): string;
  getAuthorizationUrl(): string | null;
  getAuthorizedScopes(): string[];
}
interface ScriptAppLike {
  AuthMode: { FULL: string };
  AuthorizationStatus: { REQUIRED: string; NOT_REQUIRED: string };
  getAuthorizationInfo(mode: string, scopes?: string[]): AuthorizationInfoLike;
  requireScopes(mode: string, scopes: string[]): void;
}

describe('ScriptApp and a permission the person refused, as the emulator models it', () => {
  const scriptApp = (grantedScopes?: string[]) =>
    createEmulator({ oauthScopes: MANIFEST_SCOPES, ...(grantedScopes ? { grantedScopes } : {}) }).globals
      .ScriptApp as ScriptAppLike;

  it('reports the scopes asked about as granted or not, with a URL only when authorization is needed', () => {
    const refused = scriptApp(MANIFEST_SCOPES.filter((scope) => scope !== DRIVE_FILE));
    const info = refused.getAuthorizationInfo(refused.AuthMode.FULL, [DRIVE_FILE]);
    expect(info.getAuthorizationStatus()).toBe(refused.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\//);
    expect(info.getAuthorizedScopes()).toEqual([]);
    // Without a list, all the manifest's scopes are checked.
    expect(refused.getAuthorizationInfo(refused.AuthMode.FULL).getAuthorizationStatus()).toBe('REQUIRED');

    const granted = scriptApp();
    const all = granted.getAuthorizationInfo(granted.AuthMode.FULL, [DRIVE_FILE]);
    expect(all.getAuthorizationStatus()).toBe(granted.AuthorizationStatus.NOT_REQUIRED);
    expect(all.getAuthorizationUrl()).toBeNull();
    expect(all.getAuthorizedScopes()).toEqual([DRIVE_FILE]);
    expect(() => granted.requireScopes(granted.AuthMode.FULL, [DRIVE_FILE])).not.toThrow();
  });
});

describe('«Создать справку и письма» without the Drive permission', () => {
  it('says in Russian which permission is missing and how to give it, asks Google for it, and makes nothing', () => {
    const { emulator, bundle } = start({
      grantedScopes: MANIFEST_SCOPES.filter((scope) => scope !== DRIVE_FILE),
    });
    seedMunicipality(emulator, 2);
    bundle.call('menuCreateDocuments');

    expect(emulator.ui.alerts.map((alert) => alert.prompt)).toEqual([DOCUMENT_MESSAGES.driveRefused]);
    expect(emulator.consentRequests).toEqual([[DRIVE_FILE]]);
    expect(emulator.documents).toEqual([]);
    expect(Object.keys(emulator.calls()).filter((call) => call.startsWith('Drive.'))).toEqual([]);
    expect(emulator.ui.dialogs).toEqual([]);
  });

  it('makes the documents once the permission is given', () => {
    const { emulator, bundle } = start({ grantedScopes: MANIFEST_SCOPES });
    seedMunicipality(emulator, 2);
    bundle.call('menuCreateDocuments');
    expect(emulator.consentRequests).toEqual([]);
    expect(emulator.documents).toHaveLength(3);
    expect(emulator.ui.alerts).toEqual([]);
  });
});
