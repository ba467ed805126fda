/**
 * Why a municipal figure is not computed, in one wording wherever it is said — the opening of `check`,
 * «Сводная», the справка and `summary --json`: never a bare «—» (docs/domain.md#own-forms).
 */
import type { NotComputed } from '../findings/analysis-result';
import { quote } from '../text/quote';

/** «ни на одном листе не найдена строка «…» (ближайшие строки: «…», «…»)», no full stop. */
export function rowNotFound(why: NotComputed): string {
  const nearest =
    why.nearestRows.length === 0 ? '' : ` (ближайшие строки: ${why.nearestRows.map(quote).join(', ')})`;
  return `ни на одном листе не найдена строка ${quote(why.inputTitle)}${nearest}`;
}

/** «не рассчитана: ни на одном листе не найдена строка …» (every such figure is a share, a «доля»). */
export function notComputedReason(why: NotComputed): string {
  return `не рассчитана: ${rowNotFound(why)}`;
}
