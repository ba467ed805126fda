/**
 * Session and the User objects it hands out. An add-on runs as the user at the keyboard, so getActiveUser()
 * and getEffectiveUser() give the same person (actAs() switches it). Where security policies hide the address,
 * User.getEmail() «returns a blank string» (https://developers.google.com/apps-script/reference/base/user#getEmail());
 * a test models that with actAs('').
 */
import { requireScope, service, type Env } from './env';

/** https://developers.google.com/apps-script/reference/base/session#getEffectiveUser(): «Authorization … userinfo.email». */
const USERINFO_EMAIL = 'https://www.googleapis.com/auth/userinfo.email';

export class User {
  constructor(private readonly _email: string) {}

  getEmail(): string {
    return this._email;
  }
  getUserLoginId(): string {
    return this._email;
  }
  toString(): string {
    return this._email;
  }
}

export function newUser(env: Env, email: string): User {
  return service(env, 'User', new User(email));
}

export function createSession(env: Env) {
  return service(env, 'Session', {
    getActiveUser: (): User => {
      requireScope(env, 'Session.getActiveUser', USERINFO_EMAIL);
      return newUser(env, env.userEmail);
    },
    getEffectiveUser: (): User => {
      requireScope(env, 'Session.getEffectiveUser', USERINFO_EMAIL);
      return newUser(env, env.userEmail);
    },
    getScriptTimeZone: (): string => env.scriptTimeZone,
    getActiveUserLocale: (): string => env.locale.split('_')[0],
    getTemporaryActiveUserKey: (): string => `temporary-key-${env.userEmail}`,
  });
}
