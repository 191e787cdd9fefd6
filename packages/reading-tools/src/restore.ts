import { readStoredSetting } from '@civic-elements/core/stored-setting-controller.js';
import { restoreFontSize } from '@civic-elements/font-size-toggle/restore.js';
import { applySettings, cleanSettings, DEFAULT_STORAGE_KEY, type ReadingSettings } from './settings.js';

/** Options of {@link restoreReadingSettings}; the same meaning as the element's attributes. */
export interface RestoreReadingSettingsOptions {
  /** The element's `storage-key`. Default "civic-reading-tools". */
  storageKey?: string;
  /** The text size's storage key, shared with every `<civic-font-size-toggle>`. Default "civic-font-size". */
  fontSizeStorageKey?: string;
}

/**
 * The pre-paint script: applies the reader's remembered colours, cursor, line spacing and text
 * size at once, exactly as `<civic-reading-tools>` does when it connects. Call it from a small
 * classic script placed right after the target's start tag (or, for the whole page, in the
 * `<head>` with no target), so the first paint already shows them. Needs no Lit; never throws.
 */
export function restoreReadingSettings(
  target: Element | null = null,
  options: RestoreReadingSettingsOptions = {},
): ReadingSettings {
  const settings = cleanSettings(readStoredSetting(options.storageKey ?? DEFAULT_STORAGE_KEY));
  const html = document.documentElement;
  applySettings(settings, target ?? html);
  // Text size is the root's, as the panel sets it: the whole page grows, headings included.
  restoreFontSize(html, { storageKey: options.fontSizeStorageKey });
  return settings;
}
