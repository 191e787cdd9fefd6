// Simplified Chinese, as mainland government portals word it. Served for zh, zh-CN, zh-SG, zh-Hans.
import type { BuiltInStrings } from './en.js';

export const zhHans: BuiltInStrings = {
  'civic-font-size-toggle': { label: '字号' },
  'civic-article-header': {
    source: '来源',
    published: '发布时间',
    updated: '更新时间',
    author: '作者',
    translator: '翻译',
    separator: '：',
    bylineSeparator: '：',
  },
  'civic-column-nav': { label: '栏目', toggle: '栏目' },
  'civic-sponsor-footer': {
    sponsor: '主办单位',
    undertaker: '承办单位',
    coSponsor: '协办单位',
    technicalSupport: '技术支持',
    icp: 'ICP备案号',
    policeFiling: '公安备案号',
    siteCode: '网站标识码',
    email: '电子邮箱',
    phone: '联系电话',
    separator: '：',
  },
};
