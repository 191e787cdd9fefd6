// Simplified Chinese, as mainland government portals word it (zh, zh-CN, zh-SG, zh-Hans).
import type { ArticleHeaderStrings } from './en.js';

export const zhHans: ArticleHeaderStrings = {
  source: '来源',
  published: '发布时间',
  updated: '更新时间',
  author: '作者',
  translator: '翻译',
  separator: '：',
  bylineSeparator: '：',
};
