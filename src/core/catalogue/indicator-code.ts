import { cellText } from '../text/normalise';

/** Key of an indicator code as typed: «1.2.», « 1,2 » and 1.2 all give «1.2». */
export function codeKey(code: unknown): string {
  return cellText(code).replace(/,/g, '.').replace(/\s+/g, '').replace(/\.+$/, '');
}
