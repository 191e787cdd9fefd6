// The element's built-in strings, one table per locale in ./locales/, registered once in core's
// registry; a page's own registerStrings() wins.
import { defineStrings } from '@civic-elements/core';
import { en, type ColumnNavStrings } from './locales/en.js';
import { zhHans } from './locales/zh-hans.js';
import { zhHant } from './locales/zh-hant.js';

export type { ColumnNavStrings };

export const columnNavStrings = defineStrings<ColumnNavStrings>('civic-column-nav', {
  en,
  zh: zhHans,
  'zh-Hant': zhHant,
});
