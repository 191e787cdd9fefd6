// Traditional Chinese, as Traditional-Chinese government sites word it (zh-TW, zh-HK, zh-MO, zh-Hant).
import type { ArticleHeaderStrings } from './en.js';

export const zhHant: ArticleHeaderStrings = {
  source: '來源',
  published: '發佈時間',
  updated: '更新時間',
  author: '作者',
  translator: '翻譯',
  separator: '：',
  bylineSeparator: '：',
};
