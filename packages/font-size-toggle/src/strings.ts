// The element's built-in strings, one table per locale in ./locales/, registered once in core's
// registry; a page's own registerStrings() wins.
import { defineStrings } from '@civic-elements/core';
import { en, type FontSizeToggleStrings } from './locales/en.js';
import { zhHans } from './locales/zh-hans.js';
import { zhHant } from './locales/zh-hant.js';

export type { FontSizeToggleStrings };

export const fontSizeToggleStrings = defineStrings<FontSizeToggleStrings>('civic-font-size-toggle', {
  en,
  zh: zhHans,
  'zh-Hant': zhHant,
});
