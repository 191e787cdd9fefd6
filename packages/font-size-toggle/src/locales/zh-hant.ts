// Traditional Chinese, as Traditional-Chinese government sites word it (zh-TW, zh-HK, zh-MO, zh-Hant).
import type { FontSizeToggleStrings } from './en.js';

export const zhHant: FontSizeToggleStrings = { label: '字級' };
