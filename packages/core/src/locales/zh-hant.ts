// Traditional Chinese, as Traditional-Chinese government sites word it. Served for zh-TW, zh-HK,
// zh-MO and zh-Hant.
import type { BuiltInStrings } from './en.js';

export const zhHant: BuiltInStrings = {
  'civic-font-size-toggle': { label: '字級' },
  'civic-article-header': {
    source: '來源',
    published: '發佈時間',
    updated: '更新時間',
    author: '作者',
    translator: '翻譯',
    separator: '：',
    bylineSeparator: '：',
  },
  'civic-column-nav': { label: '單元', toggle: '單元' },
  'civic-sponsor-footer': {
    sponsor: '主辦單位',
    undertaker: '承辦單位',
    coSponsor: '協辦單位',
    technicalSupport: '技術支援',
    icp: 'ICP備案號',
    policeFiling: '公安備案號',
    siteCode: '網站識別碼',
    email: '電子郵件',
    phone: '聯絡電話',
    separator: '：',
  },
};
