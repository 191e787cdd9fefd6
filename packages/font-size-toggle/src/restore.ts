import { readStoredSetting } from '@civic-elements/core/stored-setting-controller.js';
import { DEFAULT_STORAGE_KEY, storedScale } from './levels.js';
import { scaleText } from './text-scale.js';

/** Options of {@link restoreFontSize}; the same meaning as the element's attributes. */
export interface RestoreFontSizeOptions {
  storageKey?: string;
  /**
   * @deprecated Ignored. The stored size is applied as stored (0.75–3), as the element does, so
   * that toggles with different levels sharing one key agree.
   */
  levels?: readonly number[] | string;
}

/**
 * Applies the remembered text size to `target` at once, exactly as `<civic-font-size-toggle>`
 * would when it connects. Call it from a small classic script placed right after the target's
 * start tag, so the first paint already shows the reader's size; the element takes over later.
 * Needs no Lit and never throws.
 */
export function restoreFontSize(target: HTMLElement | null, options: RestoreFontSizeOptions = {}): number {
  const value = storedScale(readStoredSetting(options.storageKey ?? DEFAULT_STORAGE_KEY));
  if (!target || value === undefined) return 1;
  scaleText(target, value);
  return value;
}
