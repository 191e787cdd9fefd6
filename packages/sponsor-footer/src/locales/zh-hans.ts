// Simplified Chinese, as mainland government portals word it (zh, zh-CN, zh-SG, zh-Hans).
import type { SponsorFooterStrings } from './en.js';

export const zhHans: SponsorFooterStrings = {
  sponsor: '主办单位',
  operator: '承办单位',
  coSponsor: '协办单位',
  technicalSupport: '技术支持',
  icp: 'ICP备案号',
  policeFiling: '公安备案号',
  siteCode: '网站标识码',
  email: '电子邮箱',
  phone: '联系电话',
  separator: '：',
};
