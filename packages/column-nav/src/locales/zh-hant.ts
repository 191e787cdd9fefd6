// Traditional Chinese, as Traditional-Chinese government sites word it (zh-TW, zh-HK, zh-MO, zh-Hant).
import type { ColumnNavStrings } from './en.js';

export const zhHant: ColumnNavStrings = { label: '單元', toggle: '單元' };
