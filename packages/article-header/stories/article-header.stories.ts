import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { ArticleHeader } from '@civic-elements/article-header';
import '@civic-elements/article-header';
import '@civic-elements/font-size-toggle';
import { inLocale, type Translations } from '../../../.storybook/localized';

// Args, argTypes and the template come from the manifest (custom-elements.json): each attribute,
// the `actions` slot, the CSS parts and custom properties are controls in their own section.
const { args, argTypes, template } = getStorybookHelpers<ArticleHeader>('civic-article-header');

// The English content, in the toolbar's other languages (see .storybook/localized.ts).
const TRANSLATIONS: Translations = {
  'zh-CN': {
    'Riverside Municipal People’s Congress Standing Committee holds its 27th meeting':
      '河滨市人大常委会举行第二十七次会议',
    'Special Column': '专题专栏',
    '/en/columns/special/': '/zh/columns/special/',
    'Municipal E-Government Office': '市电子政务办公室',
    'Li Ming': '李明',
    Jing: '静',
    'Notice on the public consultation about the revised regulations for the management of riverside parks, green spaces, cycle paths and the night-time markets along the eastern embankment':
      '关于滨江公园、绿地、自行车道及东堤夜市管理规定修订稿公开征求意见的通知',
    Policies: '政策解读',
    '/en/columns/policies/': '/zh/columns/policies/',
    'Riverside Municipal Bureau of Parks, Gardens and Public Spaces': '河滨市园林绿化和公共空间管理局',
    'Archive notice with a date the CMS could not read': '内容管理系统无法识别日期的档案公告',
    'Municipal Archives': '市档案馆',
    'sometime in 2019': '2019年某日',
  },
  'zh-Hant': {
    'Riverside Municipal People’s Congress Standing Committee holds its 27th meeting':
      '河濱市人大常委會舉行第二十七次會議',
    'Special Column': '專題專欄',
    '/en/columns/special/': '/zh-hant/columns/special/',
    'Municipal E-Government Office': '市電子政務辦公室',
    'Li Ming': '李明',
    Jing: '靜',
    'Notice on the public consultation about the revised regulations for the management of riverside parks, green spaces, cycle paths and the night-time markets along the eastern embankment':
      '關於濱江公園、綠地、自行車道及東堤夜市管理規定修訂稿公開徵求意見的通知',
    Policies: '政策解讀',
    '/en/columns/policies/': '/zh-hant/columns/policies/',
    'Riverside Municipal Bureau of Parks, Gardens and Public Spaces': '河濱市園林綠化和公共空間管理局',
    'Archive notice with a date the CMS could not read': '內容管理系統無法識別日期的檔案公告',
    'Municipal Archives': '市檔案館',
    'sometime in 2019': '2019年某日',
  },
};

const meta: Meta = {
  title: 'Components/Article header',
  component: 'civic-article-header',
  args: {
    ...args,
    heading: 'Riverside Municipal People’s Congress Standing Committee holds its 27th meeting',
    column: 'Special Column',
    'column-href': '/en/columns/special/',
    source: 'Municipal E-Government Office',
    published: '2019-12-29T20:30:07+08:00',
  },
  argTypes,
  render: (storyArgs, { globals }) => template(inLocale(storyArgs, globals.locale, TRANSLATIONS)),
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const Bylines: Story = {
  name: 'Bylines and an update',
  args: { author: 'Li Ming', translator: 'Jing', modified: '2019-12-30T09:15:00+08:00' },
};

export const WithFontSizeToggle: Story = {
  name: 'With the text-size toggle in actions',
  args: {
    'column-href': '',
    'actions-slot':
      '<civic-font-size-toggle storage-key="civic-storybook-font-size"></civic-font-size-toggle>',
  },
};

export const ChineseContent: Story = {
  name: 'Chinese content',
  globals: { locale: 'zh-CN' },
  args: {
    heading: '河滨市人大常委会举行第二十七次会议',
    column: '专题专栏',
    'column-href': '/zh/columns/special/',
    source: '市电子政务办公室',
    translator: '静',
  },
};

export const LongTitle: Story = {
  name: 'Long title',
  args: {
    heading:
      'Notice on the public consultation about the revised regulations for the management of riverside parks, green spaces, cycle paths and the night-time markets along the eastern embankment',
    column: 'Policies',
    'column-href': '/en/columns/policies/',
    source: 'Riverside Municipal Bureau of Parks, Gardens and Public Spaces',
    published: '2020-03-02T09:00:00+08:00',
    modified: '2020-03-05T17:45:00+08:00',
  },
};

export const InvalidDate: Story = {
  name: 'Invalid date',
  args: {
    heading: 'Archive notice with a date the CMS could not read',
    column: '',
    'column-href': '',
    source: 'Municipal Archives',
    published: 'sometime in 2019',
  },
};
