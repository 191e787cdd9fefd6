import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { FontSizeToggle } from '@civic-elements/font-size-toggle';
import '@civic-elements/font-size-toggle';

// Args, argTypes and the template come from the manifest (custom-elements.json): every attribute
// is a control, the event is logged in the Actions panel, and the docs table has one section per
// kind of API (attributes, CSS parts, CSS custom properties, events).
const { args, argTypes, template } = getStorybookHelpers<FontSizeToggle>('civic-font-size-toggle');

const SAMPLE: Record<string, string> = {
  en: 'The Riverside Municipal Transport Bureau will extend evening bus services on routes 3, 8 and 15 from 1 March. Residents can give feedback at any district service centre until the end of February.',
  'zh-CN':
    '河滨市交通运输局将于3月1日起延长3路、8路和15路公交车的夜间运营时间。市民可在2月底前到各区政务服务中心提出意见。',
  'zh-Hant':
    '河濱市交通局將自3月1日起延長3路、8路及15路公車的夜間營運時間，民眾可於2月底前至各區服務中心提供意見。',
};

/** The article the toggle scales (its `for` target), in the toolbar's language. */
const sample = (locale: string) =>
  html`<div id="story-article" style="max-width: 40rem; margin-block-start: 0.5rem">
    <p>${SAMPLE[locale] ?? SAMPLE.en}</p>
  </div>`;

const meta: Meta = {
  title: 'Components/Font size toggle',
  component: 'civic-font-size-toggle',
  // A storage key of its own, so trying the stories never changes the portal's remembered size.
  args: { ...args, for: 'story-article', 'storage-key': 'civic-storybook-font-size' },
  argTypes,
  render: (storyArgs, { globals }) => html`${template(storyArgs)}${sample(String(globals.locale))}`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const CustomLevels: Story = {
  name: 'Custom levels',
  args: { levels: '0.875,1,1.25,1.5,2', value: 1.25 },
};

export const WholePage: Story = {
  name: 'Whole page (no target)',
  args: { for: '' },
  render: (storyArgs, { globals }) =>
    html`<p>Without <code>for</code>, the toggle scales the whole page (<code>&lt;html&gt;</code>).</p>
      ${template(storyArgs)}${sample(String(globals.locale))}`,
};
