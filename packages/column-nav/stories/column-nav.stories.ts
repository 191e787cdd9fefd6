import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { ColumnNav } from '@civic-elements/column-nav';
import '@civic-elements/column-nav';
import { inLocale, type Translations } from '../../../.storybook/localized';

// Args, argTypes and the template come from the manifest (custom-elements.json). The list of
// links is the default slot: edit it in the "default" control of the Slots section.
const { args, argTypes, template } = getStorybookHelpers<ColumnNav>('civic-column-nav');

const list = (links: [string, string][]) =>
  `<ul>${links.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul>`;

const FIVE_COLUMNS: [string, string][] = [
  ['/en/', 'Home'],
  ['/en/columns/news/', 'News'],
  ['/en/columns/special/', 'Special Column'],
  ['/en/columns/policies/', 'Policies'],
  ['/en/columns/services/', 'Services'],
];
const COLUMNS = list(FIVE_COLUMNS);

const MANY_COLUMNS: [string, string][] = [
  ['/en/', 'Home'],
  ['/en/columns/news/', 'News'],
  ['/en/columns/special/', 'Special Column'],
  ['/en/columns/policies/', 'Policies and Interpretation'],
  ['/en/columns/services/', 'Online Services'],
  ['/en/columns/transport/', 'Transport'],
  ['/en/columns/health/', 'Health'],
  ['/en/columns/education/', 'Education'],
  ['/en/columns/open-government/', 'Open Government Information'],
  ['/en/columns/consultations/', 'Public Consultations'],
  ['/en/columns/contact/', 'Contact the Mayor’s Office'],
];

/** The columns' names in each Chinese script, by English name. */
const NAMES: Record<'zh-CN' | 'zh-Hant', Record<string, string>> = {
  'zh-CN': {
    Home: '首页',
    News: '要闻动态',
    'Special Column': '专题专栏',
    Policies: '政策解读',
    Services: '办事服务',
    'Policies and Interpretation': '政策解读',
    'Online Services': '网上办事',
    Transport: '交通出行',
    Health: '医疗卫生',
    Education: '教育',
    'Open Government Information': '政府信息公开',
    'Public Consultations': '意见征集',
    'Contact the Mayor’s Office': '市长信箱',
  },
  'zh-Hant': {
    Home: '首頁',
    News: '要聞動態',
    'Special Column': '專題專欄',
    Policies: '政策解讀',
    Services: '辦事服務',
    'Policies and Interpretation': '政策解讀',
    'Online Services': '網上辦事',
    Transport: '交通出行',
    Health: '醫療衛生',
    Education: '教育',
    'Open Government Information': '政府資訊公開',
    'Public Consultations': '意見徵集',
    'Contact the Mayor’s Office': '市長信箱',
  },
};
const PREFIX = { 'zh-CN': '/zh/', 'zh-Hant': '/zh-hant/' } as const;
const inScript = (links: [string, string][], locale: 'zh-CN' | 'zh-Hant'): [string, string][] =>
  links.map(([href, text]) => [href.replace(/^\/en\//, PREFIX[locale]), NAMES[locale][text]]);
const CURRENT = [
  '/en/columns/news/',
  '/en/columns/special/',
  '/en/columns/transport/',
  '/en/columns/special/standing-committee-27th-meeting/',
];
const TRANSLATIONS: Translations = Object.fromEntries(
  (['zh-CN', 'zh-Hant'] as const).map((locale) => [
    locale,
    {
      [COLUMNS]: list(inScript(FIVE_COLUMNS, locale)),
      [list(MANY_COLUMNS)]: list(inScript(MANY_COLUMNS, locale)),
      ...Object.fromEntries(CURRENT.map((href) => [href, href.replace(/^\/en\//, PREFIX[locale])])),
      '{"label": "Site columns"}': `{"label": "${locale === 'zh-CN' ? '网站栏目' : '網站欄目'}"}`,
    },
  ]),
);

const meta: Meta = {
  title: 'Components/Column nav',
  component: 'civic-column-nav',
  args: { ...args, current: '/en/columns/news/', 'default-slot': COLUMNS },
  argTypes,
  render: (storyArgs, { globals }) => template(inLocale(storyArgs, globals.locale, TRANSLATIONS)),
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const Narrow: Story = {
  name: 'Narrow (in a narrow container)',
  args: { current: '/en/columns/special/' },
  render: (storyArgs, { globals }) =>
    html`<div style="max-width: 260px; border: 1px dashed #80878d; padding: 0.5rem">
      ${template(inLocale(storyArgs, globals.locale, TRANSLATIONS))}
    </div>`,
};

export const ManyColumns: Story = {
  name: 'Many columns',
  args: {
    current: '/en/columns/transport/',
    strings: '{"label": "Site columns"}',
    'default-slot': list(MANY_COLUMNS),
  },
};

export const ChineseContent: Story = {
  name: 'Chinese content',
  globals: { locale: 'zh-CN' },
  args: {
    current: '/zh/columns/special/',
    'default-slot': list([
      ['/zh/', '首页'],
      ['/zh/columns/news/', '要闻动态'],
      ['/zh/columns/special/', '专题专栏'],
      ['/zh/columns/policies/', '政策解读'],
      ['/zh/columns/services/', '办事服务'],
    ]),
  },
};

export const CurrentSubPage: Story = {
  name: 'Current page inside a column',
  args: { current: '/en/columns/special/standing-committee-27th-meeting/' },
};
