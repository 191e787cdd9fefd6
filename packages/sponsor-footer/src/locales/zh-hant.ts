// Traditional Chinese, as Traditional-Chinese government sites word it (zh-TW, zh-HK, zh-MO, zh-Hant).
import type { SponsorFooterStrings } from './en.js';

export const zhHant: SponsorFooterStrings = {
  sponsor: '主辦單位',
  operator: '承辦單位',
  coSponsor: '協辦單位',
  technicalSupport: '技術支援',
  icp: 'ICP備案號',
  policeFiling: '公安備案號',
  siteCode: '網站識別碼',
  email: '電子郵件',
  phone: '聯絡電話',
  separator: '：',
};
