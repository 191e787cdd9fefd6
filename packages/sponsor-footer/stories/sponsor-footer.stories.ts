import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { SponsorFooter } from '@civic-elements/sponsor-footer';
import '@civic-elements/sponsor-footer';

// Args, argTypes and the template come from the manifest (custom-elements.json). The `links` and
// `badges` slots are controls of their own (Slots section), apart from the parts of those names.
const { args, argTypes, template } = getStorybookHelpers<SponsorFooter>('civic-sponsor-footer');

const LINKS = `<ul style="display: flex; flex-wrap: wrap; justify-content: center; gap: 0.5em 1.5em; list-style: none; padding: 0">
  <li><a href="/en/privacy/">Privacy notice</a></li>
  <li><a href="/en/sitemap/">Site map</a></li>
  <li><a href="/en/accessibility/">Accessibility statement</a></li>
</ul>`;

const BADGE = `<a href="/en/about/identification/"><svg width="120" height="40" viewBox="0 0 120 40" role="img" aria-label="Government website identification"><rect width="120" height="40" rx="4" fill="#9e1b1b"/><text x="60" y="25" fill="#fff" font-size="12" text-anchor="middle" font-family="DejaVu Sans, sans-serif">GOV SITE</text></svg></a>`;

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
  render: (storyArgs) => template(storyArgs),
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
