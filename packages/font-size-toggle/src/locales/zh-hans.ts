// Simplified Chinese, as mainland government portals word it (zh, zh-CN, zh-SG, zh-Hans).
import type { FontSizeToggleStrings } from './en.js';

export const zhHans: FontSizeToggleStrings = { label: '字号' };
