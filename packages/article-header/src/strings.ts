// The element's built-in strings, one table per locale in ./locales/, registered once in core's
// registry; a page's own registerStrings() wins.
import { defineStrings } from '@civic-elements/core';
import { en, type ArticleHeaderStrings } from './locales/en.js';
import { zhHans } from './locales/zh-hans.js';
import { zhHant } from './locales/zh-hant.js';

export type { ArticleHeaderStrings };

export const articleHeaderStrings = defineStrings<ArticleHeaderStrings>('civic-article-header', {
  en,
  zh: zhHans,
  'zh-Hant': zhHant,
});
