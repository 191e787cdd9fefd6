import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { ColumnNav } from '@civic-elements/column-nav';
import '@civic-elements/column-nav';

// Args, argTypes and the template come from the manifest (custom-elements.json). The list of
// links is the default slot: edit it in the "default" control of the Slots section.
const { args, argTypes, template } = getStorybookHelpers<ColumnNav>('civic-column-nav');

const list = (links: [string, string][]) =>
  `<ul>${links.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul>`;

const COLUMNS = list([
  ['/en/', 'Home'],
  ['/en/columns/news/', 'News'],
  ['/en/columns/special/', 'Special Column'],
  ['/en/columns/policies/', 'Policies'],
  ['/en/columns/services/', 'Services'],
]);

const meta: Meta = {
  title: 'Components/Column nav',
  component: 'civic-column-nav',
  args: { ...args, current: '/en/columns/news/', 'default-slot': COLUMNS },
  argTypes,
  render: (storyArgs) => template(storyArgs),
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const Narrow: Story = {
  name: 'Narrow (in a narrow container)',
  args: { current: '/en/columns/special/' },
  render: (storyArgs) =>
    html`<div style="max-width: 260px; border: 1px dashed #80878d; padding: 0.5rem">
      ${template(storyArgs)}
    </div>`,
};

export const ManyColumns: Story = {
  name: 'Many columns',
  args: {
    current: '/en/columns/transport/',
    strings: '{"label": "Site columns"}',
    'default-slot': list([
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
    ]),
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
