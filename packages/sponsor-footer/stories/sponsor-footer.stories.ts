import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { SponsorFooter } from '@civic-elements/sponsor-footer';
import '@civic-elements/sponsor-footer';
import { inLocale, type Translations } from '../../../.storybook/localized';

// Args, argTypes and the template come from the manifest (custom-elements.json). The `links` and
// `badges` slots are controls of their own (Slots section), apart from the parts of those names.
const { args, argTypes, template } = getStorybookHelpers<SponsorFooter>('civic-sponsor-footer');

const links = (
  items: [string, string][],
) => `<ul style="display: flex; flex-wrap: wrap; justify-content: center; gap: 0.5em 1.5em; list-style: none; padding: 0">
${items.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('')}
</ul>`;
const LINKS = links([
  ['/en/privacy/', 'Privacy notice'],
  ['/en/sitemap/', 'Site map'],
  ['/en/accessibility/', 'Accessibility statement'],
]);

const badge = (href: string, name: string) =>
  `<a href="${href}"><svg width="120" height="40" viewBox="0 0 120 40" role="img" aria-label="${name}"><rect width="120" height="40" rx="4" fill="#9e1b1b"/><text x="60" y="25" fill="#fff" font-size="12" text-anchor="middle" font-family="DejaVu Sans, sans-serif" lang="en">GOV SITE</text></svg></a>`;
const BADGE = badge('/en/about/identification/', 'Government website identification');

// The English content, in the toolbar's other languages (see .storybook/localized.ts).
const TRANSLATIONS: Translations = {
  'zh-CN': {
    'Riverside Municipal People’s Government': '河滨市人民政府',
    'Riverside Municipal E-Government Office': '河滨市电子政务办公室',
    'Riverside Municipal Data Bureau': '河滨市数据局',
    'Riverside Information Centre': '河滨市信息中心',
    '© Riverside Municipal People’s Government. All rights reserved.': '版权所有：河滨市人民政府',
    [LINKS]: links([
      ['/zh/privacy/', '隐私声明'],
      ['/zh/sitemap/', '网站地图'],
      ['/zh/accessibility/', '无障碍声明'],
    ]),
    [BADGE]: badge('/zh/about/identification/', '政府网站标识'),
  },
  'zh-Hant': {
    'Riverside Municipal People’s Government': '河濱市人民政府',
    'Riverside Municipal E-Government Office': '河濱市電子政務辦公室',
    'Riverside Municipal Data Bureau': '河濱市資料局',
    'Riverside Information Centre': '河濱市資訊中心',
    '© Riverside Municipal People’s Government. All rights reserved.': '版權所有：河濱市人民政府',
    [LINKS]: links([
      ['/zh-hant/privacy/', '隱私聲明'],
      ['/zh-hant/sitemap/', '網站地圖'],
      ['/zh-hant/accessibility/', '無障礙聲明'],
    ]),
    [BADGE]: badge('/zh-hant/about/identification/', '政府網站標識'),
  },
};

const meta: Meta = {
  title: 'Components/Sponsor footer',
  component: 'civic-sponsor-footer',
  args: {
    ...args,
    sponsor: 'Riverside Municipal People’s Government',
    operator: 'Riverside Municipal E-Government Office',
    icp: '湘ICP备05002289号',
    'site-code': '4304000012',
  },
  argTypes,
  render: (storyArgs, { globals }) => template(inLocale(storyArgs, globals.locale, TRANSLATIONS)),
};
export default meta;

type Story = StoryObj;

export const FullMunicipalFooter: Story = {
  name: 'Full municipal footer',
  args: {
    'co-sponsor': 'Riverside Municipal Data Bureau',
    'technical-support': 'Riverside Information Centre',
    'police-filing': '湘公网安备43040502000123号',
    'contact-email': 'webmaster@riverside.example',
    'contact-phone': '+86 731 0000 1234',
    copyright: '© Riverside Municipal People’s Government. All rights reserved.',
  },
};

export const Minimal: Story = {
  args: { operator: '', icp: '05002289', 'site-code': '' },
};

export const WithLinksAndBadges: Story = {
  name: 'With links and badges',
  args: { 'links-slot': LINKS, 'badges-slot': BADGE },
};

export const ChineseContent: Story = {
  name: 'Chinese content',
  globals: { locale: 'zh-CN' },
  args: {
    sponsor: '河滨市人民政府',
    operator: '河滨市电子政务办公室',
    'co-sponsor': '河滨市数据局',
    'technical-support': '河滨市信息中心',
    'police-filing': '湘公网安备43040502000123号',
    'contact-phone': '0731-0000 1234',
    copyright: '版权所有：河滨市人民政府',
  },
};

export const UnsafeInput: Story = {
  name: 'Unsafe input',
  // Hostile input is shown as typed, in any locale.
  tags: ['mixed-language'],
  args: {
    sponsor: '<img src=x onerror=alert(1)> Riverside',
    operator: '',
    'site-code': '',
    icp: '05002289',
    'icp-href': "javascript:alert('icp')",
    'police-filing': '43040502000123',
    'police-filing-href': 'data:text/html,<script>alert(1)</script>',
    'contact-email': 'mailto:?body=javascript:alert(1)',
  },
};
