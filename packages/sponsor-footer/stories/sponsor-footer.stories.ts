import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@civic-elements/sponsor-footer';

const meta: Meta = {
  title: 'Components/Sponsor footer',
  component: 'civic-sponsor-footer',
  parameters: {
    docs: {
      description: {
        component: 'Who sponsors and runs the site, with its filing numbers and identification code.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const FullMunicipalFooter: Story = {
  name: 'Full municipal footer',
  render: () =>
    html`<civic-sponsor-footer
      sponsor="Riverside Municipal People’s Government"
      undertaker="Riverside Municipal E-Government Office"
      co-sponsor="Riverside Municipal Data Bureau"
      technical-support="Riverside Information Centre"
      icp="湘ICP备05002289号"
      police-filing="湘公网安备43040502000123号"
      site-code="4304000012"
      contact-email="webmaster@riverside.example"
      contact-phone="+86 731 0000 1234"
      copyright="© Riverside Municipal People’s Government. All rights reserved."
    ></civic-sponsor-footer>`,
};

export const Minimal: Story = {
  render: () =>
    html`<civic-sponsor-footer
      sponsor="Riverside Municipal People’s Government"
      icp="05002289"
    ></civic-sponsor-footer>`,
};

export const Chinese: Story = {
  render: () =>
    html`<div lang="zh-CN">
      <civic-sponsor-footer
        sponsor="河滨市人民政府"
        undertaker="河滨市电子政务办公室"
        co-sponsor="河滨市数据局"
        technical-support="河滨市信息中心"
        icp="湘ICP备05002289号"
        police-filing="湘公网安备43040502000123号"
        site-code="4304000012"
        contact-phone="0731-0000 1234"
        copyright="版权所有：河滨市人民政府"
      ></civic-sponsor-footer>
    </div>`,
};

export const TraditionalChinese: Story = {
  name: 'Traditional Chinese',
  render: () =>
    html`<div lang="zh-TW">
      <civic-sponsor-footer
        sponsor="河濱市政府"
        undertaker="河濱市電子化政府辦公室"
        co-sponsor="河濱市數據局"
        technical-support="河濱市資訊中心"
        icp="湘ICP備05002289號"
        site-code="4304000012"
        contact-phone="0731-0000 1234"
        copyright="版權所有：河濱市政府"
      ></civic-sponsor-footer>
    </div>`,
};

export const WithBadgesAndLinks: Story = {
  name: 'With badges and links',
  render: () =>
    html`<civic-sponsor-footer
      sponsor="Riverside Municipal People’s Government"
      undertaker="Riverside Municipal E-Government Office"
      icp="湘ICP备05002289号"
      site-code="4304000012"
    >
      <ul
        slot="links"
        style="display: flex; flex-wrap: wrap; justify-content: center; gap: 0.5em 1.5em; list-style: none; padding: 0"
      >
        <li><a href="/en/privacy/">Privacy notice</a></li>
        <li><a href="/en/sitemap/">Site map</a></li>
        <li><a href="/en/accessibility/">Accessibility statement</a></li>
      </ul>
      <a slot="badges" href="/en/about/identification/">
        <svg
          width="120"
          height="40"
          viewBox="0 0 120 40"
          role="img"
          aria-label="Government website identification"
        >
          <rect width="120" height="40" rx="4" fill="#9e1b1b" />
          <text x="60" y="25" fill="#fff" font-size="12" text-anchor="middle" font-family="sans-serif">
            GOV SITE
          </text>
        </svg>
      </a>
    </civic-sponsor-footer>`,
};

export const UnsafeInput: Story = {
  name: 'Unsafe input',
  render: () =>
    html`<civic-sponsor-footer
      sponsor=${'<img src=x onerror=alert(1)> Riverside'}
      icp="05002289"
      icp-href="javascript:alert('icp')"
      police-filing="43040502000123"
      police-filing-href=${'data:text/html,<script>alert(1)</script>'}
      contact-email="mailto:?body=javascript:alert(1)"
    ></civic-sponsor-footer>`,
};
