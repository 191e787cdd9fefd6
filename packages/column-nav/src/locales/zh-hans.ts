// Simplified Chinese, as mainland government portals word it (zh, zh-CN, zh-SG, zh-Hans).
import type { ColumnNavStrings } from './en.js';

export const zhHans: ColumnNavStrings = { label: '栏目', toggle: '栏目' };
