/**
 * School names are typed by hand in many places (tab names, the labelled cell on a tab, «Место
 * работы» in the base). They are compared by this key: quotes of any kind, `№` spacing, case,
 * `ё`/`е` and extra spaces do not matter; the legal form («МБОУ», «МКОУ») does.
 */
import { normaliseKey } from './normalise';

export function schoolKey(name: unknown): string {
  return normaliseKey(name)
    .replace(/n[o°]\s*(?=\d)/g, '№')
    .replace(/№\s*/g, '№ ')
    .replace(/\s+/g, ' ')
    .trim();
}
