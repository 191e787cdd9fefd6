// Registers the reading tools' strings in core's registry, under the keys core's fallback chain
// reaches (zh-CN and zh-Hans end at zh, zh-TW, zh-HK and zh-MO at zh-Hant). Called by the panel
// as it loads (a function, not a side effect of the import: bundlers may drop an import that
// exports nothing); the entry registers only its button's name (./reading-tools.ts).
import { defineStrings } from '@civic-elements/core';
import { en } from './locales/en.js';
import { zhHans } from './locales/zh-hans.js';
import { zhHant } from './locales/zh-hant.js';

export function registerReadingToolsStrings(): void {
  defineStrings('civic-reading-tools', { en, zh: zhHans, 'zh-Hant': zhHant });
}
