/**
 * A user's text in «ёлочки» (RUSSIAN.md § 4) under the name some rooms know it by: the same rule as
 * `quote`, so a quoted title reads «… из числа „группы риска“ …» wherever it is made.
 */
export { quote as quoted } from './quote';
